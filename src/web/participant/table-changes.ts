import type { SessionState } from '../../domain/types.ts';

/** What other people changed at my table between two states (for the coalesced announcements). */
export interface TableChanges {
  /** notes others wrote at my table */
  newNotes: number;
  /** notes at my table that moved to another theme (or out of one), not by me */
  moves: number;
}

/**
 * Compares two states of the same place. `mine(noteId, themeId)` tells whether a theme change is
 * my own command (that one is announced by the action's own feedback, not here).
 */
export function tableChanges(
  prev: SessionState,
  next: SessionState,
  me: string,
  tableId: string,
  mine: (noteId: string, themeId: string | null) => boolean,
): TableChanges {
  const before = new Map(prev.notes.filter((n) => n.tableId === tableId).map((n) => [n.id, n]));
  let newNotes = 0;
  let moves = 0;
  for (const n of next.notes) {
    if (n.tableId !== tableId) continue;
    const old = before.get(n.id);
    if (!old) {
      if (n.authorId !== me) newNotes++;
    } else if (old.themeId !== n.themeId && !mine(n.id, n.themeId)) moves++;
  }
  return { newNotes, moves };
}
