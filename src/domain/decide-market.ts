import type { Command } from './commands.ts';
import { DomainError } from './errors.ts';
import type { SessionEvent } from './events.ts';
import { findGroup, findOffer, groupsOf, memberCount, membersOf, nextGroup, requireOs } from './open-space.ts';
import { scanText } from './privacy-scan.ts';
import { cleanName } from './theming.ts';
import { LIMITS, type Actor, type OpenSpace, type OsGroup, type SessionState } from './types.ts';

type MarketCommand = Extract<
  Command,
  { type: 'offer.propose' | 'offer.decide' | 'offer.rename' | 'offer.merge' | 'os.setCap' | 'os.choose' | 'osgroup.split' }
>;

function requirePhase(state: SessionState, phases: readonly string[]): void {
  if (!phases.includes(state.phase)) throw new DomainError('wrong_phase');
}

/** Themes are proposed at the start; the facilitator may add them until group work ends. */
const PROPOSE_PHASES = ['lobby', 'opening', 'marketplace'];
const FACILITATOR_ADD_PHASES = ['lobby', 'opening', 'marketplace', 'groups'];
/** The law of two feet: people may move whenever groups exist. [SPEC O3] */
const CHOOSE_PHASES = ['marketplace', 'groups', 'pearls'];

/**
 * A group of the theme with room, fewest members first; a new group when all are full
 * (a popular theme splits automatically at the cap). [SPEC O2]
 */
function placeIn(os: OpenSpace, offerId: string, excluding: string | null): { groupId: string; group: OsGroup | null } {
  const count = (gid: string) => memberCount(os, gid) - (excluding && os.members[excluding] === gid ? 1 : 0);
  const candidates = groupsOf(os, offerId).filter((g) => os.cap === null || count(g.id) < os.cap);
  if (candidates.length === 0) {
    const group = nextGroup(os, offerId);
    return { groupId: group.id, group };
  }
  const best = candidates.reduce((a, b) => (count(b.id) < count(a.id) ? b : a));
  return { groupId: best.id, group: null };
}

function propose(state: SessionState, actor: Actor, cmd: Extract<MarketCommand, { type: 'offer.propose' }>): SessionEvent[] {
  const os = requireOs(state);
  requirePhase(state, actor.role === 'facilitator' ? FACILITATOR_ADD_PHASES : PROPOSE_PHASES);
  if (os.offers.some((o) => o.id === cmd.offerId)) throw new DomainError('id_taken');
  if (os.offers.length >= LIMITS.maxOffers) throw new DomainError('limit_reached');
  const name = cleanName(cmd.name, LIMITS.offerNameMax);
  const flags = scanText(name);
  if (flags.length > 0 && !cmd.confirmPrivacy) throw new DomainError('privacy_check', { findings: flags });
  const byFacilitator = actor.role === 'facilitator';
  const offer = {
    id: cmd.offerId,
    name,
    origin: 'proposed' as const,
    status: byFacilitator ? ('open' as const) : ('proposed' as const),
    mergedInto: null,
    sourceThemeId: null,
    flags,
  };
  return [{ type: 'offer.proposed', offer, group: byFacilitator ? nextGroup(os, offer.id) : null }];
}

function merge(state: SessionState, cmd: Extract<MarketCommand, { type: 'offer.merge' }>): SessionEvent[] {
  const os = requireOs(state);
  requirePhase(state, FACILITATOR_ADD_PHASES);
  if (cmd.sourceId === cmd.targetId) throw new DomainError('invalid_value', { field: 'targetId' });
  const source = findOffer(os, cmd.sourceId);
  const target = findOffer(os, cmd.targetId);
  if (source.status === 'merged' || source.status === 'declined') throw new DomainError('invalid_value', { field: 'sourceId' });
  if (target.status !== 'open') throw new DomainError('invalid_value', { field: 'targetId' });
  const existing = groupsOf(os, target.id)[0];
  const group = existing ? null : nextGroup(os, target.id);
  const into = existing?.id ?? group!.id;
  const moves: Record<string, string> = {};
  for (const g of groupsOf(os, source.id)) for (const pid of membersOf(state, g.id)) moves[pid] = into;
  return [{ type: 'offer.merged', sourceId: source.id, targetId: target.id, moves, group }];
}

