import { groupsOf, memberCount } from '../../domain/open-space.ts';
import type { Offer, OpenSpace, OsGroup, PrivacyFinding, SessionState } from '../../domain/types.ts';
import type { PendingCommand } from '../shared/connection.ts';
import { maskedText } from '../shared/p-mask.ts';
import { t } from './texts.ts';

/** Where I am in the Open Space now: my group and its theme, or null. */
export interface MyPlace {
  group: OsGroup;
  offer: Offer;
}

export function myPlace(state: SessionState, me: string): MyPlace | null {
  const os = state.os;
  const gid = os?.members[me];
  const group = gid ? os.groups.find((g) => g.id === gid) : undefined;
  const offer = group ? os?.offers.find((o) => o.id === group.offerId) : undefined;
  return group && offer ? { group, offer } : null;
}

/** A theme's name for others: flagged parts masked; the unnamed joker as "Joker theme: …". */
export function offerTitle(o: Pick<Offer, 'name' | 'origin' | 'flags'>): string {
  if (o.origin === 'joker' && !o.name) return t('os.joker');
  return maskedText({ text: o.name, flags: o.flags });
}

export function peopleText(n: number): string {
  return t('os.people', { n });
}

/** "Theme X · group 2" */
export function placeText(p: MyPlace): string {
  return t('os.where', { theme: offerTitle(p.offer), n: p.group.n });
}

export function themePeople(os: OpenSpace, offerId: string): number {
  return groupsOf(os, offerId).reduce((s, g) => s + memberCount(os, g.id), 0);
}

export function isFull(os: OpenSpace, groupId: string): boolean {
  return os.cap !== null && memberCount(os, groupId) >= os.cap;
}

/** Open themes in offer order, the joker last ("whatever is missing"). */
export function themesOnOffer(os: OpenSpace): Offer[] {
  const open = os.offers.filter((o) => o.status === 'open');
  return [...open.filter((o) => o.origin !== 'joker'), ...open.filter((o) => o.origin === 'joker')];
}

/**
 * A practice is scanned as one text (title, description, context, keywords joined by new
 * lines); this masks the flagged parts of one of those fields for others' eyes.
 */
export function maskField(text: string, base: number, flags: PrivacyFinding[]): string {
  const local = flags
    .filter((f) => f.end > base && f.start < base + text.length)
    .map((f) => ({ ...f, start: Math.max(0, f.start - base), end: Math.min(text.length, f.end - base) }));
  return maskedText({ text, flags: local });
}

/** Flipchart items this page added (their full text may be shown to me and edited as is). */
export function myItemIds(commands: Map<string, PendingCommand>): Set<string> {
  const ids = new Set<string>();
  for (const p of commands.values()) if (p.cmd.type === 'flip.add') ids.add(p.cmd.itemId);
  return ids;
}
