import { useEffect, useRef, useState } from 'preact/hooks';
import type { MeetupView } from '../../protocol/library-schema.ts';
import { FormError } from './form-error.tsx';
import { RunningOrder, type OrderItem } from './meetup-order.tsx';
import { papi, problemText } from './process-api.ts';
import { useLeaveWarning } from './process-leave.tsx';
import { TextField } from './text-field.tsx';
import { t } from './t.ts';
import { tl } from './tl.ts';

const FIELD_IDS: Record<string, string> = { title: 'mt-title', date: 'mt-date', place: 'mt-place', description: 'mt-description' };

/**
 * Creates or edits a meetup: title, date, place, description and its running order of
 * practices with notes. Saving replaces the running order as a whole. [SPEC L8]
 */
export function MeetupForm(props: {
  orgId: string;
  initial: MeetupView | null;
  onSaved(m: MeetupView): void;
  onCancel(): void;
  onUnauthenticated(): void;
}) {
  const m = props.initial;
  const [title, setTitle] = useState(m?.title ?? '');
  const [date, setDate] = useState(m?.date ?? '');
  const [place, setPlace] = useState(m?.place ?? '');
  const [description, setDescription] = useState(m?.description ?? '');
  const [items, setItems] = useState<OrderItem[]>(m?.items.map((x) => ({ practice: x.practice, note: x.note })) ?? []);
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<{ text: string; n: number } | null>(null);
  const head = useRef<HTMLHeadingElement>(null);
  // unsaved changes hold in-app navigation and warn before the tab is closed
  const snapshot = JSON.stringify([title, date, place, description, items.map((x) => [x.practice.id, x.note])]);
  const [start] = useState(snapshot);
  const leaveDialog = useLeaveWarning(snapshot !== start && !busy);
  useEffect(() => head.current?.focus(), []);

  const submit = async (e: Event) => {
    e.preventDefault();
    if (!title.trim()) {
      setErrors({ 'mt-title': tl('l.mt.titleMissing') });
      setFormError((x) => ({ text: tl('l.mt.titleMissing'), n: (x?.n ?? 0) + 1 }));
      return;
    }
    setBusy(true);
    setErrors({});
    setFormError(null);
    const body = { title, date: date || null, place, description, items: items.map((x) => ({ practiceId: x.practice.id, note: x.note })) };
    const r = m
      ? await papi<MeetupView>('PUT', `/api/meetups/${encodeURIComponent(m.id)}`, body)
      : await papi<MeetupView>('POST', `/api/orgs/${encodeURIComponent(props.orgId)}/meetups`, body);
    setBusy(false);
    if (r.ok) return props.onSaved(r.data);
    if (r.status === 401) return props.onUnauthenticated();
    const text = problemText(r);
    const id = FIELD_IDS[r.field?.split('.')[0] ?? ''];
    if (id) setErrors({ [id]: text });
    setFormError((x) => ({ text, n: (x?.n ?? 0) + 1 }));
  };

  return (
    <section class="pp-card lib-meetup-form" aria-labelledby="mt-form-h">
      <h2 id="mt-form-h" ref={head} tabIndex={-1}>
        {m ? tl('l.mt.editTitle', { title: m.title }) : tl('l.mt.newTitle')}
      </h2>
      <form onSubmit={submit} noValidate>
        <FormError message={formError?.text ?? null} n={formError?.n ?? 0} />
        <TextField
          id="mt-title"
          label={tl('l.mt.f.title')}
          value={title}
          onInput={setTitle}
          required
          maxLength={200}
          error={errors['mt-title']}
        />
        <div class="field">
          <label for="mt-date">{tl('l.mt.f.date')}</label>
          <input
            id="mt-date"
            type="date"
            value={date}
            aria-invalid={errors['mt-date'] ? 'true' : undefined}
            aria-describedby={errors['mt-date'] ? 'mt-date-err' : undefined}
            onInput={(e) => setDate(e.currentTarget.value)}
          />
          {errors['mt-date'] && (
            <p class="error-text" id="mt-date-err">
              {errors['mt-date']}
            </p>
          )}
        </div>
        <TextField id="mt-place" label={tl('l.mt.f.place')} value={place} onInput={setPlace} maxLength={200} error={errors['mt-place']} />
        <TextField
          id="mt-description"
          label={tl('l.mt.f.description')}
          value={description}
          onInput={setDescription}
          maxLength={4000}
          multiline
          error={errors['mt-description']}
        />
        <RunningOrder orgId={props.orgId} items={items} onChange={setItems} />
        <div class="f-row-buttons lib-save">
          <button type="submit" class="primary" disabled={busy}>
            {tl('l.mt.save')}
          </button>
          <button type="button" onClick={props.onCancel}>
            {t('f.confirm.cancel')}
          </button>
        </div>
      </form>
      {leaveDialog}
    </section>
  );
}
