import type { MeResponse } from '../../protocol/http-schema.ts';
import { Link } from './link.tsx';
import { path } from './route.ts';
import { ta } from './ta.ts';

/** Header links: the user's own account, and each organisation they administer. */
export function AccountLinks({ me }: { me: MeResponse }) {
  const admin = (me.orgs ?? []).filter((o) => o.roles.includes('org_admin'));
  return (
    <nav class="a-links" aria-label={ta('a.header.nav')}>
      <ul>
        <li>
          <Link href={path('/account')}>{ta('a.header.account')}</Link>
        </li>
        {!me.mfaSetupRequired &&
          admin.map((o) => (
            <li key={o.orgId}>
              <Link href={path(`/orgs/${encodeURIComponent(o.orgId)}`)}>{ta('a.header.org', { name: o.orgName })}</Link>
            </li>
          ))}
      </ul>
    </nav>
  );
}
