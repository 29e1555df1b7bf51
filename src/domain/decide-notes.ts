import { participantTable } from './authorize.ts';
import type { Command } from './commands.ts';
import { DomainError } from './errors.ts';
import type { SessionEvent } from './events.ts';
import { scanText } from './privacy-scan.ts';
import { locationOf } from './rotation.ts';
import { cleanName, findNote, findTheme } from './theming.ts';
import { LIMITS, type Actor, type SessionState } from './types.ts';

type NoteCommand = Extract<
  Command,
  { type: 'note.add' | 'note.setImportant' | 'theme.create' | 'theme.rename' | 'theme.merge' | 'note.setTheme' | 'theme.setCarried' }
>;

/**
 * Who may work on a table's themes: a participant at that table in the theming phase,
 * the facilitator in theming or debrief. [SPEC A4]
 */
function requireThemingAt(state: SessionState, actor: Actor, tableId: string): void {
  if (actor.role === 'facilitator') {
    if (state.phase !== 'theming' && state.phase !== 'debrief') throw new DomainError('wrong_phase');
    return;
  }
  if (actor.role !== 'participant') throw new DomainError('forbidden');
  if (participantTable(state, actor.participantId, true) !== tableId) throw new DomainError('not_at_table');
}

function addNote(state: SessionState, actor: Actor, cmd: Extract<NoteCommand, { type: 'note.add' }>, now: number): SessionEvent[] {
  if (actor.role !== 'participant') throw new DomainError('forbidden');
  const tableId = participantTable(state, actor.participantId, false);
  const text = cmd.text.trim();
  if (!text) throw new DomainError('note_empty');
  // counted in characters as people see them (code points), not UTF-16 units
  if ([...text].length > LIMITS.noteMax) throw new DomainError('note_too_long');
  if (state.notes.some((n) => n.id === cmd.noteId)) throw new DomainError('id_taken');
  // Privacy scan on every note: the writer must confirm what was found. [SPEC N3]
  const findings = scanText(text);
  if (findings.length > 0 && !cmd.confirmPrivacy) throw new DomainError('privacy_check', { findings });
  const author = state.participants.find((p) => p.id === actor.participantId)!;
  const note = {
    id: cmd.noteId,
    tableId,
    round: state.round,
    group: locationOf(state, actor.participantId)?.asHost ? null : author.group,
    authorId: author.id,
    text,
    themeId: null,
    important: false,
    createdAt: now,
    flags: findings,
  };
  return [{ type: 'note.added', note }];
}

export function decideNotes(state: SessionState, actor: Actor, cmd: NoteCommand, now: number): SessionEvent[] {
  switch (cmd.type) {
    case 'note.add':
      return addNote(state, actor, cmd, now);
    case 'note.setImportant': {
      const note = findNote(state, cmd.noteId);
      // The host of the note's table marks important notes; so may the facilitator. [SPEC A3]
      if (actor.role === 'participant') {
        const table = state.tables.find((t) => t.id === note.tableId);
        if (table?.hostId !== actor.participantId) throw new DomainError('forbidden');
      }
      return [{ type: 'note.importantSet', noteId: note.id, important: cmd.important }];
    }
    case 'theme.create': {
      if (!state.tables.some((t) => t.id === cmd.tableId)) throw new DomainError('not_found', { what: 'table' });
      requireThemingAt(state, actor, cmd.tableId);
      if (state.themes.some((t) => t.id === cmd.themeId)) throw new DomainError('id_taken');
      return [{ type: 'theme.created', themeId: cmd.themeId, tableId: cmd.tableId, name: cleanName(cmd.name, LIMITS.themeNameMax) }];
    }
    case 'theme.rename': {
      const theme = findTheme(state, cmd.themeId);
      requireThemingAt(state, actor, theme.tableId);
      return [{ type: 'theme.renamed', themeId: theme.id, name: cleanName(cmd.name, LIMITS.themeNameMax) }];
    }
    case 'theme.merge': {
      const source = findTheme(state, cmd.sourceId);
      const target = findTheme(state, cmd.targetId);
      if (source.id === target.id) throw new DomainError('invalid_value', { field: 'targetId' });
      // Only the facilitator merges across tables (in theming or the debrief). [SPEC T4]
      if (source.tableId !== target.tableId && actor.role !== 'facilitator') throw new DomainError('cross_table');
      requireThemingAt(state, actor, source.tableId);
      return [{ type: 'theme.merged', sourceId: source.id, targetId: target.id }];
    }
    case 'note.setTheme': {
      const note = findNote(state, cmd.noteId);
      requireThemingAt(state, actor, note.tableId);
      if (cmd.themeId !== null) {
        const theme = findTheme(state, cmd.themeId);
        if (theme.tableId !== note.tableId && actor.role !== 'facilitator') throw new DomainError('cross_table');
      }
      return [{ type: 'note.themed', noteId: note.id, themeId: cmd.themeId }];
    }
    case 'theme.setCarried': {
      if (state.phase !== 'debrief' && state.phase !== 'theming') throw new DomainError('wrong_phase');
      const theme = findTheme(state, cmd.themeId);
      return [{ type: 'theme.carriedSet', themeId: theme.id, carried: cmd.carried }];
    }
  }
}
