import { useEffect, useState } from 'preact/hooks';
import { PROGRAMME_STATES } from '../../domain/programme-lifecycle.ts';
import { DIALOGUE_METHODS, type CategoryView, type FacilitatorView } from '../../protocol/programme-schema.ts';
import { navigate } from './route.ts';
import { methodName, stateName, tpr, type PrKey } from './tpr.ts';

const KEYS = ['unit', 'category', 'method', 'state', 'facilitator', 'from', 'to'] as const;
export type Filters = Record<(typeof KEYS)[number], string>;

/** The filters as they stand in the address (`?unit=…&state=…`); unknown parameters are ignored. */
export function filtersOf(search: string): Filters {
  const q = new URLSearchParams(search);
  return Object.fromEntries(KEYS.map((k) => [k, q.get(k) ?? ''])) as Filters;
}

const LABELS: Record<keyof Filters, PrKey> = {
  unit: 'pr.flt.unit',
  category: 'pr.flt.category',
  method: 'pr.flt.method',
  state: 'pr.flt.state',
  facilitator: 'pr.flt.facilitator',
  from: 'pr.flt.from',
  to: 'pr.flt.to',
};

/** The list's filters as a form whose values stay in the URL query (back, forward and bookmarks keep them). [SPEC PR5] */
export function ProgrammeFilters(props: { query: string; units: string[]; categories: CategoryView[]; pool: FacilitatorView[] }) {
  const [f, setF] = useState<Filters>(() => filtersOf(props.query));
  useEffect(() => setF(filtersOf(props.query)), [props.query]);

  const go = (next: Filters) => {
    const q = new URLSearchParams(Object.entries(next).filter(([, v]) => v !== ''));
    navigate(`${location.pathname}${q.size ? `?${q}` : ''}`);
  };
  const options: Record<'unit' | 'category' | 'method' | 'state' | 'facilitator', [string, string][]> = {
    unit: props.units.map((u) => [u, u]),
    category: props.categories.map((c) => [c.id, c.archived ? `${c.name} (${tpr('pr.cat.archived')})` : c.name]),
    method: DIALOGUE_METHODS.map((m) => [m, methodName(m)]),
    state: PROGRAMME_STATES.map((s) => [s, stateName(s)]),
    facilitator: props.pool.map((p) => [p.userId, p.name]),
  };

  return (
    <section class="pp-card pr-filters" aria-labelledby="pr-flt-h">
      <h2 id="pr-flt-h">{tpr('pr.flt.title')}</h2>
      <form
        role="search"
        aria-labelledby="pr-flt-h"
        onSubmit={(e) => {
          e.preventDefault();
          go(f);
        }}
      >
        <div class="pr-filter-grid">
          {(['unit', 'category', 'method', 'state', 'facilitator'] as const).map((k) => (
            <div class="field" key={k}>
              <label for={`pr-flt-${k}`}>{tpr(LABELS[k])}</label>
              <select id={`pr-flt-${k}`} name={k} value={f[k]} onChange={(e) => setF({ ...f, [k]: e.currentTarget.value })}>
                <option value="">{tpr('pr.flt.any')}</option>
                {options[k].map(([v, label]) => (
                  <option key={v} value={v}>
                    {label}
                  </option>
                ))}
              </select>
            </div>
          ))}
          {(['from', 'to'] as const).map((k) => (
            <div class="field" key={k}>
              <label for={`pr-flt-${k}`}>{tpr(LABELS[k])}</label>
              <input id={`pr-flt-${k}`} name={k} type="date" value={f[k]} onInput={(e) => setF({ ...f, [k]: e.currentTarget.value })} />
            </div>
          ))}
        </div>
        <p class="pr-actions">
          <button type="submit" class="primary">
            {tpr('pr.flt.apply')}
          </button>
          <button type="button" onClick={() => go(filtersOf(''))}>
            {tpr('pr.flt.clear')}
          </button>
        </p>
      </form>
    </section>
  );
}
