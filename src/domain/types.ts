/**
 * Session state of a Learning Café (HKD session 1). Plain JSON so it can be
 * snapshotted, sent to clients and compared in tests.
 */
export const LANGS = ['fi', 'sv', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export type Texts = Record<Lang, string>;

export const PHASES = ['lobby', 'opening', 'round', 'theming', 'debrief', 'closed'] as const;
export type Phase = (typeof PHASES)[number];

export type Zone = 1 | 2 | 3 | 4;

export interface Question {
  id: string;
  text: Texts;
}

export interface Table {
  id: string;
  /** concern zone 1–4, or null for a table the facilitator added beyond the four zones */
  zone: Zone | null;
  title: Texts;
  questions: Question[];
  hostId: string | null;
  /** optional link to the organisation's own video room for online tables */
  meetingUrl: string | null;
}

export interface Participant {
  id: string;
  /** optional display name; only the facilitator sees it (never the projector or other phones) */
  name: string | null;
  lang: Lang;
  /** null until groups are split */
  group: number | null;
  joinedAt: number;
}

/**
 * The round clock. Running: endsAt set. Paused: pausedRemainingMs set.
 * Ended (time up or ended early): both null and ended = true.
 */
export interface Clock {
  durationMs: number;
  endsAt: number | null;
  pausedRemainingMs: number | null;
  ended: boolean;
}

export interface PrivacyFinding {
  kind: 'hetu' | 'hetu_like' | 'phone' | 'email' | 'address';
  start: number;
  end: number;
}

export interface Note {
  id: string;
  tableId: string;
  /** 0-based round it was written in (theming happens in the last round's places) */
  round: number;
  group: number | null;
  authorId: string;
  text: string;
  themeId: string | null;
  important: boolean;
  createdAt: number;
  /** what the privacy scan found and the writer confirmed anyway */
  flags: PrivacyFinding[];
}

export interface Theme {
  id: string;
  tableId: string;
  name: string;
  carried: boolean;
}

export interface SessionSettings {
  roundMinutes: number;
  showNotesOnScreen: boolean;
}

export interface SessionState {
  sessionId: string;
  processId: string;
  name: string;
  lang: Lang;
  phase: Phase;
  /** 0-based current round; meaningful in phase 'round' (and the last round in 'theming') */
  round: number;
  clock: Clock | null;
  settings: SessionSettings;
  tables: Table[];
  participants: Participant[];
  /** true once the facilitator has split participants into groups */
  grouped: boolean;
  notes: Note[];
  themes: Theme[];
}

export type Actor = { role: 'facilitator'; userId: string } | { role: 'participant'; participantId: string } | { role: 'system' };

export const LIMITS = {
  noteMax: 500,
  nameMax: 40,
  themeNameMax: 80,
  questionMax: 300,
  titleMax: 80,
  questionsPerTable: 8,
  minTables: 2,
  maxTables: 8,
  minRoundMinutes: 15,
  maxRoundMinutes: 30,
  defaultRoundMinutes: 20,
  maxExtendMinutes: 15,
  maxParticipants: 500,
  warningMs: 2 * 60_000,
} as const;