function choose(state: SessionState, actor: Actor, cmd: Extract<MarketCommand, { type: 'os.choose' }>): SessionEvent[] {
  const os = requireOs(state);
  if (actor.role !== 'participant') throw new DomainError('forbidden');
  requirePhase(state, CHOOSE_PHASES);
  const offer = findOffer(os, cmd.offerId);
  if (offer.status !== 'open') throw new DomainError('invalid_value', { field: 'offerId' });
  const pid = actor.participantId;
  if (cmd.groupId !== undefined) {
    const g = findGroup(os, cmd.groupId);
    if (g.offerId !== offer.id) throw new DomainError('invalid_value', { field: 'groupId' });
    if (os.members[pid] === g.id) return [];
    if (os.cap !== null && memberCount(os, g.id) >= os.cap) throw new DomainError('group_full');
    return [{ type: 'os.chosen', participantId: pid, groupId: g.id, group: null }];
  }
  const current = os.members[pid];
  if (current && findGroup(os, current).offerId === offer.id) return [];
  const place = placeIn(os, offer.id, pid);
  return [{ type: 'os.chosen', participantId: pid, groupId: place.groupId, group: place.group }];
}

/** Split by hand: a new group of the same theme takes the later-arrived half. [SPEC O2] */
function split(state: SessionState, cmd: Extract<MarketCommand, { type: 'osgroup.split' }>): SessionEvent[] {
  const os = requireOs(state);
  requirePhase(state, ['marketplace', 'groups']);
  const g = findGroup(os, cmd.groupId);
  const group = nextGroup(os, g.offerId);
  const members = membersOf(state, g.id);
  const moving = members.slice(Math.ceil(members.length / 2));
  return [{ type: 'osgroup.split', group, moves: Object.fromEntries(moving.map((pid) => [pid, group.id])) }];
}

export function decideMarket(state: SessionState, actor: Actor, cmd: MarketCommand): SessionEvent[] {
  switch (cmd.type) {
    case 'offer.propose':
      return propose(state, actor, cmd);
    case 'offer.decide': {
      const os = requireOs(state);
      requirePhase(state, FACILITATOR_ADD_PHASES);
      const offer = findOffer(os, cmd.offerId);
      if (cmd.accept) {
        if (offer.status !== 'proposed' && offer.status !== 'declined') throw new DomainError('invalid_value', { field: 'offerId' });
        const group = groupsOf(os, offer.id).length === 0 ? nextGroup(os, offer.id) : null;
        return [{ type: 'offer.decided', offerId: offer.id, status: 'open', group }];
      }
      if (offer.status !== 'proposed') throw new DomainError('invalid_value', { field: 'offerId' });
      return [{ type: 'offer.decided', offerId: offer.id, status: 'declined', group: null }];
    }
    case 'offer.rename': {
      const offer = findOffer(requireOs(state), cmd.offerId);
      if (offer.status === 'merged') throw new DomainError('invalid_value', { field: 'offerId' });
      return [{ type: 'offer.renamed', offerId: offer.id, name: cleanName(cmd.name, LIMITS.offerNameMax) }];
    }
    case 'offer.merge':
      return merge(state, cmd);
    case 'os.setCap': {
      requireOs(state);
      if (cmd.cap !== null && (!Number.isInteger(cmd.cap) || cmd.cap < LIMITS.minCap || cmd.cap > LIMITS.maxCap)) {
        throw new DomainError('invalid_value', { field: 'cap' });
      }
      return [{ type: 'os.capSet', cap: cmd.cap }];
    }
    case 'os.choose':
      return choose(state, actor, cmd);
    case 'osgroup.split':
      return split(state, cmd);
  }
}
