import { useEffect, useRef, useState } from 'preact/hooks';
import { authApi } from './account-api.ts';
import { FormError } from './form-error.tsx';
import { hoursField, hoursText, METHODS, methodName, orgApi, parseQuarterHours, type Facilitator } from './pool-model.ts';
import { TextField } from './text-field.tsx';
import { errorText } from './t.ts';
import { tpo } from './tpo.ts';

/**
 * One facilitator's profile: languages, methods, availability and — for coordinators and org
 * admins only — the monthly allowance. A facilitator sees their allowance as text: the server
 * refuses a change from them (403). [SPEC PR7]
 */
export function PoolProfileForm(props: {
  orgId: string;
  person: Facilitator;
  editAllowance: boolean;
  onSaved(f: Facilitator): void;
  onCancel(): void;
}) {
  const p = props.person;
  const [languages, setLanguages] = useState(p.languages.join(', '));
  const [methods, setMethods] = useState<string[]>(p.methods);
  const [availability, setAvailability] = useState(p.availability);
  const [allowance, setAllowance] = useState(hoursField(p.allowanceHours));
  const [allowanceError, setAllowanceError] = useState<string | undefined>(undefined);
  const [error, setError] = useState<{ text: string; n: number } | null>(null);
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  const submit = async (e: Event) => {
    e.preventDefault();
    let allowanceHours: number | null | undefined;
    if (props.editAllowance) {
      allowanceHours = allowance.trim() === '' ? null : parseQuarterHours(allowance, 0, 200);
      if (allowanceHours === null && allowance.trim() !== '') {
        setAllowanceError(tpo('po.form.allowanceBad'));
        document.getElementById('po-allowance')?.focus();
        return;
      }
    }
    setAllowanceError(undefined);
    setBusy(true);
    const body = {
      languages: languages
        .split(',')
        .map((x) => x.trim())
        .filter(Boolean),
      methods,
      availability: availability.trim(),
      ...(props.editAllowance ? { allowanceHours } : {}),
    };
    const r = await authApi<Facilitator>('PUT', orgApi(props.orgId, `/facilitators/${encodeURIComponent(p.userId)}`), body);
    setBusy(false);
    if (r.ok) return props.onSaved(r.data);
    setError((x) => ({ text: r.message || errorText(r.code), n: (x?.n ?? 0) + 1 }));
  };

  return (
    <form id="po-profile" class="po-profile" onSubmit={(e) => void submit(e)} aria-labelledby="po-profile-title" noValidate>
      <h3 id="po-profile-title" ref={heading} tabIndex={-1}>
        {tpo('po.form.title', { name: p.name })}
      </h3>
      <FormError message={error?.text ?? null} n={error?.n ?? 0} />
      <TextField
        id="po-languages"
        label={tpo('po.form.languages')}
        hint={tpo('po.form.languagesHint')}
        value={languages}
        onInput={setLanguages}
        maxLength={400}
      />
      <fieldset class="po-methods">
        <legend>{tpo('po.form.methods')}</legend>
        {METHODS.map((m) => (
          <div key={m} class="po-check">
            <input
              type="checkbox"
              id={`po-method-${m}`}
              checked={methods.includes(m)}
              onChange={(e) => {
                const on = e.currentTarget.checked;
                setMethods((list) => (on ? [...list, m] : list.filter((x) => x !== m)));
              }}
            />
            <label for={`po-method-${m}`}>{methodName(m)}</label>
          </div>
        ))}
      </fieldset>
      <TextField
        id="po-availability"
        label={tpo('po.form.availability')}
        hint={tpo('po.form.availabilityHint')}
        value={availability}
        onInput={setAvailability}
        maxLength={500}
        multiline
      />
      {props.editAllowance ? (
        <TextField
          id="po-allowance"
          label={tpo('po.form.allowance')}
          hint={tpo('po.form.allowanceHint')}
          value={allowance}
          onInput={setAllowance}
          error={allowanceError}
          maxLength={8}
        />
      ) : (
        <p class="po-own-allowance" data-testid="po-own-allowance">
          {tpo('po.form.allowanceOwn', { value: hoursText(p.allowanceHours) })}
        </p>
      )}
      <div class="a-actions">
        <button type="submit" class="primary" disabled={busy}>
          {tpo('po.form.save')}
        </button>
        <button type="button" onClick={props.onCancel}>
          {tpo('po.cancel')}
        </button>
      </div>
    </form>
  );
}
