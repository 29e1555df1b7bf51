import type { SessionState } from '../../domain/types.ts';
import { nextOf, workingGroups } from './os-model.ts';
import { groupLabel } from './os-names.ts';
import { t } from './t.ts';
import type { Run } from './use-commands.ts';

/**
 * Pearls phase shortcuts: S puts the next group on the projector (groups with pearls first in
 * order, wrapping), A shows all groups again. Elsewhere they do nothing.
 */
export function useSpotlightKeys(state: SessionState | null, run: Run): { next(): void; all(): void } {
  const os = state?.kind === 'open_space' && state.phase === 'pearls' ? state.os : null;
  return {
    next() {
      if (!os) return;
      const groups = workingGroups(os).map((g) => g.id);
      const withPearls = groups.filter((g) => os.pearls.some((p) => p.groupId === g));
      const gid = nextOf(withPearls.length > 0 ? withPearls : groups, os.spotlight);
      if (gid) run({ type: 'pearls.spotlight', groupId: gid }, t('f.os.ok.spotlight', { group: groupLabel(os, gid) }));
    },
    all() {
      if (!os || os.spotlight === null) return;
      run({ type: 'pearls.spotlight', groupId: null }, t('f.os.ok.spotlightAll'));
    },
  };
}
