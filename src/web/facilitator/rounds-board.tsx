import type { SessionState } from '../../domain/types.ts';
import { TableCard } from './table-card.tsx';

/** All tables of the current round as a grid. */
export function RoundsBoard({ state, labels }: { state: SessionState; labels: Map<string, string> }) {
  return (
    <ul class="f-tables-grid">
      {state.tables.map((tb, i) => (
        <TableCard key={tb.id} state={state} table={tb} index={i} labels={labels} />
      ))}
    </ul>
  );
}
