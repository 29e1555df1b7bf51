import { useEffect, useState } from 'preact/hooks';
import type { ProcessSummary } from '../../protocol/http-schema.ts';
import type { CategoryView, CommissionView } from '../../protocol/programme-schema.ts';
import { CommissionForm } from './commission-form.tsx';
import { LifecycleSteps, LifecycleTimeline } from './lifecycle-timeline.tsx';
import { Link } from './link.tsx';
import { papi, processApi, useProcessData } from './process-api.ts';
import { ProcessFrame, processPath } from './process-frame.tsx';
import { stateName, tpr } from './tpr.ts';

/** /:lang/processes/:id/commission — the commission form and the life cycle of the dialogue. [SPEC PR1–PR3] */
export function CommissionPage({ id, onUnauthenticated }: { id: string; onUnauthenticated(): void }) {
  const { data: p, error } = useProcessData<ProcessSummary>(processApi(id), onUnauthenticated);
  const { data: c, setData: setC, error: cError } = useProcessData<CommissionView>(processApi(id, '/commission'), onUnauthenticated);
  const [cats, setCats] = useState<CategoryView[] | null>(null);

  useEffect(() => {
    if (!p) return;
    void papi<CategoryView[]>('GET', `/api/orgs/${encodeURIComponent(p.orgId)}/categories`).then((r) => setCats(r.ok ? r.data : []));
  }, [p?.orgId]);

  return (
    <ProcessFrame id={id} current="commission" title={tpr('pr.title')} process={p} error={error ?? cError}>
      {c && cats ? (
        <div class="pp-process-grid pr-grid">
          <div class="pp-col">
            <CommissionForm
              processId={id}
              readOnly={p?.role === 'coordinator'}
              initial={c}
              categories={cats}
              onSaved={setC}
              onUnauthenticated={onUnauthenticated}
            />
          </div>
          <div class="pp-col">
            <LifecycleTimeline c={c} readOnly={p?.role === 'coordinator'} onChange={setC} onUnauthenticated={onUnauthenticated} />
          </div>
        </div>
      ) : (
        !cError && (
          <p class="status" role="status">
            {tpr('pr.loading')}
          </p>
        )
      )}
    </ProcessFrame>
  );
}

/** On the process page: where the dialogue is in its life cycle, and the way to the commission. */
export function LifecycleCompact({ id }: { id: string }) {
  const [c, setC] = useState<CommissionView | null>(null);
  useEffect(() => {
    void papi<CommissionView>('GET', processApi(id, '/commission')).then((r) => r.ok && setC(r.data));
  }, [id]);
  if (!c) return null;
  return (
    <section class="pp-card pr-compact" aria-labelledby="pr-compact-h">
      <h2 id="pr-compact-h">{tpr('pr.tl.title')}</h2>
      <p>{tpr('pr.tl.compact', { state: stateName(c.state) })}</p>
      <LifecycleSteps c={c} compact />
      <p>
        <Link href={processPath(id, 'commission')} class="button">
          {tpr('pr.tl.open')}
        </Link>
      </p>
    </section>
  );
}
