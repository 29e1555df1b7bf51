import { useEffect, useRef, useState } from 'preact/hooks';
import type { ActionBody, ActionView, ProcessOutputs } from '../../protocol/http-schema.ts';
import { announce } from './announce.ts';
import { FormError } from './form-error.tsx';
import { STATUSES, statusText, type ActionStatus } from './process-actions-table.tsx';
import { papi, problemText, processApi } from './process-api.ts';
import { tp } from './tp.ts';

type Field = 'title' | 'owner' | 'due' | 'status' | 'theme' | 'practiceId';
interface Values {
  title: string;
  owner: string;
  due: string;
  status: ActionStatus;
  theme: string;
  practiceId: string;
}

const EMPTY: Values = { title: '', owner: '', due: '', status: 'open', theme: '', practiceId: '' };
const fromAction = (a: ActionView): Values => ({
  title: a.title,
  owner: a.owner,
  due: a.due ?? '',
  status: a.status,
  theme: a.theme,
  practiceId: a.practiceId ?? '',
});

/** Input ids by field, so that a server error lands next to its field. */
const IDS: Record<Field, string> = {
  title: 'act-title',
  owner: 'act-owner',
  due: 'act-due',
  status: 'act-status',
  theme: 'act-theme',
  practiceId: 'act-practice',
};

/**
 * Add an action, or edit one (`editing`). Title is required; owner, due date (date picker),
 * status, theme (from the known themes) and a good-practice record are optional.
 */
