import { useEffect, useState } from 'preact/hooks';
import type { OrgView } from '../../protocol/http-schema.ts';
import type { CategoryView, DialogueView, FacilitatorView } from '../../protocol/programme-schema.ts';
import { CommissionNew } from './commission-new.tsx';
import { Link } from './link.tsx';
import { usePageTitle } from './page-title.ts';
import { papi } from './process-api.ts';
import { ProgrammeCalendar } from './programme-calendar.tsx';
import { ProgrammeCategories } from './programme-categories.tsx';
import { ProgrammeFilters, filtersOf } from './programme-filters.tsx';
import { ProgrammeList } from './programme-list.tsx';
import { ProgrammeStats } from './programme-stats.tsx';
import { path, useLocation } from './route.ts';
import { errorText, t } from './t.ts';
import { tpr } from './tpr.ts';

/** `/api/orgs/:id` + rest. */
export function orgApi(id: string, rest: string): string {
  return `/api/orgs/${encodeURIComponent(id)}${rest}`;
}

/**
 * /:lang/orgs/:id/programme — a coordinator's (or org admin's) view of the organisation's
 * dialogues: a new commission for a pool facilitator, the filtered list, a month calendar,
 * statistics and the categories. [SPEC PR5, PR6, PR11]
 */
export function ProgrammePage({ id, onUnauthenticated }: { id: string; onUnauthenticated(): void }) {
  const loc = useLocation();
  const query = loc.includes('?') ? loc.slice(loc.indexOf('?')) : '';
  const [org, setOrg] = useState<OrgView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [cats, setCats] = useState<CategoryView[]>([]);
  const [pool, setPool] = useState<FacilitatorView[]>([]);
  const [all, setAll] = useState<DialogueView[] | null>(null);
  const [list, setList] = useState<DialogueView[] | null>(null);
  /** bumped when a commission is created: the list is read again */
  const [version, setVersion] = useState(0);
  const title = org ? tpr('pr.org.title', { name: org.name }) : tpr('pr.org.titlePlain');
  usePageTitle(title);

  useEffect(() => {
    void papi<OrgView[]>('GET', '/api/orgs').then((r) => {
      if (!r.ok) return r.status === 401 ? onUnauthenticated() : setError(errorText(r.code));
      const found = r.data.find((o) => o.id === id && o.roles.some((x) => x === 'coordinator' || x === 'org_admin'));
      if (!found) return setError(tpr('pr.org.notFound'));
      setOrg(found);
      void papi<CategoryView[]>('GET', orgApi(id, '/categories')).then((c) => c.ok && setCats(c.data));
      void papi<FacilitatorView[]>('GET', orgApi(id, '/facilitators')).then((f) => f.ok && setPool(f.data));
      void papi<DialogueView[]>('GET', orgApi(id, '/dialogues')).then((d) => d.ok && setAll(d.data));
    });
  }, [id]);

  useEffect(() => {
    if (!org || version === 0) return;
    void papi<DialogueView[]>('GET', orgApi(id, '/dialogues')).then((d) => d.ok && setAll(d.data));
  }, [version]);

  useEffect(() => {
    if (!org) return;
    setList(null);
    const q = new URLSearchParams(Object.entries(filtersOf(query)).filter(([, v]) => v !== ''));
    void papi<DialogueView[]>('GET', orgApi(id, `/dialogues${q.size ? `?${q}` : ''}`)).then((r) => {
      if (r.ok) setList(r.data);
      else setError(r.message || errorText(r.code));
    });
  }, [org, query, version]);

  const units = [...new Set((all ?? []).map((d) => d.unit).filter(Boolean))].sort();
  return (
    <div class="pr-org">
      <p class="pp-back">
        <Link href={path('/')}>{t('f.new.back')}</Link>
      </p>
      <h1 id="page-title" tabIndex={-1}>
        {title}
      </h1>
      {error && (
        <p class="error-text" role="alert">
          {error}
        </p>
      )}
      {!org && !error && (
        <p class="status" role="status">
          {tpr('pr.loading')}
        </p>
      )}
      {org && (
        <>
          <CommissionNew orgId={id} pool={pool} categories={cats} onCreated={() => setVersion((v) => v + 1)} />
          <ProgrammeFilters query={query} units={units} categories={cats} pool={pool} />
          <ProgrammeList list={list} />
          <ProgrammeCalendar list={list ?? []} />
          <ProgrammeStats orgId={id} />
          <ProgrammeCategories orgId={id} categories={cats} onChange={setCats} />
        </>
      )}
    </div>
  );
}
