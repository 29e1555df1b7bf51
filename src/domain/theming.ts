import { DomainError } from './errors.ts';
import type { Note, SessionState, Theme } from './types.ts';

export function findNote(state: SessionState, noteId: string): Note {
  const n = state.notes.find((x) => x.id === noteId);
  if (!n) throw new DomainError('not_found', { what: 'note' });
  return n;
}

export function findTheme(state: SessionState, themeId: string): Theme {
  const t = state.themes.find((x) => x.id === themeId);
  if (!t) throw new DomainError('not_found', { what: 'theme' });
  return t;
}

export function cleanName(name: string, max: number): string {
  const v = name.replace(/\s+/g, ' ').trim();
  // characters (code points), as the protocol's schemas count them
  if (!v || [...v].length > max) throw new DomainError('invalid_value', { field: 'name' });
  return v;
}

/** Notes belong to their theme; a theme lists the notes that point at it (in writing order). */
export function notesOfTheme(state: Pick<SessionState, 'notes'>, themeId: string): Note[] {
  return state.notes.filter((n) => n.themeId === themeId);
}

/** Themes shown for a table: its own themes (cross-table merges keep the target's table). */
export function themesOfTable(state: Pick<SessionState, 'themes'>, tableId: string): Theme[] {
  return state.themes.filter((t) => t.tableId === tableId);
}

export function unthemedNotes(state: Pick<SessionState, 'notes'>, tableId: string): Note[] {
  return state.notes.filter((n) => n.tableId === tableId && n.themeId === null);
}
