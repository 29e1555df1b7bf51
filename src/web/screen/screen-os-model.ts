import { groupsOf, memberCount } from '../../domain/open-space.ts';
import type { Offer, OpenSpace } from '../../domain/types.ts';
import { maskedText } from '../shared/p-mask.ts';
import { t } from './texts.ts';

/** A theme's name on the projector: flagged parts masked; the unnamed joker as "Joker theme: …". */
export function offerTitle(o: Pick<Offer, 'name' | 'origin' | 'flags'>): string {
  if (o.origin === 'joker' && !o.name) return t('screen.os.joker');
  return maskedText({ text: o.name, flags: o.flags });
}

export function peopleText(n: number): string {
  return t('screen.os.people', { n });
}

export function themePeople(os: OpenSpace, offerId: string): number {
  return groupsOf(os, offerId).reduce((s, g) => s + memberCount(os, g.id), 0);
}

/** Open themes in offer order, the joker last. */
export function themesOnOffer(os: OpenSpace): Offer[] {
  const open = os.offers.filter((o) => o.status === 'open');
  return [...open.filter((o) => o.origin !== 'joker'), ...open.filter((o) => o.origin === 'joker')];
}

/** Columns for n cards on a 16:9 screen (rows stay about as tall as columns are wide). */
export function columnsFor(n: number): number {
  if (n <= 1) return 1;
  if (n <= 4) return n === 4 ? 2 : n;
  return Math.min(8, Math.ceil(Math.sqrt(n * 1.8)));
}

/** The grid's classes: its columns, and "dense" from five columns on (names cut to two lines). */
export function gridClass(n: number, extra = ''): string {
  const c = columnsFor(n);
  return `s-os-grid s-osc-${c}${c >= 5 ? ' s-os-dense' : ''}${extra ? ` ${extra}` : ''}`;
}
