import { groupsOf, memberCount } from '../../domain/open-space.ts';
import type { Offer, OpenSpace, OsGroup, SessionState } from '../../domain/types.ts';

/** Pure views over the Open Space state for the console (no i18n, no DOM: unit-tested). */

/** Themes people can choose now, in the order they were put on offer. */
export function openThemes(os: OpenSpace): Offer[] {
  return os.offers.filter((o) => o.status === 'open');
}

/** Proposals from participants that wait for the facilitator. */
export function waitingProposals(os: OpenSpace): Offer[] {
  return os.offers.filter((o) => o.status === 'proposed');
}

/** Declined and merged themes: shown apart so they can be looked up (or a decline undone). */
export function settledThemes(os: OpenSpace): Offer[] {
  return os.offers.filter((o) => o.status === 'declined' || o.status === 'merged');
}

/** Did anyone write, photograph or share anything in this group? */
export function groupHasContent(os: OpenSpace, gid: string): boolean {
  return (
    os.items.some((i) => i.groupId === gid) ||
    os.images.some((i) => i.groupId === gid) ||
    os.practices.some((p) => p.groupId === gid) ||
    os.pearls.some((p) => p.groupId === gid) ||
    !!os.mainPoints[gid]
  );
}

/**
 * The working groups to show, theme by theme in offer order: every group of an open theme, and
 * groups of a merged or declined theme only while something was written there (what people
 * wrote stays where they wrote it).
 */
export function workingGroups(os: OpenSpace): OsGroup[] {
  return os.offers.flatMap((o) =>
    groupsOf(os, o.id).filter((g) => o.status === 'open' || memberCount(os, g.id) > 0 || groupHasContent(os, g.id)),
  );
}

/** Participant ids in join order who have not chosen a theme yet. */
export function notChosen(state: Pick<SessionState, 'participants' | 'os'>): string[] {
  const members = state.os?.members ?? {};
  return state.participants.filter((p) => !members[p.id]).map((p) => p.id);
}

/** The group after `current` in `list` (wrapping), or the first one; null for an empty list. */
export function nextOf(list: string[], current: string | null): string | null {
  if (list.length === 0) return null;
  const i = current === null ? -1 : list.indexOf(current);
  return list[(i + 1) % list.length]!;
}
