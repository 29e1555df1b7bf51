import type { Lang, Texts, Question, PrivacyFinding } from './types.ts';

/** Commands a client may send. Validated at the edge by protocol/commands-schema.ts. */
export type Command =
  // facilitator: preparation
  | { type: 'session.configure'; roundMinutes?: number; showNotesOnScreen?: boolean }
  | { type: 'table.update'; tableId: string; title?: Texts; questions?: Question[]; meetingUrl?: string | null }
  | { type: 'tables.setCount'; count: number }
  // facilitator: people
  | { type: 'groups.split' }
  | { type: 'participant.move'; participantId: string; group: number }
  | { type: 'table.setHost'; tableId: string; participantId: string | null }
  // facilitator: phases and clock
  | { type: 'phase.next' }
  | { type: 'clock.pause' }
  | { type: 'clock.resume' }
  | { type: 'clock.extend'; minutes: number }
  | { type: 'clock.end' }
  | { type: 'session.close' }
  // notes and themes
  | { type: 'note.add'; noteId: string; text: string; confirmPrivacy?: boolean }
  | { type: 'note.setImportant'; noteId: string; important: boolean }
  | { type: 'theme.create'; themeId: string; tableId: string; name: string }
  | { type: 'theme.rename'; themeId: string; name: string }
  | { type: 'theme.merge'; sourceId: string; targetId: string }
  | { type: 'note.setTheme'; noteId: string; themeId: string | null }
  | { type: 'theme.setCarried'; themeId: string; carried: boolean };

export type CommandType = Command['type'];

/** Joining is done over HTTP; the service turns it into this internal command. */
export interface JoinCommand {
  type: 'participant.join';
  participantId: string;
  name: string | null;
  lang: Lang;
}

export type { PrivacyFinding };
