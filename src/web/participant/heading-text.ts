import { locationOf } from '../../domain/rotation.ts';
import type { SessionState, Table } from '../../domain/types.ts';
import { tableTitle } from '../shared/zone.tsx';
import { myPlace, offerTitle } from './os-model.ts';
import { content, t } from './texts.ts';

/** "Vyöhyke 3: Tuntuva huoli" (or just the title of a table outside the four zones). */
export function zoneText(table: Table): string {
  const title = tableTitle(table, content);
  return table.zone === null ? title : `${t('zone.label', { n: table.zone })}: ${title}`;
}

/** The one h1 of an Open Space phase: what to do now, from the phase and my group. */
function openSpaceHeading(state: SessionState, me: string): string {
  const place = myPlace(state, me);
  switch (state.phase) {
    case 'opening':
      return t('os.opening.heading');
    case 'marketplace':
      return t('os.market.heading');
    case 'groups':
      return place ? t('os.group.heading', { theme: offerTitle(place.offer) }) : t('os.market.heading');
    case 'pearls':
      return t('pearls.heading');
    case 'followup':
      return t('followup.heading');
    default:
      return t('lobby.heading');
  }
}

/** The one h1 of the live view: what to do now, from the phase and where I am. */
export function headingText(state: SessionState, me: string): string {
  switch (state.phase) {
    case 'lobby':
      return t('lobby.heading');
    case 'feedback':
      return t('feedback.heading');
    case 'closed':
      return t('closed.heading');
  }
  if (state.kind === 'open_space') return openSpaceHeading(state, me);
  const loc = locationOf(state, me);
  const n = (loc?.tableIndex ?? 0) + 1;
  switch (state.phase) {
    case 'opening':
      return t('opening.heading');
    case 'round':
      if (!loc) return t('round.waitHeading');
      return loc.asHost ? t('round.hostHeading', { n }) : t('round.goTo', { n });
    case 'theming':
      return loc ? t('theming.heading', { n }) : t('round.waitHeading');
    case 'debrief':
      return t('debrief.heading');
    default:
      return t('lobby.heading');
  }
}

/** The announcement on a phase change: the heading plus the zone of my table. */
export function phaseAnnouncement(state: SessionState, me: string): string {
  const h = headingText(state, me);
  if (state.kind === 'open_space') return h;
  const loc = locationOf(state, me);
  const table = loc ? state.tables[loc.tableIndex] : undefined;
  return table && (state.phase === 'round' || state.phase === 'theming') ? `${h}. ${zoneText(table)}` : h;
}

/** The announcement when I moved to another group (law of two feet, a split or a merge). */
export function moveAnnouncement(state: SessionState, me: string): string {
  const place = myPlace(state, me);
  return place ? t('os.moved', { theme: offerTitle(place.offer), n: place.group.n }) : t('os.noTheme');
}
