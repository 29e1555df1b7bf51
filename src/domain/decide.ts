import { authorize } from './authorize.ts';
import type { AttachImageCommand, Command, JoinCommand } from './commands.ts';
import { decideFeedback, decideFlipchart, decideImage } from './decide-flipchart.ts';
import { decideMarket } from './decide-market.ts';
import { decideFlow } from './decide-flow.ts';
import { decideNotes } from './decide-notes.ts';
import { decideSetup } from './decide-setup.ts';
import { DomainError } from './errors.ts';
import type { SessionEvent } from './events.ts';
import { smallestGroup } from './grouping.ts';
import { LIMITS, type Actor, type SessionState } from './types.ts';

/** What the service passes in so that the domain stays free of clocks and randomness. */
export interface DecideContext {
  now: number;
  seed: number;
}

/**
 * decide(state, actor, command) → events, or throws DomainError. Pure: same inputs give
 * the same events. The events are applied with apply() and appended to the log.
 */
export function decide(state: SessionState, actor: Actor, command: Command, ctx: DecideContext): SessionEvent[] {
  authorize(state, actor, command);
  switch (command.type) {
    case 'session.configure':
    case 'table.update':
    case 'tables.setCount':
    case 'groups.split':
    case 'participant.move':
    case 'table.setHost':
      return decideSetup(state, command, ctx.seed);
    case 'phase.next':
    case 'clock.pause':
    case 'clock.resume':
    case 'clock.extend':
    case 'clock.end':
    case 'session.close':
      return decideFlow(state, command, ctx.now, ctx.seed);
    case 'note.add':
    case 'note.setImportant':
    case 'theme.create':
    case 'theme.rename':
    case 'theme.merge':
    case 'note.setTheme':
    case 'theme.setCarried':
      return decideNotes(state, actor, command, ctx.now);
    case 'offer.propose':
    case 'offer.decide':
    case 'offer.rename':
    case 'offer.merge':
    case 'os.setCap':
    case 'os.choose':
    case 'osgroup.split':
      return decideMarket(state, actor, command);
    case 'flip.add':
    case 'flip.edit':
    case 'flip.remove':
    case 'flip.removeImage':
    case 'practice.save':
    case 'practice.remove':
    case 'pearl.add':
    case 'pearl.remove':
    case 'pearls.setPoints':
    case 'pearls.spotlight':
      return decideFlipchart(state, actor, command, ctx.now);
    case 'feedback.give':
      return decideFeedback(state, actor, command, ctx.now);
  }
}

/** An uploaded image is attached to a flipchart (internal command of the upload route). */
export function decideAttachImage(state: SessionState, actor: Actor, cmd: AttachImageCommand, now: number): SessionEvent[] {
  if (actor.role === 'system') throw new DomainError('forbidden');
  if (actor.role === 'participant' && !state.participants.some((p) => p.id === actor.participantId)) throw new DomainError('forbidden');
  return decideImage(state, actor, cmd, now);
}

/** A participant joins (over HTTP). Late joiners go to the smallest group. [SPEC G2, J3] */
export function decideJoin(state: SessionState, cmd: JoinCommand, now: number): SessionEvent[] {
  if (state.phase === 'closed') throw new DomainError('session_closed');
  if (state.participants.length >= LIMITS.maxParticipants) throw new DomainError('too_many_participants');
  if (state.participants.some((p) => p.id === cmd.participantId)) throw new DomainError('id_taken');
  const name = cmd.name?.replace(/\s+/g, ' ').trim() || null;
  if (name && [...name].length > LIMITS.nameMax) throw new DomainError('invalid_value', { field: 'name' });
  const group = state.grouped ? smallestGroup(state) : null;
  return [{ type: 'participant.joined', participantId: cmd.participantId, name, lang: cmd.lang, group, joinedAt: now }];
}
