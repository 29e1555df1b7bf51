import type { SessionEvent } from './events.ts';
import { applyOpenSpace, openSpaceFrom } from './apply-open-space.ts';
import type { SessionState, Table } from './types.ts';

/** The state of a session before its first event. */
export function emptyState(sessionId: string): SessionState {
  return {
    sessionId,
    processId: '',
    kind: 'learning_cafe',
    name: '',
    lang: 'fi',
    phase: 'lobby',
    round: 0,
    clock: null,
    settings: { roundMinutes: 20, showNotesOnScreen: true },
    tables: [],
    participants: [],
    grouped: false,
    notes: [],
    themes: [],
    os: null,
    feedback: [],
  };
}

function withGroups(state: SessionState, groups: Record<string, number | null>): SessionState['participants'] {
  return state.participants.map((p) => (p.id in groups ? { ...p, group: groups[p.id] ?? null } : p));
}

function mapTable(state: SessionState, id: string, f: (t: Table) => Table): Table[] {
  return state.tables.map((t) => (t.id === id ? f(t) : t));
}

/**
 * apply(state, event) → new state. Pure and total: it never throws, so replaying a log always
 * succeeds; decide() has already checked every rule. Returns a new object (no mutation), so a
 * client can keep old states for rendering.
 */
export function apply(state: SessionState, e: SessionEvent): SessionState {
  switch (e.type) {
    case 'session.created':
      return {
        ...state,
        sessionId: e.sessionId,
        processId: e.processId,
        name: e.name,
        lang: e.lang,
        settings: e.settings,
        tables: e.tables,
        kind: e.kind ?? 'learning_cafe',
        os: e.kind === 'open_space' ? openSpaceFrom(e.offers ?? []) : null,
      };
    case 'session.configured':
      return { ...state, settings: e.settings };
    case 'table.updated':
      return {
        ...state,
        tables: mapTable(state, e.tableId, (t) => ({ ...t, title: e.title, questions: e.questions, meetingUrl: e.meetingUrl })),
      };
    case 'tables.countSet':
      return { ...state, tables: e.tables, participants: withGroups(state, e.groups) };
    case 'participant.joined':
      return {
        ...state,
        participants: [...state.participants, { id: e.participantId, name: e.name, lang: e.lang, group: e.group, joinedAt: e.joinedAt }],
      };
    case 'groups.split':
      return { ...state, grouped: true, participants: withGroups(state, e.groups) };
    case 'participant.moved':
      return { ...state, participants: withGroups(state, { [e.participantId]: e.group }) };
    case 'table.hostSet':
      return {
        ...state,
        tables: state.tables.map((t) => {
          if (t.id === e.tableId) return { ...t, hostId: e.participantId };
          // one person hosts one table at most
          return e.participantId !== null && t.hostId === e.participantId ? { ...t, hostId: null } : t;
        }),
      };
    case 'phase.changed':
      return { ...state, phase: e.phase, round: e.round, clock: e.clock };
    case 'clock.changed':
      return { ...state, clock: e.clock };
    case 'note.added':
      return { ...state, notes: [...state.notes, e.note] };
    case 'note.importantSet':
      return { ...state, notes: state.notes.map((n) => (n.id === e.noteId ? { ...n, important: e.important } : n)) };
    case 'theme.created':
      return { ...state, themes: [...state.themes, { id: e.themeId, tableId: e.tableId, name: e.name, carried: false }] };
    case 'theme.renamed':
      return { ...state, themes: state.themes.map((t) => (t.id === e.themeId ? { ...t, name: e.name } : t)) };
    case 'theme.merged': {
      const source = state.themes.find((t) => t.id === e.sourceId);
      return {
        ...state,
        themes: state.themes
          .filter((t) => t.id !== e.sourceId)
          .map((t) => (t.id === e.targetId && source?.carried ? { ...t, carried: true } : t)),
        notes: state.notes.map((n) => (n.themeId === e.sourceId ? { ...n, themeId: e.targetId } : n)),
      };
    }
    case 'note.themed':
      return { ...state, notes: state.notes.map((n) => (n.id === e.noteId ? { ...n, themeId: e.themeId } : n)) };
    case 'theme.carriedSet':
      return { ...state, themes: state.themes.map((t) => (t.id === e.themeId ? { ...t, carried: e.carried } : t)) };
    case 'session.closed':
      return { ...state, phase: 'closed', clock: null };
    case 'feedback.given':
      return { ...state, feedback: [...state.feedback, e.answer] };
    default:
      return applyOpenSpace(state, e);
  }
}

export function applyAll(state: SessionState, events: readonly SessionEvent[]): SessionState {
  return events.reduce(apply, state);
}
