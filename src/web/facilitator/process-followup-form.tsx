import { useEffect, useRef, useState } from 'preact/hooks';
import type { FollowupBody, FollowupView } from '../../protocol/http-schema.ts';
import { announce } from './announce.ts';
import { FormError } from './form-error.tsx';
import { papi, problemText, processApi } from './process-api.ts';
import { formatDateTime, formatLocalDateTime } from './process-format.ts';
import { useLeaveWarning } from './process-leave.tsx';
import { TextField } from './text-field.tsx';
import { tp } from './tp.ts';

interface Row {
  key: number;
  theme: string;
  plan: string;
}
type Draft = Omit<FollowupBody, 'themePlans'> & { themePlans: Row[] };
type Continue = FollowupBody['continueDialogue'];

let nextKey = 1;
const rows = (plans: FollowupBody['themePlans']): Row[] => plans.map((p) => ({ key: nextKey++, theme: p.theme, plan: p.plan }));
const toDraft = (v: FollowupBody): Draft => ({ ...v, themePlans: rows(v.themePlans) });
const same = (a: Draft, b: Draft) =>
  JSON.stringify({ ...a, themePlans: a.themePlans.map((r) => [r.theme, r.plan]) }) ===
  JSON.stringify({ ...b, themePlans: b.themePlans.map((r) => [r.theme, r.plan]) });

const CONTINUE: [Continue, Parameters<typeof tp>[0]][] = [
  ['yes', 'p.fu.continue.yes'],
  ['no', 'p.fu.continue.no'],
  ['later', 'p.fu.continue.later'],
  ['', 'p.fu.continue.none'],
];

/** Field ids by the server's field names, so that an error lands next to its field. */
function fieldId(field: string, d: Draft): string | null {
  const plan = /^themePlans\.(\d+)\.(theme|plan)$/.exec(field);
  if (plan) {
    const row = d.themePlans[Number(plan[1])];
    return row ? `fu-plan-${plan[2]}-${row.key}` : null;
  }
  const ids: Record<string, string> = {
    heard: 'fu-heard',
    needsMonths: 'fu-needs-months',
    needsYears: 'fu-needs-years',
    resultsUse: 'fu-results-use',
    continueDialogue: 'fu-continue',
    nextMeeting: 'fu-next-when',
    nextMeetingPlace: 'fu-next-place',
  };
  return ids[field] ?? null;
}

/**
 * The follow-up agreement: what we heard, development needs, how each theme is taken forward
 * (one row per theme, prefilled from the themes of the sessions), how results are used,
 * whether to continue and the next meeting (downloadable as a calendar event once saved).
 */
