import { useState } from 'preact/hooks';
import { authApi, looksLikeEmail } from './account-api.ts';
import { FormError } from './form-error.tsx';
import { ORG_ROLES, roleName, type OrgRole } from './org-roles.ts';
import { ta } from './ta.ts';
import { errorText, t } from './t.ts';
import { TextField } from './text-field.tsx';

/** Gives a role here to someone who already has an account (new people get an invitation). */
export function AddMember({ url, onAdded }: { url: string; onAdded(text: string): void }) {
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<OrgRole>('facilitator');
  const [fieldError, setFieldError] = useState<string | undefined>(undefined);
  const [error, setError] = useState<{ text: string; n: number } | null>(null);
  const [busy, setBusy] = useState(false);

  const fail = (text: string) => {
    setFieldError(text);
    setError((e) => ({ text, n: (e?.n ?? 0) + 1 }));
  };
  const submit = async (e: Event) => {
    e.preventDefault();
    if (!looksLikeEmail(email)) return fail(t('f.form.email'));
    setBusy(true);
    const r = await authApi('PUT', url, { email: email.trim(), role, on: true });
    setBusy(false);
    if (!r.ok) return fail(errorText(r.code, r.field ? { field: r.field } : undefined));
    setFieldError(undefined);
    setError(null);
    setEmail('');
    onAdded(ta('a.members.given', { role: roleName(role), name: email.trim() }));
  };

  return (
    <form onSubmit={submit} noValidate class="a-subform" aria-labelledby="org-add-title">
      <h3 id="org-add-title">{ta('a.add.title')}</h3>
      <p>{ta('a.add.intro')}</p>
      <FormError message={error?.text ?? null} n={error?.n ?? 0} />
      <div class="a-row-form">
        <TextField
          id="org-add-email"
          label={t('f.field.email')}
          type="email"
          value={email}
          onInput={setEmail}
          error={fieldError}
          required
        />
        <div class="field">
          <label for="org-add-role">{ta('a.invite.role')}</label>
          <select id="org-add-role" value={role} onChange={(e) => setRole(e.currentTarget.value as OrgRole)}>
            {ORG_ROLES.map((r) => (
              <option key={r} value={r}>
                {roleName(r)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" disabled={busy}>
          {ta('a.add.submit')}
        </button>
      </div>
    </form>
  );
}
