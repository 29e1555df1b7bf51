import { useEffect, useState } from 'preact/hooks';
import type { OrgView } from '../../protocol/http-schema.ts';
import type { DialogueView } from '../../protocol/programme-schema.ts';
import { authApi } from './account-api.ts';
import { Link } from './link.tsx';
import { usePageTitle } from './page-title.ts';
import { PoolAssign } from './pool-assign.tsx';
import { PoolHours } from './pool-hours.tsx';
import { orgApi, type Facilitator, type PoolRights } from './pool-model.ts';
import { PoolTable } from './pool-table.tsx';
import { path } from './route.ts';
import { errorText } from './t.ts';
import { tpo } from './tpo.ts';

/**
 * /:lang/orgs/:id/pool — the organisation's facilitator pool: profiles and allowances, hours per
 * month against the allowance, recording hours and assigning facilitators to sessions. A
 * coordinator or org admin sees everyone; a facilitator their own profile and hours. [SPEC PR7–PR10]
 */
export function PoolPage({ id, onUnauthenticated }: { id: string; onUnauthenticated(): void }) {
  const [org, setOrg] = useState<OrgView | null>(null);
  const [pool, setPool] = useState<Facilitator[] | null>(null);
  const [dialogues, setDialogues] = useState<DialogueView[]>([]);
  const [error, setError] = useState<string | null>(null);
  /** bumped when hours are recorded: the month's table loads again */
  const [hoursVersion, setHoursVersion] = useState(0);
  const rights: PoolRights = {
    oversees: !!org && (org.roles.includes('coordinator') || org.roles.includes('org_admin')),
    facilitates: !!org && org.roles.includes('facilitator'),
  };
  const title = org ? tpo(rights.oversees ? 'po.title' : 'po.titleOwn', { name: org.name }) : tpo('po.titlePlain');
  usePageTitle(title);

  const loadDialogues = () =>
    authApi<DialogueView[]>('GET', orgApi(id, '/dialogues')).then((r) => {
      if (r.ok) setDialogues(r.data);
    });

  useEffect(() => {
    void (async () => {
      const r = await authApi<OrgView[]>('GET', '/api/orgs');
      if (!r.ok) return r.status === 401 ? onUnauthenticated() : setError(errorText(r.code));
      const found = r.data.find((o) => o.id === id);
      const allowed = found?.roles.some((x) => x === 'coordinator' || x === 'org_admin' || x === 'facilitator');
      if (!found || !allowed) return setError(tpo('po.notFound'));
      const p = await authApi<Facilitator[]>('GET', orgApi(id, '/facilitators'));
      if (!p.ok) return setError(p.status === 404 || p.status === 403 ? tpo('po.notFound') : errorText(p.code));
      setOrg(found);
      setPool(p.data);
      await loadDialogues();
    })();
  }, [id]);

  return (
    <div class="po-page">
      <p class="pp-back">
        <Link href={path('/')}>{tpo('po.back')}</Link>
      </p>
      <h1 id="page-title" tabIndex={-1}>
        {title}
      </h1>
      {error && <p class="error-text">{error}</p>}
      {!pool && !error && (
        <p class="status" role="status">
          {tpo('po.loading')}
        </p>
      )}
      {org && pool && (
        <>
          <PoolTable
            orgId={id}
            pool={pool}
            rights={rights}
            onSaved={(f) => {
              setPool((list) => list?.map((x) => (x.userId === f.userId ? f : x)) ?? null);
              setHoursVersion((n) => n + 1);
            }}
          />
          <PoolHours orgId={id} pool={pool} rights={rights} dialogues={dialogues} version={hoursVersion} />
          {rights.oversees && <PoolAssign pool={pool} dialogues={dialogues} onAssigned={() => void loadDialogues()} />}
        </>
      )}
    </div>
  );
}
