import type { SessionState } from '../../domain/types.ts';
import { ScreenQuestions } from './screen-questions.tsx';
import { ScreenZoneHead } from './screen-zone-head.tsx';
import { Bi, type Heading } from './screen-bi.tsx';

/** Opening: the session's name and the tables of the café (zone icon, number, name, questions). */
export function ScreenOpening({ state, heading }: { state: SessionState; heading: Heading }) {
  return (
    <div class="s-page">
      <header class="s-top">
        <h1 class="s-big">{heading}</h1>
        <p class="s-lead">
          <Bi k="screen.opening.tables" />
        </p>
      </header>
      <ul class={`s-grid s-n${Math.min(state.tables.length, 8)}`}>
        {state.tables.map((table, i) => (
          <li key={table.id} class="s-card" data-table-id={table.id}>
            <ScreenZoneHead table={table} index={i} />
            <ScreenQuestions table={table} />
          </li>
        ))}
      </ul>
    </div>
  );
}
