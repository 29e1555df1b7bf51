import { useState } from 'preact/hooks';
import {
  CONSENT_TO_SHARE,
  DIALOGUE_METHODS,
  PARTICIPANT_GROUPS,
  PLANNED_SESSIONS,
  type CategoryView,
  type CommissionBody,
  type CommissionView,
} from '../../protocol/programme-schema.ts';
import { announce } from './announce.ts';
import { Choice } from './commission-choice.tsx';
import { CommissionPlans, type PlanDraft } from './commission-plans.tsx';
import { FormError } from './form-error.tsx';
import { papi, processApi } from './process-api.ts';
import { errorText } from './t.ts';
import { TextField } from './text-field.tsx';
import { consentName, fromLocalInput, groupName, methodName, toLocalInput, tpr } from './tpr.ts';

type Errors = Record<string, string>;

interface Draft {
  categoryId: string;
  method: CommissionBody['method'];
  groups: string[];
  plans: PlanDraft[];
  readiness: 'yes' | 'no' | null;
  agreedWith: string;
  agreedOn: string;
  consent: CommissionBody['consentToShare'];
  participants: string;
}

function draftOf(c: CommissionView): Draft {
  return {
    categoryId: c.categoryId ?? '',
    method: c.method,
    groups: c.participantGroups,
    plans: PLANNED_SESSIONS.map((session) => {
      const p = c.plans.find((x) => x.session === session);
      return { session, when: toLocalInput(p?.startsAt ?? null), place: p?.place ?? '', online: p?.online ?? false };
    }),
    readiness: c.readiness,
    agreedWith: c.agreedWith,
    agreedOn: c.agreedOn ?? '',
    consent: c.consentToShare,
    participants: c.participants === null ? '' : String(c.participants),
  };
}

/** The input a server field path ("plans.1.place") belongs to. */
function inputOf(field: string, sent: PlanDraft[]): string {
  const plan = /^plans\.(\d+)\.(\w+)/.exec(field);
  if (plan) {
    const s = sent[Number(plan[1])]?.session ?? 'session1';
    return `pr-plan-${s}-${plan[2] === 'startsAt' ? 'when' : plan[2] === 'online' ? 'online' : 'place'}`;
  }
  const ids: Record<string, string> = {
    categoryId: 'pr-category',
    method: 'pr-method',
    participantGroups: 'pr-groups',
    readiness: 'pr-readiness',
    agreedWith: 'pr-agreed-with',
    agreedOn: 'pr-agreed-on',
    consentToShare: 'pr-consent',
    participants: 'pr-participants',
  };
  return ids[field.split('.')[0]!] ?? '';
}

