import { locationOf, nextTableForGroup } from '../../domain/rotation.ts';
import type { SessionState } from '../../domain/types.ts';

export type KidsStateName = 'write' | 'wait' | 'move';

/**
 * What a pupil does now, for the pictogram: write (a round or theming runs), move (time is up and
 * my group goes to another table), wait (lobby, opening, paused, time up without a move, debrief,
 * no group yet). Open Space: the marketplace is moving (choosing a group), group work and pearls
 * are writing (pearls without a group: moving), the opening and follow-up are waiting.
 */
export function kidsState(state: SessionState, me: string, clockEnded: boolean): KidsStateName | null {
  if (state.phase === 'closed') return null;
  if (state.phase === 'feedback') return 'write';
  if (state.kind === 'open_space') {
    if (state.phase === 'marketplace') return 'move';
    if (state.phase === 'pearls') return state.os?.members[me] ? 'write' : 'move';
    return state.phase === 'groups' ? 'write' : 'wait';
  }
  if (state.phase !== 'round' && state.phase !== 'theming') return 'wait';
  const loc = locationOf(state, me);
  if (!loc) return 'wait';
  if (state.clock && state.clock.pausedRemainingMs !== null) return 'wait';
  if (!clockEnded) return 'write';
  // time is up: my group moves on, unless I host this table or theming follows in the same places
  const group = state.participants.find((p) => p.id === me)?.group ?? null;
  return !loc.asHost && group !== null && nextTableForGroup(state, group) !== null ? 'move' : 'wait';
}
