import type { PhaseProps } from './phase-view.tsx';
import { PhaseHeading } from './phase-heading.tsx';
import { kt, useKids } from './kids.ts';
import { t } from './texts.ts';

/** Waiting for the start; once groups are split, shows my group (or the table I host). */
export function LobbyView({ state, me, heading, headingKey }: PhaseProps & { heading: string; headingKey: string }) {
  const hostIndex = state.tables.findIndex((x) => x.hostId === me);
  const p = state.participants.find((x) => x.id === me);
  const kids = useKids();
  return (
    <div class="p-message">
      <PhaseHeading key={headingKey} text={heading} />
      {kids ? <p class="p-callout">{t('kids.joined')}</p> : null}
      <p class="p-lead">{kt(kids, 'lobby.body', 'kids.lobby.body')}</p>
      <div aria-live="polite">
        {hostIndex >= 0 ? (
          <p class="p-callout">{t('lobby.youHost', { n: hostIndex + 1 })}</p>
        ) : state.grouped && p && p.group !== null ? (
          <p class="p-callout">{kt(kids, 'lobby.yourGroup', 'kids.lobby.yourGroup', { n: p.group + 1 })}</p>
        ) : null}
      </div>
    </div>
  );
}
