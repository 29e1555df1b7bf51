import { useEffect, useState } from 'preact/hooks';
import type { MemberView } from '../../protocol/http-schema.ts';
import { authApi } from './account-api.ts';
import { FormError } from './form-error.tsx';
import { AddMember } from './org-add-member.tsx';
import { ORG_ROLES, roleName, type OrgRole } from './org-roles.ts';
import { ta } from './ta.ts';
import { errorText } from './t.ts';

/**
 * The members and their roles: one checkbox per role, saved at once. A refused change (such as
 * removing the last administrator) is undone and the server's reason shown.
 */
export function OrgMembers({ id }: { id: string }) {
  const [members, setMembers] = useState<MemberView[] | null>(null);
  const [error, setError] = useState<{ text: string; n: number } | null>(null);
  const [saved, setSaved] = useState('');
  const url = `/api/orgs/${encodeURIComponent(id)}/members`;

  const load = () =>
    authApi<MemberView[]>('GET', url).then((r) => {
      if (r.ok) setMembers([...r.data].sort((a, b) => a.name.localeCompare(b.name)));
      else setError({ text: errorText(r.code), n: 1 });
    });
  useEffect(() => void load(), [url]);

  const withRole = (m: MemberView, role: OrgRole, on: boolean) => ({
    ...m,
    roles: on ? [...m.roles, role] : m.roles.filter((r) => r !== role),
  });
  const toggle = async (m: MemberView, role: OrgRole, on: boolean) => {
    setSaved('');
    setMembers((list) => list?.map((x) => (x.userId === m.userId ? withRole(x, role, on) : x)) ?? null);
    const r = await authApi('PUT', url, { email: m.email, role, on });
    if (r.ok) {
      setError(null);
      setSaved(ta(on ? 'a.members.given' : 'a.members.taken', { role: roleName(role), name: m.name }));
      return;
    }
    setMembers((list) => list?.map((x) => (x.userId === m.userId ? withRole(x, role, !on) : x)) ?? null);
    setError((e) => ({ text: errorText(r.code), n: (e?.n ?? 0) + 1 }));
  };

  return (
    <section class="pp-card" aria-labelledby="org-members-title">
      <h2 id="org-members-title">{ta('a.members.title')}</h2>
      <FormError message={error?.text ?? null} n={error?.n ?? 0} />
      {!members && !error && <p class="status">{ta('a.loading')}</p>}
      {members && (
        <div class="pp-table-wrap" tabIndex={0} role="region" aria-labelledby="org-members-caption">
          <table class="pp-table a-members">
            <caption id="org-members-caption">{ta('a.members.caption', { n: members.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{ta('a.members.name')}</th>
                <th scope="col">{ta('a.members.email')}</th>
                {ORG_ROLES.map((r) => (
                  <th scope="col" key={r}>
                    {roleName(r)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {members.map((m, i) => (
                <tr key={m.userId}>
                  <th scope="row">{m.name}</th>
                  <td>{m.email}</td>
                  {ORG_ROLES.map((r) => (
                    <td key={r} class="a-role-cell">
                      <input
                        type="checkbox"
                        id={`role-${i}-${r}`}
                        checked={m.roles.includes(r)}
                        onChange={(e) => void toggle(m, r, e.currentTarget.checked)}
                      />
                      <label for={`role-${i}-${r}`} class="visually-hidden">
                        {ta('a.members.roleOf', { role: roleName(r), name: m.name })}
                      </label>
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p role="status" class="a-done">
        {saved}
      </p>
      <AddMember
        url={url}
        onAdded={(text) => {
          setSaved(text);
          setError(null);
          void load();
        }}
      />
    </section>
  );
}