export function FollowupForm(props: { processId: string; initial: FollowupView; themes: string[]; onUnauthenticated(): void }) {
  const { processId, themes } = props;
  const [saved, setSaved] = useState<FollowupView>(props.initial);
  const [prefilled] = useState(() => props.initial.updatedAt === null && props.initial.themePlans.length === 0 && themes.length > 0);
  const [base, setBase] = useState<Draft>(() => {
    const d = toDraft(props.initial);
    return prefilled ? { ...d, themePlans: rows(themes.map((theme) => ({ theme, plan: '' }))) } : d;
  });
  const [draft, setDraft] = useState<Draft>(base);
  // errors by field id
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<{ text: string; n: number } | null>(null);
  const [busy, setBusy] = useState(false);
  const [justSaved, setJustSaved] = useState(false);
  const focusNext = useRef<string | null>(null);
  const dirty = !same(draft, base);
  const leaveDialog = useLeaveWarning(dirty);

  useEffect(() => {
    if (!focusNext.current) return;
    document.getElementById(focusNext.current)?.focus();
    focusNext.current = null;
  });

  const edit = (f: (d: Draft) => Draft) => {
    setDraft(f);
    setJustSaved(false);
  };
  const set =
    <K extends keyof Draft>(k: K) =>
    (v: Draft[K]) =>
      edit((d) => ({ ...d, [k]: v }));
  const setRow = (key: number, patch: Partial<Row>) =>
    edit((d) => ({ ...d, themePlans: d.themePlans.map((r) => (r.key === key ? { ...r, ...patch } : r)) }));
  const addRows = (names: string[]) => {
    const added = rows(names.map((theme) => ({ theme, plan: '' })));
    edit((d) => ({ ...d, themePlans: [...d.themePlans, ...added] }));
    const first = added[0];
    if (first) focusNext.current = names.length === 1 && !names[0] ? `fu-plan-theme-${first.key}` : `fu-plan-plan-${first.key}`;
  };
  const removeRow = (i: number) => {
    const list = draft.themePlans;
    const after = list[i + 1] ?? list[i - 1];
    focusNext.current = after ? `fu-plan-theme-${after.key}` : 'fu-plan-add';
    edit((d) => ({ ...d, themePlans: d.themePlans.filter((_, j) => j !== i) }));
    announce(tp('p.fu.planRemoved'));
  };
  const fail = (text: string) => setFormError((e) => ({ text, n: (e?.n ?? 0) + 1 }));

  const present = new Set(draft.themePlans.map((r) => r.theme.trim().toLowerCase()));
  const missing = themes.filter((name) => !present.has(name.trim().toLowerCase()));

  const submit = async (e: Event) => {
    e.preventDefault();
    // an empty row is dropped; a plan without a theme name is asked about
    const kept = draft.themePlans.filter((r) => r.theme.trim() || r.plan.trim());
    const errs: Record<string, string> = {};
    for (const r of kept) if (!r.theme.trim()) errs[`fu-plan-theme-${r.key}`] = tp('p.fu.planThemeMissing');
    const n = Object.keys(errs).length;
    setErrors(errs);
    if (n > 0) return fail(tp('p.error.check', { n: n }));
    const sent: Draft = { ...draft, themePlans: kept };
    const body: FollowupBody = {
      heard: draft.heard,
      needsMonths: draft.needsMonths,
      needsYears: draft.needsYears,
      themePlans: kept.map((r) => ({ theme: r.theme.trim(), plan: r.plan })),
      resultsUse: draft.resultsUse,
      continueDialogue: draft.continueDialogue,
      nextMeeting: draft.nextMeeting.slice(0, 16),
      nextMeetingPlace: draft.nextMeetingPlace,
    };
    setBusy(true);
    setFormError(null);
    const r = await papi<FollowupView>('PUT', processApi(processId, '/followup'), body);
    setBusy(false);
    if (r.ok) {
      const next = toDraft(r.data);
      setSaved(r.data);
      setBase(next);
      setDraft(next);
      setJustSaved(true);
      announce(tp('p.fu.saved'));
      return;
    }
    if (r.status === 401) return props.onUnauthenticated();
    const text = problemText(r);
    const id = r.field ? fieldId(r.field, sent) : null;
    if (id) setErrors({ [id]: text });
    fail(text);
  };

  const icsStale = !!saved.nextMeeting && draft.nextMeeting !== saved.nextMeeting;
  return (
    <section class="pp-followup" aria-labelledby="pp-fu-h">
      <h2 id="pp-fu-h">{tp('p.fu.title')}</h2>
      <p>{tp('p.fu.intro')}</p>
      <p class="f-note-box">{tp('p.fu.privacy')}</p>
      <form onSubmit={submit} noValidate>
        <FormError message={formError?.text ?? null} n={formError?.n ?? 0} />
        <TextField
          id="fu-heard"
          label={tp('p.fu.heard')}
          value={draft.heard}
          onInput={set('heard')}
          error={errors['fu-heard']}
          maxLength={4000}
          multiline
        />
        <fieldset>
          <legend>{tp('p.fu.needs')}</legend>
          <TextField
            id="fu-needs-months"
            label={tp('p.fu.needsMonths')}
            value={draft.needsMonths}
            onInput={set('needsMonths')}
            error={errors['fu-needs-months']}
            maxLength={4000}
            multiline
          />
          <TextField
            id="fu-needs-years"
            label={tp('p.fu.needsYears')}
            value={draft.needsYears}
            onInput={set('needsYears')}
            error={errors['fu-needs-years']}
            maxLength={4000}
            multiline
          />
        </fieldset>

        <fieldset class="pp-plans" aria-describedby="fu-plans-hint">
          <legend>{tp('p.fu.plans')}</legend>
          <p class="hint" id="fu-plans-hint">
            {tp('p.fu.plansHint')}
            {prefilled && saved.updatedAt === null && <> {tp('p.fu.planPrefilled')}</>}
          </p>
          {draft.themePlans.length === 0 && <p>{tp('p.fu.planNone')}</p>}
          <ol class="pp-plan-list">
            {draft.themePlans.map((r, i) => {
              const n = i + 1;
              const themeId = `fu-plan-theme-${r.key}`;
              const planId = `fu-plan-plan-${r.key}`;
              return (
                <li key={r.key}>
                  <fieldset class="pp-plan-row">
                    <legend>{tp('p.fu.planRow', { n })}</legend>
                    <div class="field">
                      <label for={themeId}>{tp('p.fu.planTheme', { n })}</label>
                      <input
                        id={themeId}
                        list="fu-theme-names"
                        value={r.theme}
                        maxLength={120}
                        aria-invalid={errors[themeId] ? 'true' : undefined}
                        aria-describedby={errors[themeId] ? `${themeId}-err` : undefined}
                        onInput={(e) => setRow(r.key, { theme: e.currentTarget.value })}
                      />
                      {errors[themeId] && (
                        <p class="error-text" id={`${themeId}-err`}>
                          {errors[themeId]}
                        </p>
                      )}
                    </div>
                    <div class="field">
                      <label for={planId}>{tp('p.fu.planText', { n })}</label>
                      <textarea
                        id={planId}
                        rows={3}
                        value={r.plan}
                        maxLength={2000}
                        aria-invalid={errors[planId] ? 'true' : undefined}
                        aria-describedby={errors[planId] ? `${planId}-err` : 'fu-plans-hint'}
                        onInput={(e) => setRow(r.key, { plan: e.currentTarget.value })}
                      />
                      {errors[planId] && (
                        <p class="error-text" id={`${planId}-err`}>
                          {errors[planId]}
                        </p>
                      )}
                    </div>
                    <button type="button" class="danger f-small" onClick={() => removeRow(i)}>
                      {tp('p.fu.planRemove', { n })}
                      {r.theme.trim() && <span class="visually-hidden">: {r.theme.trim()}</span>}
                    </button>
                  </fieldset>
                </li>
              );
            })}
          </ol>
          <datalist id="fu-theme-names">
            {themes.map((name) => (
              <option key={name} value={name} />
            ))}
          </datalist>
          <p class="pp-form-actions">
            <button type="button" id="fu-plan-add" onClick={() => addRows([''])} disabled={draft.themePlans.length >= 40}>
              {tp('p.fu.planAdd')}
            </button>
            {missing.length > 0 && (
              <button type="button" onClick={() => addRows(missing)} disabled={draft.themePlans.length + missing.length > 40}>
                {tp('p.fu.planAddMissing', { n: missing.length })}
              </button>
            )}
          </p>
        </fieldset>

        <TextField
          id="fu-results-use"
          label={tp('p.fu.resultsUse')}
          value={draft.resultsUse}
          onInput={set('resultsUse')}
          error={errors['fu-results-use']}
          maxLength={4000}
          multiline
        />

        <fieldset id="fu-continue" aria-describedby={errors['fu-continue'] ? 'fu-continue-err' : undefined}>
          <legend>{tp('p.fu.continue')}</legend>
          <div class="pp-radios">
            {CONTINUE.map(([value, key]) => (
              <div class="f-check" key={value || 'none'}>
                <input
                  type="radio"
                  id={`fu-continue-${value || 'none'}`}
                  name="fu-continue"
                  value={value}
                  checked={draft.continueDialogue === value}
                  onChange={() => set('continueDialogue')(value)}
                />
                <label for={`fu-continue-${value || 'none'}`}>{tp(key)}</label>
              </div>
            ))}
          </div>
          {errors['fu-continue'] && (
            <p class="error-text" id="fu-continue-err">
              {errors['fu-continue']}
            </p>
          )}
        </fieldset>

        <fieldset>
          <legend>{tp('p.fu.next')}</legend>
          <div class="field">
            <label for="fu-next-when">{tp('p.fu.nextWhen')}</label>
            <input
              id="fu-next-when"
              type="datetime-local"
              value={draft.nextMeeting}
              aria-invalid={errors['fu-next-when'] ? 'true' : undefined}
              aria-describedby={errors['fu-next-when'] ? 'fu-next-when-hint fu-next-when-err' : 'fu-next-when-hint'}
              onInput={(e) => set('nextMeeting')(e.currentTarget.value.slice(0, 16))}
            />
            <p class="hint" id="fu-next-when-hint">
              {tp('p.fu.nextWhenHint')}
            </p>
            {errors['fu-next-when'] && (
              <p class="error-text" id="fu-next-when-err">
                {errors['fu-next-when']}
              </p>
            )}
          </div>
          <TextField
            id="fu-next-place"
            label={tp('p.fu.nextPlace')}
            hint={tp('p.fu.nextPlaceHint')}
            value={draft.nextMeetingPlace}
            onInput={set('nextMeetingPlace')}
            error={errors['fu-next-place']}
            maxLength={200}
          />
          {saved.nextMeeting && (
            <div class="pp-ics">
              <p>
                <strong>{formatLocalDateTime(saved.nextMeeting)}</strong>
                {saved.nextMeetingPlace && <> · {saved.nextMeetingPlace}</>}
              </p>
              <p>
                <a
                  class="button"
                  href={processApi(processId, '/followup.ics')}
                  download
                  aria-describedby={icsStale ? 'fu-ics-stale' : undefined}
                >
                  {tp('p.fu.ics')}
                </a>
              </p>
              {icsStale && (
                <p class="hint" id="fu-ics-stale">
                  {tp('p.fu.icsStale')}
                </p>
              )}
            </div>
          )}
        </fieldset>

        <div class="pp-save-bar">
          <button type="submit" class="primary" disabled={busy}>
            {tp('p.fu.save')}
          </button>
          <p class="pp-save-state" data-testid="followup-state">
            {busy
              ? tp('p.saving')
              : [
                  justSaved ? tp('p.fu.saved') : '',
                  dirty ? tp('p.dirty') : '',
                  saved.updatedAt ? tp('p.fu.savedAt', { date: formatDateTime(saved.updatedAt) }) : tp('p.fu.never'),
                ]
                  .filter(Boolean)
                  .join(' ')}
          </p>
        </div>
      </form>
      {leaveDialog}
    </section>
  );
}