export function ActionForm(props: {
  processId: string;
  editing: ActionView | null;
  themes: string[];
  practices: ProcessOutputs['practices'];
  onSaved(a: ActionView, created: boolean): void;
  onCancel(): void;
  onUnauthenticated(): void;
}) {
  const { editing } = props;
  const [v, setV] = useState<Values>(editing ? fromAction(editing) : EMPTY);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [formError, setFormError] = useState<{ text: string; n: number } | null>(null);
  const [busy, setBusy] = useState(false);
  const titleRef = useRef<HTMLInputElement>(null);

  // editing starts: the form is filled in; go to its first field
  useEffect(() => {
    if (editing) titleRef.current?.focus();
  }, [editing?.id]);

  const set =
    <K extends keyof Values>(k: K) =>
    (x: Values[K]) =>
      setV((o) => ({ ...o, [k]: x }));
  const fail = (text: string) => setFormError((e) => ({ text, n: (e?.n ?? 0) + 1 }));

  const submit = async (e: Event) => {
    e.preventDefault();
    if (!v.title.trim()) {
      setErrors({ title: tp('p.act.f.titleMissing') });
      return fail(tp('p.error.check', { n: 1 }));
    }
    setErrors({});
    setFormError(null);
    setBusy(true);
    const body: ActionBody = {
      title: v.title.trim(),
      owner: v.owner.trim(),
      due: v.due || null,
      status: v.status,
      theme: v.theme,
      practiceId: v.practiceId || null,
    };
    const r = editing
      ? await papi<ActionView>('PATCH', processApi(props.processId, `/actions/${encodeURIComponent(editing.id)}`), body)
      : await papi<ActionView>('POST', processApi(props.processId, '/actions'), body);
    setBusy(false);
    if (r.ok) {
      announce(tp(editing ? 'p.act.updated' : 'p.act.added', { title: r.data.title }));
      if (!editing) {
        setV(EMPTY);
        titleRef.current?.focus();
      }
      props.onSaved(r.data, !editing);
      return;
    }
    if (r.status === 401) return props.onUnauthenticated();
    const text = problemText(r);
    if (r.field && r.field in IDS) setErrors({ [r.field]: text });
    fail(text);
  };

  const themeOptions = v.theme && !props.themes.includes(v.theme) ? [...props.themes, v.theme] : props.themes;
  const described = (f: Field, hint?: boolean) =>
    [hint ? `${IDS[f]}-hint` : '', errors[f] ? `${IDS[f]}-err` : ''].filter(Boolean).join(' ') || undefined;
  const err = (f: Field) =>
    errors[f] && (
      <p class="error-text" id={`${IDS[f]}-err`}>
        {errors[f]}
      </p>
    );
  const invalid = (f: Field) => (errors[f] ? ('true' as const) : undefined);

  return (
    <section class="pp-card pp-action-form" aria-labelledby="act-form-h">
      <h3 id="act-form-h">{editing ? tp('p.act.editTitle') : tp('p.act.add')}</h3>
      <form onSubmit={submit} noValidate>
        <FormError message={formError?.text ?? null} n={formError?.n ?? 0} />
        <div class="field">
          <label for="act-title">{tp('p.act.f.title')}</label>
          <input
            ref={titleRef}
            id="act-title"
            name="title"
            value={v.title}
            maxLength={200}
            required
            aria-invalid={invalid('title')}
            aria-describedby={described('title', true)}
            onInput={(e) => set('title')(e.currentTarget.value)}
          />
          <p class="hint" id="act-title-hint">
            {tp('p.act.f.titleHint')}
          </p>
          {err('title')}
        </div>
        <div class="pp-form-grid">
          <div class="field">
            <label for="act-owner">{tp('p.act.f.owner')}</label>
            <input
              id="act-owner"
              name="owner"
              value={v.owner}
              maxLength={120}
              aria-invalid={invalid('owner')}
              aria-describedby={described('owner', true)}
              onInput={(e) => set('owner')(e.currentTarget.value)}
            />
            <p class="hint" id="act-owner-hint">
              {tp('p.act.f.ownerHint')}
            </p>
            {err('owner')}
          </div>
          <div class="field">
            <label for="act-due">{tp('p.act.f.due')}</label>
            <input
              id="act-due"
              name="due"
              type="date"
              value={v.due}
              aria-invalid={invalid('due')}
              aria-describedby={described('due')}
              onInput={(e) => set('due')(e.currentTarget.value)}
            />
            {err('due')}
          </div>
          <div class="field">
            <label for="act-status">{tp('p.act.f.status')}</label>
            <select
              id="act-status"
              name="status"
              value={v.status}
              aria-invalid={invalid('status')}
              aria-describedby={described('status')}
              onChange={(e) => set('status')(e.currentTarget.value as ActionStatus)}
            >
              {STATUSES.map((s) => (
                <option key={s} value={s}>
                  {statusText(s)}
                </option>
              ))}
            </select>
            {err('status')}
          </div>
          <div class="field">
            <label for="act-theme">{tp('p.act.f.theme')}</label>
            <select
              id="act-theme"
              name="theme"
              value={v.theme}
              aria-invalid={invalid('theme')}
              aria-describedby={described('theme')}
              onChange={(e) => set('theme')(e.currentTarget.value)}
            >
              <option value="">{tp('p.act.f.themeNone')}</option>
              {themeOptions.map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
            </select>
            {err('theme')}
          </div>
        </div>
        <div class="field">
          <label for="act-practice">{tp('p.act.f.practice')}</label>
          <select
            id="act-practice"
            name="practiceId"
            value={v.practiceId}
            aria-invalid={invalid('practiceId')}
            aria-describedby={described('practiceId')}
            onChange={(e) => {
              const id = e.currentTarget.value;
              const practice = props.practices.find((p) => p.id === id);
              // a practice belongs to a theme: fill it in when no theme was chosen yet
              setV((o) => ({ ...o, practiceId: id, theme: o.theme || practice?.theme || '' }));
            }}
          >
            <option value="">{tp('p.act.f.practiceNone')}</option>
            {props.practices.map((p) => (
              <option key={p.id} value={p.id}>
                {p.theme ? `${p.title} (${p.theme})` : p.title}
              </option>
            ))}
            {v.practiceId && !props.practices.some((p) => p.id === v.practiceId) && <option value={v.practiceId}>{tp('p.notSet')}</option>}
          </select>
          {err('practiceId')}
        </div>
        <div class="pp-form-actions">
          <button type="submit" class="primary" disabled={busy}>
            {editing ? tp('p.act.saveEdit') : tp('p.act.add')}
          </button>
          {editing && (
            <button type="button" onClick={props.onCancel} disabled={busy}>
              {tp('p.act.cancel')}
            </button>
          )}
        </div>
      </form>
    </section>
  );
}
