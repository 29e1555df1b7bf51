import { useCallback, useEffect, useMemo, useRef } from 'preact/hooks';
import { locationOf } from '../../domain/rotation.ts';
import type { SessionState } from '../../domain/types.ts';
import { createCoalescer, type Coalescer } from '../shared/announce-coalesce.ts';
import type { LiveSession } from '../shared/use-session.ts';
import { tableChanges } from './table-changes.ts';
import { t } from './texts.ts';
import type { Announce } from './use-announcer.tsx';

export type BurstKind = 'notes' | 'moves';

function burstText(kind: BurstKind, n: number): string {
  if (kind === 'notes') return t('live.newNotes', { n });
  return t('live.moved', { n });
}

/**
 * The phone's live region without flooding: what the page announces itself (phase changes,
 * clock warnings, the result of my own actions) is said at once; what other people do at my
 * table (new notes, theme moves) is counted and said at most once every 2.5 s.
 */
export function useCoalescedAnnouncer(say: Announce): [Announce, Coalescer<BurstKind>] {
  const c = useMemo(() => createCoalescer<BurstKind>({ say, text: burstText }), [say]);
  useEffect(() => () => c.dispose(), [c]);
  const urgent = useCallback((m: string) => c.urgent(m), [c]);
  return [urgent, c];
}

/** Feeds others' changes at my table (Learning Café rounds and theming) into the coalescer. */
export function useTableBursts(state: SessionState | null, me: string, live: LiveSession, c: Coalescer<BurstKind>): void {
  const prev = useRef<{ state: SessionState; place: string } | null>(null);
  useEffect(() => {
    if (!state) return;
    const loc = state.kind === 'open_space' ? null : locationOf(state, me);
    const place = loc ? `${state.phase}:${state.round}:${loc.tableId}` : '-';
    const before = prev.current;
    prev.current = { state, place };
    if (!before || !loc) return;
    if (before.place !== place) return c.reset();
    const cmds = [...live.commands.values()].map((p) => p.cmd);
    const mine = (noteId: string, themeId: string | null) =>
      cmds.some(
        (x) =>
          (x.type === 'note.setTheme' && x.noteId === noteId && x.themeId === themeId) ||
          (x.type === 'theme.merge' && x.targetId === themeId),
      );
    const ch = tableChanges(before.state, state, me, loc.tableId, mine);
    c.add('notes', ch.newNotes);
    c.add('moves', ch.moves);
  }, [state]);
}
