import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { locationOf } from '../../domain/rotation.ts';
import type { SessionState } from '../../domain/types.ts';
import type { KidsStateName } from './kids-picto.tsx';
import { t, type PKey } from './texts.ts';

/** Child mode of this session (the facilitator's setting), for views deep in the tree. */
export const KidsMode = createContext(false);

export function useKids(): boolean {
  return useContext(KidsMode);
}

/** The child version of a text in child mode, the usual one otherwise. */
export function kt(kids: boolean, key: PKey, kidsKey: PKey, params?: Record<string, string | number>): string {
  return t(kids ? kidsKey : key, params);
}

/**
 * What a pupil does now, for the pictogram: write (a round or theming runs), move (time is up and
 * my group goes to another table), wait (lobby, opening, paused, debrief, no group yet).
 */
export function kidsState(state: SessionState, me: string, clockEnded: boolean): KidsStateName | null {
  if (state.phase === 'closed') return null;
  if (state.phase === 'feedback') return 'write';
  if (state.kind === 'open_space') {
    if (state.phase === 'marketplace') return 'move';
    return state.phase === 'groups' ? 'write' : 'wait';
  }
  if (state.phase !== 'round' && state.phase !== 'theming') return 'wait';
  const loc = locationOf(state, me);
  if (!loc) return 'wait';
  if (state.clock && state.clock.pausedRemainingMs !== null) return 'wait';
  if (clockEnded && state.phase === 'round') return loc.asHost ? 'wait' : 'move';
  return 'write';
}
