import { useState } from 'preact/hooks';
import { authApi } from './account-api.ts';
import { FormError } from './form-error.tsx';
import { ORG_ROLES, roleName, type OrgRole } from './org-roles.ts';
import { ta } from './ta.ts';
import { errorText } from './t.ts';

/** A one-time invitation link (7 days) that creates an account here with the chosen role. */
export function OrgInvite({ id }: { id: string }) {
  const [role, setRole] = useState<OrgRole>('facilitator');
  const [link, setLink] = useState<{ url: string; role: OrgRole; days: number } | null>(null);
  const [error, setError] = useState<{ text: string; n: number } | null>(null);
  const [copied, setCopied] = useState(false);
  const [busy, setBusy] = useState(false);

  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setCopied(false);
    const r = await authApi<{ link: string; expiresInDays: number }>('POST', `/api/orgs/${encodeURIComponent(id)}/invites`, { role });
    setBusy(false);
    if (!r.ok) return setError((x) => ({ text: errorText(r.code), n: (x?.n ?? 0) + 1 }));
    setError(null);
    setLink({ url: r.data.link, role, days: r.data.expiresInDays });
    requestAnimationFrame(() => (document.getElementById('org-invite-link') as HTMLInputElement | null)?.select());
  };
  const copy = async () => {
    if (!link) return;
    try {
      await navigator.clipboard.writeText(link.url);
      setCopied(true);
    } catch {
      (document.getElementById('org-invite-link') as HTMLInputElement | null)?.select();
    }
  };

  return (
    <section class="pp-card" aria-labelledby="org-invite-title">
      <h2 id="org-invite-title">{ta('a.invite.title')}</h2>
      <p>{ta('a.invite.intro')}</p>
      <form onSubmit={submit} class="a-row-form">
        <FormError message={error?.text ?? null} n={error?.n ?? 0} />
        <div class="field">
          <label for="org-invite-role">{ta('a.invite.role')}</label>
          <select id="org-invite-role" value={role} onChange={(e) => setRole(e.currentTarget.value as OrgRole)}>
            {ORG_ROLES.map((r) => (
              <option key={r} value={r}>
                {roleName(r)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" disabled={busy}>
          {ta('a.invite.submit')}
        </button>
      </form>
      {link && (
        <div class="field a-invite-link">
          <label for="org-invite-link">{ta('a.invite.link', { role: roleName(link.role) })}</label>
          <div class="f-input-row">
            <input id="org-invite-link" type="text" readOnly value={link.url} aria-describedby="org-invite-hint" />
            <button type="button" onClick={copy}>
              {ta('a.invite.copy')}
            </button>
          </div>
          <p class="hint" id="org-invite-hint">
            {ta('a.invite.hint', { n: link.days })}
          </p>
        </div>
      )}
      <p role="status" class="a-done">
        {copied ? ta('a.invite.copied') : ''}
      </p>
    </section>
  );
}
