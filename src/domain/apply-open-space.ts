import type { SessionEvent } from './events.ts';
import { groupId } from './open-space.ts';
import type { Offer, OpenSpace, OsGroup, SessionState } from './types.ts';

/** The Open Space at its start: every open offer has its first group. */
export function openSpaceFrom(offers: Offer[]): OpenSpace {
  return {
    offers,
    groups: offers.filter((o) => o.status === 'open').map((o) => ({ id: groupId(o.id, 1), offerId: o.id, n: 1 })),
    members: {},
    cap: null,
    items: [],
    images: [],
    practices: [],
    pearls: [],
    mainPoints: {},
    spotlight: null,
  };
}

function withGroup(os: OpenSpace, g: OsGroup | null): OsGroup[] {
  return g && !os.groups.some((x) => x.id === g.id) ? [...os.groups, g] : os.groups;
}

type OsEvent = Exclude<
  SessionEvent,
  {
    type:
      | 'session.created'
      | 'session.configured'
      | 'table.updated'
      | 'tables.countSet'
      | 'participant.joined'
      | 'groups.split'
      | 'participant.moved'
      | 'table.hostSet'
      | 'phase.changed'
      | 'clock.changed'
      | 'note.added'
      | 'note.importantSet'
      | 'theme.created'
      | 'theme.renamed'
      | 'theme.merged'
      | 'note.themed'
      | 'theme.carriedSet'
      | 'session.closed'
      | 'feedback.given';
  }
>;

function next(os: OpenSpace, e: OsEvent): OpenSpace {
  switch (e.type) {
    case 'offer.proposed':
      return { ...os, offers: [...os.offers, e.offer], groups: withGroup(os, e.group) };
    case 'offer.decided':
      return { ...os, offers: os.offers.map((o) => (o.id === e.offerId ? { ...o, status: e.status } : o)), groups: withGroup(os, e.group) };
    case 'offer.renamed':
      return { ...os, offers: os.offers.map((o) => (o.id === e.offerId ? { ...o, name: e.name } : o)) };
    case 'offer.merged':
      return {
        ...os,
        offers: os.offers.map((o) => (o.id === e.sourceId ? { ...o, status: 'merged', mergedInto: e.targetId } : o)),
        groups: withGroup(os, e.group),
        members: { ...os.members, ...e.moves },
      };
    case 'os.capSet':
      return { ...os, cap: e.cap };
    case 'os.chosen':
      return { ...os, groups: withGroup(os, e.group), members: { ...os.members, [e.participantId]: e.groupId } };
    case 'osgroup.split':
      return { ...os, groups: withGroup(os, e.group), members: { ...os.members, ...e.moves } };
    case 'flip.added':
      return { ...os, items: [...os.items, e.item] };
    case 'flip.edited':
      return { ...os, items: os.items.map((i) => (i.id === e.itemId ? { ...i, text: e.text, flags: e.flags } : i)) };
    case 'flip.removed':
      return { ...os, items: os.items.filter((i) => i.id !== e.itemId) };
    case 'flip.imageAdded':
      return { ...os, images: [...os.images, e.image] };
    case 'flip.imageRemoved':
      return { ...os, images: os.images.filter((i) => i.id !== e.imageId) };
    case 'practice.saved': {
      const exists = os.practices.some((p) => p.id === e.practice.id);
      const practices = exists ? os.practices.map((p) => (p.id === e.practice.id ? e.practice : p)) : [...os.practices, e.practice];
      return { ...os, practices };
    }
    case 'practice.removed':
      return { ...os, practices: os.practices.filter((p) => p.id !== e.practiceId) };
    case 'pearl.added':
      return { ...os, pearls: [...os.pearls, e.pearl] };
    case 'pearl.removed':
      return { ...os, pearls: os.pearls.filter((p) => p.id !== e.pearlId) };
    case 'pearls.pointsSet':
      return { ...os, mainPoints: { ...os.mainPoints, [e.groupId]: e.text } };
    case 'pearls.spotlit':
      return { ...os, spotlight: e.groupId };
  }
}

/** Open Space events; total like apply(): an event for a café (no os) changes nothing. */
export function applyOpenSpace(state: SessionState, e: OsEvent): SessionState {
  return state.os ? { ...state, os: next(state.os, e) } : state;
}
