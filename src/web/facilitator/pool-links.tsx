import type { MeResponse } from '../../protocol/http-schema.ts';
import { Link } from './link.tsx';
import { path } from './route.ts';
import { tpo } from './tpo.ts';

/**
 * Header links to the facilitator pool page, one per organisation: coordinators and org admins
 * get the pool, a facilitator their own profile and hours. [SPEC PR7, PR10]
 */
export function PoolLinks({ me }: { me: MeResponse }) {
  if (me.mfaSetupRequired) return null;
  return (
    <>
      {(me.orgs ?? []).map((o) => {
        const oversees = o.roles.includes('coordinator') || o.roles.includes('org_admin');
        if (!oversees && !o.roles.includes('facilitator')) return null;
        return (
          <li key={`pool-${o.orgId}`}>
            <Link href={path(`/orgs/${encodeURIComponent(o.orgId)}/pool`)}>
              {tpo(oversees ? 'po.header.pool' : 'po.header.own', { name: o.orgName })}
            </Link>
          </li>
        );
      })}
    </>
  );
}
