import type { Clock, Lang, Note, Phase, Question, SessionSettings, Table, Texts } from './types.ts';

/** Facts in a session's append-only log. Past tense; never changed once written. */
export type SessionEvent =
  | {
      type: 'session.created';
      sessionId: string;
      processId: string;
      name: string;
      lang: Lang;
      settings: SessionSettings;
      tables: Table[];
    }
  | { type: 'session.configured'; settings: SessionSettings }
  | { type: 'table.updated'; tableId: string; title: Texts; questions: Question[]; meetingUrl: string | null }
  | { type: 'tables.countSet'; tables: Table[]; groups: Record<string, number | null> }
  | { type: 'participant.joined'; participantId: string; name: string | null; lang: Lang; group: number | null; joinedAt: number }
  | { type: 'groups.split'; groups: Record<string, number | null> }
  | { type: 'participant.moved'; participantId: string; group: number }
  | { type: 'table.hostSet'; tableId: string; participantId: string | null }
  | { type: 'phase.changed'; phase: Phase; round: number; clock: Clock | null }
  | { type: 'clock.changed'; clock: Clock }
  | { type: 'note.added'; note: Note }
  | { type: 'note.importantSet'; noteId: string; important: boolean }
  | { type: 'theme.created'; themeId: string; tableId: string; name: string }
  | { type: 'theme.renamed'; themeId: string; name: string }
  | { type: 'theme.merged'; sourceId: string; targetId: string }
  | { type: 'note.themed'; noteId: string; themeId: string | null }
  | { type: 'theme.carriedSet'; themeId: string; carried: boolean }
  | { type: 'session.closed' };

export type SessionEventType = SessionEvent['type'];

/** An event as stored and sent: with its gap-free per-session sequence number and server time. */
export type EventEnvelope = SessionEvent & { seq: number; at: number };
