import { groupsOf } from '../../domain/open-space.ts';
import type { Offer, OpenSpace } from '../../domain/types.ts';
import { t } from './t.ts';

/** A theme's name; the joker theme is "Joker theme" until the facilitator names it. */
export function offerName(o: Pick<Offer, 'name'>): string {
  return o.name || t('f.os.joker');
}

/**
 * A working group's name: its theme, and the group number when the theme has been split
 * ("Early support, group 2").
 */
export function groupLabel(os: OpenSpace, gid: string): string {
  const g = os.groups.find((x) => x.id === gid);
  if (!g) return '';
  const offer = os.offers.find((o) => o.id === g.offerId);
  const theme = offer ? offerName(offer) : '';
  return groupsOf(os, g.offerId).length > 1 || g.n > 1 ? t('f.os.groupOf', { theme, n: g.n }) : theme;
}
