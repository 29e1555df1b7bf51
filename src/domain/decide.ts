import { authorize } from './authorize.ts';
import type { Command, JoinCommand } from './commands.ts';
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
  }
}

/** A participant joins (over HTTP). Late joiners go to the smallest group. [SPEC G2, J3] */
export function decideJoin(state: SessionState, cmd: JoinCommand, now: number): SessionEvent[] {
  if (state.phase === 'closed') throw new DomainError('session_closed');
  if (state.participants.length >= LIMITS.maxParticipants) throw new DomainError('too_many_participants');
  if (state.participants.some((p) => p.id === cmd.participantId)) throw new DomainError('id_taken');
  const name = cmd.name?.replace(/\s+/g, ' ').trim() || null;
  if (name && name.length > LIMITS.nameMax) throw new DomainError('invalid_value', { field: 'name' });
  const group = state.grouped ? smallestGroup(state) : null;
  return [{ type: 'participant.joined', participantId: cmd.participantId, name, lang: cmd.lang, group, joinedAt: now }];
}
