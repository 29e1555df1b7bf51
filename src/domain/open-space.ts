import { DomainError } from './errors.ts';
import type { Offer, OpenSpace, OsGroup, SessionState } from './types.ts';

/**
 * The themes on offer at the start of session 2: the themes carried from session 1 (ids given
 * by the caller) and always one joker theme, named later or left as "joker". [SPEC O1]
 */
export function offersFromThemes(carried: { id: string; name: string }[], ids: string[], jokerId: string): Offer[] {
  const base = { status: 'open' as const, mergedInto: null, flags: [] };
  return [
    ...carried.map((t, i) => ({ ...base, id: ids[i]!, name: t.name, origin: 'carried' as const, sourceThemeId: t.id })),
    { ...base, id: jokerId, name: '', origin: 'joker' as const, sourceThemeId: null },
  ];
}

/** Helpers over the Open Space part of a session; shared by decide and the clients. */

export function requireOs(state: SessionState): OpenSpace {
  if (state.kind !== 'open_space' || !state.os) throw new DomainError('wrong_kind');
  return state.os;
}

export function groupId(offerId: string, n: number): string {
  return `${offerId}_${n}`;
}

export function findOffer(os: OpenSpace, offerId: string): Offer {
  const o = os.offers.find((x) => x.id === offerId);
  if (!o) throw new DomainError('not_found', { what: 'offer' });
  return o;
}

export function findGroup(os: OpenSpace, id: string): OsGroup {
  const g = os.groups.find((x) => x.id === id);
  if (!g) throw new DomainError('not_found', { what: 'group' });
  return g;
}

export function groupsOf(os: Pick<OpenSpace, 'groups'>, offerId: string): OsGroup[] {
  return os.groups.filter((g) => g.offerId === offerId).sort((a, b) => a.n - b.n);
}

/** The next group of a theme (a split): numbered after the highest so far. */
export function nextGroup(os: Pick<OpenSpace, 'groups'>, offerId: string): OsGroup {
  const n = Math.max(0, ...groupsOf(os, offerId).map((g) => g.n)) + 1;
  return { id: groupId(offerId, n), offerId, n };
}

/** Members of a group in join order (stable for splitting). */
export function membersOf(state: Pick<SessionState, 'participants' | 'os'>, gid: string): string[] {
  const members = state.os?.members ?? {};
  return state.participants.filter((p) => members[p.id] === gid).map((p) => p.id);
}

export function memberCount(os: Pick<OpenSpace, 'members'>, gid: string): number {
  let n = 0;
  for (const g of Object.values(os.members)) if (g === gid) n++;
  return n;
}

/** Themes people can choose now. */
export function openOffers(os: Pick<OpenSpace, 'offers'>): Offer[] {
  return os.offers.filter((o) => o.status === 'open');
}