/** The commission (programme.md): saved with PUT; the server's field errors are shown at their fields. [SPEC PR1] */
export function CommissionForm(props: {
  processId: string;
  initial: CommissionView;
  categories: CategoryView[];
  /** coordinators and org admins read it only [SPEC PR4] */
  readOnly: boolean;
  onSaved(c: CommissionView): void;
  onUnauthenticated(): void;
}) {
  const [d, setD] = useState<Draft>(() => draftOf(props.initial));
  const [errors, setErrors] = useState<Errors>({});
  const [summary, setSummary] = useState<string | null>(null);
  const [n, setN] = useState(0);
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<Draft>) => setD((x) => ({ ...x, ...patch }));
  const cats = props.categories.filter((c) => !c.archived || c.id === d.categoryId);

  const fail = (e: Errors, text: string) => {
    setErrors(e);
    setSummary(text);
    setN((k) => k + 1);
  };

  const save = async (ev: Event) => {
    ev.preventDefault();
    const participants = d.participants.trim() === '' ? null : Number(d.participants);
    if (participants !== null && (!Number.isInteger(participants) || participants < 0 || participants > 100_000))
      return fail({ 'pr-participants': tpr('pr.error.number') }, tpr('pr.error.fix'));
    const sent = d.plans.filter((p) => p.when || p.place.trim() || p.online);
    const body: CommissionBody = {
      categoryId: d.categoryId || null,
      method: d.method,
      participantGroups: PARTICIPANT_GROUPS.filter((g) => d.groups.includes(g)),
      plans: sent.map((p) => ({ session: p.session, startsAt: fromLocalInput(p.when), place: p.place.trim(), online: p.online })),
      readiness: d.readiness,
      agreedWith: d.agreedWith.trim(),
      agreedOn: d.agreedOn || null,
      consentToShare: d.consent,
      participants,
    };
    setBusy(true);
    const r = await papi<CommissionView>('PUT', processApi(props.processId, '/commission'), body);
    setBusy(false);
    if (r.ok) {
      setErrors({});
      setSummary(null);
      props.onSaved(r.data);
      announce(tpr('pr.saved'));
      return;
    }
    if (r.status === 401) return props.onUnauthenticated();
    const at = r.field ? inputOf(r.field, sent) : r.code === 'invalid_value' ? 'pr-category' : '';
    if (at) fail({ [at]: tpr('pr.error.field') }, tpr('pr.error.fix'));
    else fail({}, r.message || errorText(r.code));
  };

  return (
    <section class="pp-card pr-form" aria-labelledby="pr-form-h">
      <h2 id="pr-form-h">{tpr('pr.form.title')}</h2>
      <p class="hint">{tpr('pr.form.intro')}</p>
      <form onSubmit={(e) => void save(e)} noValidate>
        <FormError message={summary} n={n} />
        <fieldset class="pr-plain" disabled={props.readOnly}>
          <div class="field">
            <label for="pr-category">{tpr('pr.f.category')}</label>
            <select
              id="pr-category"
              value={d.categoryId}
              aria-invalid={errors['pr-category'] ? 'true' : undefined}
              aria-describedby={errors['pr-category'] ? 'pr-category-err' : undefined}
              onChange={(e) => set({ categoryId: e.currentTarget.value })}
            >
              <option value="">{tpr('pr.f.categoryNone')}</option>
              {cats.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
            {errors['pr-category'] && (
              <p class="error-text" id="pr-category-err">
                {errors['pr-category']}
              </p>
            )}
          </div>
          <div class="field">
            <label for="pr-method">{tpr('pr.f.method')}</label>
            <select id="pr-method" value={d.method} onChange={(e) => set({ method: e.currentTarget.value as Draft['method'] })}>
              {DIALOGUE_METHODS.map((m) => (
                <option key={m} value={m}>
                  {methodName(m)}
                </option>
              ))}
            </select>
          </div>
          <fieldset id="pr-groups" class="pr-choice" tabIndex={-1}>
            <legend>{tpr('pr.f.groups')}</legend>
            {PARTICIPANT_GROUPS.map((g) => (
              <label key={g} class="pr-check">
                <input
                  type="checkbox"
                  checked={d.groups.includes(g)}
                  onChange={(e) => set({ groups: e.currentTarget.checked ? [...d.groups, g] : d.groups.filter((x) => x !== g) })}
                />
                {groupName(g)}
              </label>
            ))}
          </fieldset>
          <CommissionPlans plans={d.plans} errors={errors} onChange={(plans) => set({ plans })} />
          <Choice
            id="pr-readiness"
            legend={tpr('pr.f.readiness')}
            hint={tpr('pr.f.readinessHint')}
            options={['yes', 'no'] as const}
            label={(v) => tpr(v === 'yes' ? 'pr.yes' : 'pr.no')}
            value={d.readiness}
            onChange={(readiness) => set({ readiness })}
            error={errors['pr-readiness']}
          />
          {d.readiness === 'no' && (
            <div class="pr-guidance" role="note">
              <p>{tpr('pr.f.readinessGuide')}</p>
              {props.initial.readinessOverride && <p>{tpr('pr.f.override', { text: props.initial.readinessOverride })}</p>}
            </div>
          )}
          <TextField
            id="pr-agreed-with"
            label={tpr('pr.f.agreedWith')}
            hint={tpr('pr.f.agreedWithHint')}
            value={d.agreedWith}
            maxLength={300}
            onInput={(agreedWith) => set({ agreedWith })}
            error={errors['pr-agreed-with']}
          />
          <div class="field">
            <label for="pr-agreed-on">{tpr('pr.f.agreedOn')}</label>
            <input
              id="pr-agreed-on"
              type="date"
              value={d.agreedOn}
              aria-invalid={errors['pr-agreed-on'] ? 'true' : undefined}
              aria-describedby={errors['pr-agreed-on'] ? 'pr-agreed-on-err' : undefined}
              onInput={(e) => set({ agreedOn: e.currentTarget.value })}
            />
            {errors['pr-agreed-on'] && (
              <p class="error-text" id="pr-agreed-on-err">
                {errors['pr-agreed-on']}
              </p>
            )}
          </div>
          <Choice
            id="pr-consent"
            legend={tpr('pr.f.consent')}
            options={CONSENT_TO_SHARE}
            label={(v) => consentName(v)}
            value={d.consent}
            onChange={(consent) => set({ consent })}
            error={errors['pr-consent']}
          />
          <TextField
            id="pr-participants"
            label={tpr('pr.f.participants')}
            hint={tpr('pr.f.participantsHint')}
            type="number"
            min={0}
            max={100000}
            value={d.participants}
            onInput={(participants) => set({ participants })}
            error={errors['pr-participants']}
          />
        </fieldset>
        {!props.readOnly && (
          <button type="submit" class="primary" disabled={busy}>
            {busy ? tpr('pr.saving') : tpr('pr.save')}
          </button>
        )}
      </form>
    </section>
  );
}
