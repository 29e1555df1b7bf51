import { locationOf } from '../../domain/rotation.ts';
import type { SessionState, Table } from '../../domain/types.ts';
import { tableTitle } from '../shared/zone.tsx';
import { lang, t } from './texts.ts';

/** "Vyöhyke 3: Tuntuva huoli" (or just the title of a table outside the four zones). */
export function zoneText(table: Table): string {
  const title = tableTitle(table, lang);
  return table.zone === null ? title : `${t('zone.label', { n: table.zone })}: ${title}`;
}

/** The one h1 of the live view: what to do now, from the phase and where I am. */
export function headingText(state: SessionState, me: string): string {
  const loc = locationOf(state, me);
  const n = (loc?.tableIndex ?? 0) + 1;
  switch (state.phase) {
    case 'lobby':
      return t('lobby.heading');
    case 'opening':
      return t('opening.heading');
    case 'round':
      if (!loc) return t('round.waitHeading');
      return loc.asHost ? t('round.hostHeading', { n }) : t('round.goTo', { n });
    case 'theming':
      return loc ? t('theming.heading', { n }) : t('round.waitHeading');
    case 'debrief':
      return t('debrief.heading');
    case 'closed':
      return t('closed.heading');
  }
}

/** The announcement on a phase change: the heading plus the zone of my table. */
export function phaseAnnouncement(state: SessionState, me: string): string {
  const loc = locationOf(state, me);
  const table = loc ? state.tables[loc.tableIndex] : undefined;
  const h = headingText(state, me);
  return table && (state.phase === 'round' || state.phase === 'theming') ? `${h}. ${zoneText(table)}` : h;
}
