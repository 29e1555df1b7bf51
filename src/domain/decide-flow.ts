import { endClock, extendClock, pauseClock, resumeClock, startClock } from './clock.ts';
import type { Command } from './commands.ts';
import { splitEvent } from './decide-setup.ts';
import { DomainError } from './errors.ts';
import type { SessionEvent } from './events.ts';
import { roundCount } from './rotation.ts';
import { LIMITS, type Clock, type SessionState } from './types.ts';

type FlowCommand = Extract<
  Command,
  { type: 'phase.next' | 'clock.pause' | 'clock.resume' | 'clock.extend' | 'clock.end' | 'session.close' }
>;

function roundMs(state: SessionState): number {
  return state.settings.roundMinutes * 60_000;
}

/**
 * The phase order of session 1: lobby → opening → round 1…T → theming → debrief. [SPEC P1]
 * Starting round 1 splits people into groups first if the facilitator has not. [SPEC G3]
 */
function nextPhase(state: SessionState, now: number, seed: number): SessionEvent[] {
  switch (state.phase) {
    case 'lobby':
      return [{ type: 'phase.changed', phase: 'opening', round: 0, clock: null }];
    case 'opening': {
      const split = state.grouped ? [] : [splitEvent(state, seed)];
      return [...split, { type: 'phase.changed', phase: 'round', round: 0, clock: startClock(roundMs(state), now) }];
    }
    case 'round':
      if (state.round + 1 < roundCount(state)) {
        return [{ type: 'phase.changed', phase: 'round', round: state.round + 1, clock: startClock(roundMs(state), now) }];
      }
      return [{ type: 'phase.changed', phase: 'theming', round: state.round, clock: startClock(roundMs(state), now) }];
    case 'theming':
      return [{ type: 'phase.changed', phase: 'debrief', round: state.round, clock: null }];
    case 'debrief':
      return [{ type: 'phase.changed', phase: 'feedback', round: state.round, clock: null }];
    default:
      throw new DomainError('last_phase');
  }
}

/** Session 2: lobby → opening → marketplace → groups → pearls → followup → feedback. [SPEC O1] */
const OPEN_SPACE_ORDER = ['lobby', 'opening', 'marketplace', 'groups', 'pearls', 'followup', 'feedback'] as const;

function nextOpenSpacePhase(state: SessionState): SessionEvent[] {
  const i = OPEN_SPACE_ORDER.indexOf(state.phase as (typeof OPEN_SPACE_ORDER)[number]);
  const next = i >= 0 ? OPEN_SPACE_ORDER[i + 1] : undefined;
  if (!next) throw new DomainError('last_phase');
  return [{ type: 'phase.changed', phase: next, round: 0, clock: null }];
}

function requireClock(state: SessionState): Clock {
  if (!state.clock) throw new DomainError('no_clock');
  return state.clock;
}

export function decideFlow(state: SessionState, cmd: FlowCommand, now: number, seed: number): SessionEvent[] {
  switch (cmd.type) {
    case 'phase.next':
      return state.kind === 'open_space' ? nextOpenSpacePhase(state) : nextPhase(state, now, seed);
    case 'clock.pause':
      return [{ type: 'clock.changed', clock: pauseClock(requireClock(state), now) }];
    case 'clock.resume':
      return [{ type: 'clock.changed', clock: resumeClock(requireClock(state), now) }];
    case 'clock.extend':
      if (!Number.isInteger(cmd.minutes) || cmd.minutes < 1 || cmd.minutes > LIMITS.maxExtendMinutes) {
        throw new DomainError('invalid_value', { field: 'minutes' });
      }
      return [{ type: 'clock.changed', clock: extendClock(requireClock(state), cmd.minutes * 60_000, now) }];
    case 'clock.end':
      return [{ type: 'clock.changed', clock: endClock(requireClock(state)) }];
    case 'session.close':
      return [{ type: 'session.closed' }];
  }
}
