import type { SessionState } from '../../domain/types.ts';
import { ScreenDebriefColumn } from './screen-debrief-column.tsx';
import type { Heading } from './screen-bi.tsx';

/** Debrief: each table's themes as a column, with note counts, notes and carried themes marked. */
export function ScreenDebrief({ state, heading }: { state: SessionState; heading: Heading }) {
  return (
    <div class="s-page">
      <header class="s-top">
        <h1 class="s-big">{heading}</h1>
      </header>
      <ul class={`s-grid s-cols s-n${Math.min(state.tables.length, 8)}`}>
        {state.tables.map((table, i) => (
          <ScreenDebriefColumn key={table.id} state={state} table={table} index={i} />
        ))}
      </ul>
    </div>
  );
}
