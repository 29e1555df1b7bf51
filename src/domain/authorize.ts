import type { Command } from './commands.ts';
import { DomainError } from './errors.ts';
import { locationOf } from './rotation.ts';
import type { Actor, SessionState } from './types.ts';

/** Commands only the facilitator may give. [SPEC A1] */
const FACILITATOR_ONLY: ReadonlySet<Command['type']> = new Set([
  'session.configure',
  'table.update',
  'tables.setCount',
  'groups.split',
  'participant.move',
  'table.setHost',
  'phase.next',
  'clock.pause',
  'clock.resume',
  'clock.extend',
  'clock.end',
  'session.close',
  'theme.setCarried',
  'offer.decide',
  'offer.rename',
  'offer.merge',
  'os.setCap',
  'osgroup.split',
  'pearls.setPoints',
  'pearls.spotlight',
]);

/** Commands that only make sense in one kind of session. [SPEC O0] */
const CAFE_ONLY: ReadonlySet<Command['type']> = new Set([
  'table.update',
  'tables.setCount',
  'groups.split',
  'participant.move',
  'table.setHost',
  'note.add',
  'note.setImportant',
  'theme.create',
  'theme.rename',
  'theme.merge',
  'note.setTheme',
  'theme.setCarried',
]);
const OPEN_SPACE_ONLY: ReadonlySet<Command['type']> = new Set([
  'offer.propose',
  'offer.decide',
  'offer.rename',
  'offer.merge',
  'os.setCap',
  'os.choose',
  'osgroup.split',
  'flip.add',
  'flip.edit',
  'flip.remove',
  'flip.removeImage',
  'practice.save',
  'practice.remove',
  'pearl.add',
  'pearl.remove',
  'pearls.setPoints',
  'pearls.spotlight',
]);

export function isFacilitatorOnly(type: Command['type']): boolean {
  return FACILITATOR_ONLY.has(type);
}

/**
 * The table a participant may write at and theme right now, or a DomainError. [SPEC A2]
 * Writing: in a round (even after the clock ran out, until the next round starts) and in
 * theming. Theming operations: only in the theming phase. Hosts always work at their own table.
 */
export function participantTable(state: SessionState, participantId: string, forTheming: boolean): string {
  const phaseOk = forTheming ? state.phase === 'theming' : state.phase === 'round' || state.phase === 'theming';
  if (!phaseOk) throw new DomainError('wrong_phase');
  const loc = locationOf(state, participantId);
  if (!loc) throw new DomainError('not_at_table');
  return loc.tableId;
}

/**
 * Coarse check before decide: closed sessions are read-only, the system actor only joins,
 * facilitator-only commands need a facilitator and a participant must still be in the session.
 * Table-level checks happen in decide, where the target is known. [SPEC A1, A5]
 */
export function authorize(state: SessionState, actor: Actor, command: Command): void {
  if (state.phase === 'closed') throw new DomainError('session_closed');
  if (actor.role === 'system') throw new DomainError('forbidden');
  if ((state.kind === 'open_space' ? CAFE_ONLY : OPEN_SPACE_ONLY).has(command.type)) throw new DomainError('wrong_kind');
  if (actor.role === 'participant') {
    if (FACILITATOR_ONLY.has(command.type)) throw new DomainError('forbidden');
    if (!state.participants.some((p) => p.id === actor.participantId)) throw new DomainError('forbidden');
  }
}
