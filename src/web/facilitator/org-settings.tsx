import { useState } from 'preact/hooks';
import type { OrgView } from '../../protocol/http-schema.ts';
import { authApi } from './account-api.ts';
import { FormError } from './form-error.tsx';
import { ta } from './ta.ts';
import { errorText, t } from './t.ts';
import { TextField } from './text-field.tsx';

type Field = 'name' | 'retentionMonths';

/** Name, required two-step verification and how long closed processes keep their raw content. */
export function OrgSettings({ org, onSaved }: { org: OrgView; onSaved(o: OrgView): void }) {
  const [name, setName] = useState(org.name);
  const [require2fa, setRequire2fa] = useState(org.require2fa);
  const [months, setMonths] = useState(String(org.retentionMonths));
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [error, setError] = useState<{ text: string; n: number } | null>(null);
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);

  const fail = (text: string) => setError((e) => ({ text, n: (e?.n ?? 0) + 1 }));
  const submit = async (e: Event) => {
    e.preventDefault();
    setDone(false);
    const errs: Partial<Record<Field, string>> = {};
    const m = Number(months);
    if (!name.trim()) errs.name = t('f.form.fill', { field: ta('a.org.name') });
    if (!Number.isInteger(m) || m < 1 || m > 120) errs.retentionMonths = ta('a.org.monthsRange');
    setErrors(errs);
    const first = errs.name ?? errs.retentionMonths;
    if (first) return fail(first);
    setBusy(true);
    const r = await authApi<OrgView>('PATCH', `/api/orgs/${encodeURIComponent(org.id)}`, {
      name: name.trim(),
      require2fa,
      retentionMonths: m,
    });
    setBusy(false);
    if (!r.ok) return fail(errorText(r.code, r.field ? { field: r.field } : undefined));
    setError(null);
    setDone(true);
    onSaved({ ...org, name: r.data.name, require2fa: r.data.require2fa, retentionMonths: r.data.retentionMonths });
  };

  return (
    <section class="pp-card" aria-labelledby="org-settings-title">
      <h2 id="org-settings-title">{ta('a.org.settings')}</h2>
      <form onSubmit={submit} noValidate>
        <FormError message={error?.text ?? null} n={error?.n ?? 0} />
        <TextField id="org-name" label={ta('a.org.name')} value={name} onInput={setName} error={errors.name} maxLength={120} required />
        <div class="field">
          <div class="f-check">
            <input
              type="checkbox"
              id="org-require2fa"
              checked={require2fa}
              aria-describedby="org-require2fa-hint"
              onChange={(e) => setRequire2fa(e.currentTarget.checked)}
            />
            <label for="org-require2fa">{ta('a.org.require2fa')}</label>
          </div>
          <p class="hint" id="org-require2fa-hint">
            {ta('a.org.require2faHint')}
          </p>
        </div>
        <TextField
          id="org-retention"
          label={ta('a.org.retention')}
          hint={ta('a.org.retentionHint')}
          type="number"
          min={1}
          max={120}
          value={months}
          onInput={setMonths}
          error={errors.retentionMonths}
          required
        />
        <button type="submit" class="primary" disabled={busy}>
          {ta('a.org.save')}
        </button>
      </form>
      <p role="status" class="a-done">
        {done ? ta('a.saved') : ''}
      </p>
    </section>
  );
}
