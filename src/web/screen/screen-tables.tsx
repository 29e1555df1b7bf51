import type { SessionState } from '../../domain/types.ts';
import { ScreenClock } from './screen-clock.tsx';
import { ScreenTableCard } from './screen-table-card.tsx';
import { Bi, type Heading } from './screen-bi.tsx';

interface Props {
  state: SessionState;
  heading: Heading;
  serverNow(): number;
}

/** Rounds and theming: which group sits at which table, the hosts, notes so far and the clock. */
export function ScreenTables({ state, heading, serverNow }: Props) {
  return (
    <div class="s-page">
      <header class="s-top s-top-row">
        <div>
          <h1 class="s-big">{heading}</h1>
          <p class="s-lead">
            <Bi k={state.phase === 'theming' ? 'screen.theming.hint' : 'screen.round.hint'} />
          </p>
        </div>
        {state.clock ? <ScreenClock clock={state.clock} serverNow={serverNow} /> : null}
      </header>
      <ul class={`s-grid s-n${Math.min(state.tables.length, 8)}`}>
        {state.tables.map((table, i) => (
          <ScreenTableCard key={table.id} state={state} table={table} index={i} />
        ))}
      </ul>
    </div>
  );
}
