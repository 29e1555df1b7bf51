import type { MeResponse } from '../../protocol/http-schema.ts';
import { Link } from './link.tsx';
import { PoolLinks } from './pool-links.tsx';
import { path } from './route.ts';
import { ta } from './ta.ts';
import { tpr } from './tpr.ts';

/** Header links: the user's own account, and each organisation they administer. */
export function AccountLinks({ me }: { me: MeResponse }) {
  const admin = (me.orgs ?? []).filter((o) => o.roles.includes('org_admin'));
  const overseen = (me.orgs ?? []).filter((o) => o.roles.includes('org_admin') || o.roles.includes('coordinator'));
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
        <PoolLinks me={me} />
        {!me.mfaSetupRequired &&
          overseen.map((o) => (
            <li key={`pr-${o.orgId}`}>
              <Link href={path(`/orgs/${encodeURIComponent(o.orgId)}/programme`)}>{tpr('pr.org.link', { name: o.orgName })}</Link>
            </li>
          ))}
      </ul>
    </nav>
  );
}
