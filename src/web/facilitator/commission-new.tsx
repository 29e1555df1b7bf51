import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import {
  DIALOGUE_METHODS,
  type CategoryView,
  type CommissionView,
  type CreateCommissionBody,
  type FacilitatorView,
} from '../../protocol/programme-schema.ts';
import { announce } from './announce.ts';
import { FormError } from './form-error.tsx';
import { papi } from './process-api.ts';
import { errorText } from './t.ts';
import { TextField } from './text-field.tsx';
import { methodName, tpr } from './tpr.ts';

type Errors = Record<string, string>;
const EMPTY = { name: '', unit: '', purpose: '', facilitatorId: '', categoryId: '', method: 'hkd' as CreateCommissionBody['method'] };

/** The input a server error belongs to: a field path from validation, or a domain code. */
function inputOf(field: string | undefined, code: string): string {
  if (code === 'not_a_facilitator') return 'pr-new-facilitator';
  if (code === 'invalid_value') return 'pr-new-category';
  const ids: Record<string, string> = {
    name: 'pr-new-name',
    unit: 'pr-new-unit',
    purpose: 'pr-new-purpose',
    facilitatorId: 'pr-new-facilitator',
    categoryId: 'pr-new-category',
    method: 'pr-new-method',
  };
  return field ? (ids[field.split('.')[0]!] ?? '') : '';
}

/** A select with its label and its error tied to it for AT. */
function Select(props: {
  id: string;
  label: string;
  value: string;
  error?: string | undefined;
  onChange(v: string): void;
  children: ComponentChildren;
}) {
  const { id, error } = props;
  return (
    <div class="field">
      <label for={id}>{props.label}</label>
      <select
        id={id}
        value={props.value}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? `${id}-err` : undefined}
        onChange={(e) => props.onChange(e.currentTarget.value)}
      >
        {props.children}
      </select>
      {error && (
        <p class="error-text" id={`${id}-err`}>
          {error}
        </p>
      )}
    </div>
  );
}

/**
 * A coordinator commissions a new dialogue for a facilitator of the pool: the process is created
 * for them, the commission starts as a draft with them on session 1. [SPEC PR11]
 */
export function CommissionNew(props: {
  orgId: string;
  pool: FacilitatorView[];
  categories: CategoryView[];
  onCreated(c: CommissionView): void;
}) {
  const [d, setD] = useState(EMPTY);
  const [errors, setErrors] = useState<Errors>({});
  const [summary, setSummary] = useState<string | null>(null);
  const [n, setN] = useState(0);
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<typeof EMPTY>) => setD((x) => ({ ...x, ...patch }));
  const fail = (e: Errors, text: string) => {
    setErrors(e);
    setSummary(text);
    setN((k) => k + 1);
  };

  const submit = async (ev: Event) => {
    ev.preventDefault();
    const missing: Errors = {};
    if (!d.name.trim()) missing['pr-new-name'] = tpr('pr.new.nameMissing');
    if (!d.facilitatorId) missing['pr-new-facilitator'] = tpr('pr.new.facilitatorMissing');
    if (Object.keys(missing).length > 0) return fail(missing, tpr('pr.error.fix'));
    const body = {
      name: d.name.trim(),
      unit: d.unit.trim(),
      purpose: d.purpose.trim(),
      facilitatorId: d.facilitatorId,
      categoryId: d.categoryId || null,
      method: d.method,
    };
    setBusy(true);
    const r = await papi<CommissionView>('POST', `/api/orgs/${encodeURIComponent(props.orgId)}/commissions`, body);
    setBusy(false);
    if (r.ok) {
      setD(EMPTY);
      setErrors({});
      setSummary(null);
      props.onCreated(r.data);
      announce(tpr('pr.new.created', { name: r.data.name }));
      return;
    }
    const text = r.message || errorText(r.code);
    const at = inputOf(r.field, r.code);
    if (at) fail({ [at]: r.field ? tpr('pr.error.field') : text }, r.field ? tpr('pr.error.fix') : text);
    else fail({}, text);
  };

  return (
    <section class="pp-card pr-new" aria-labelledby="pr-new-h">
      <h2 id="pr-new-h">{tpr('pr.new.title')}</h2>
      <p class="hint">{tpr('pr.new.intro')}</p>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <FormError message={summary} n={n} />
        <TextField
          id="pr-new-name"
          label={tpr('pr.new.name')}
          required
          maxLength={120}
          value={d.name}
          onInput={(name) => set({ name })}
          error={errors['pr-new-name']}
        />
        <div class="po-grid">
          <TextField id="pr-new-unit" label={tpr('pr.new.unit')} maxLength={120} value={d.unit} onInput={(unit) => set({ unit })} />
          <Select
            id="pr-new-facilitator"
            label={tpr('pr.new.facilitator')}
            value={d.facilitatorId}
            error={errors['pr-new-facilitator']}
            onChange={(facilitatorId) => set({ facilitatorId })}
          >
            <option value="">{tpr('pr.new.choose')}</option>
            {props.pool.map((f) => (
              <option key={f.userId} value={f.userId}>
                {f.name}
              </option>
            ))}
          </Select>
        </div>
        <TextField
          id="pr-new-purpose"
          label={tpr('pr.new.purpose')}
          multiline
          maxLength={2000}
          value={d.purpose}
          onInput={(purpose) => set({ purpose })}
          error={errors['pr-new-purpose']}
        />
        <div class="po-grid">
          <Select
            id="pr-new-category"
            label={tpr('pr.f.category')}
            value={d.categoryId}
            error={errors['pr-new-category']}
            onChange={(categoryId) => set({ categoryId })}
          >
            <option value="">{tpr('pr.f.categoryNone')}</option>
            {props.categories
              .filter((c) => !c.archived)
              .map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
          </Select>
          <Select id="pr-new-method" label={tpr('pr.f.method')} value={d.method} onChange={(m) => set({ method: m as typeof d.method })}>
            {DIALOGUE_METHODS.map((m) => (
              <option key={m} value={m}>
                {methodName(m)}
              </option>
            ))}
          </Select>
        </div>
        <button type="submit" class="primary" disabled={busy}>
          {busy ? tpr('pr.saving') : tpr('pr.new.create')}
        </button>
      </form>
    </section>
  );
}
