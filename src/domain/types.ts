/**
 * Session state of a Learning Café (HKD session 1). Plain JSON so it can be
 * snapshotted, sent to clients and compared in tests.
 */
/**
 * Content languages: the language of processes, questions and table titles, users, reports and
 * the facilitator's UI. Everything a facilitator writes exists in these only.
 */
export const LANGS = ['fi', 'sv', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export type Texts = Record<Lang, string>;

/**
 * UI languages of the participant's phone and the projector: the content languages and Arabic
 * (right to left) and Somali. Content on such a page stays in a content language, marked with
 * its own `lang` (docs/adr/0007-ui-languages-and-content-languages.md).
 */
export const PARTICIPANT_LANGS = ['fi', 'sv', 'en', 'ar', 'so'] as const;
export type ParticipantLang = (typeof PARTICIPANT_LANGS)[number];

/** Session 1 is a Learning Café on the concern zones; session 2 an Open Space on its themes. */
export const SESSION_KINDS = ['learning_cafe', 'open_space'] as const;
export type SessionKind = (typeof SESSION_KINDS)[number];

/**
 * Phases of both kinds. Learning Café: lobby → opening → round… → theming → debrief →
 * feedback → closed. Open Space: lobby → opening → marketplace → groups → pearls → followup →
 * feedback → closed. [SPEC P1, O1]
 */
export const PHASES = [
  'lobby',
  'opening',
  'round',
  'theming',
  'debrief',
  'marketplace',
  'groups',
  'pearls',
  'followup',
  'feedback',
  'closed',
] as const;
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
  /** participants' display names in reports; off unless the facilitator turns it on [privacy.md 2] */
  namesInReports?: boolean;
  /** child-friendly phones (pupils 7–15): bigger text, pictograms, simpler words; off when absent */
  childMode?: boolean;
  /** the projector's second language for its fixed texts; none when absent or null */
  screenSecondLang?: Lang | null;
}

/** A theme on offer in the Open Space marketplace. */
export interface Offer {
  id: string;
  /** empty for the joker theme until the facilitator names it (clients show "Joker theme") */
  name: string;
  origin: 'carried' | 'joker' | 'proposed';
  /** proposed: waiting for the facilitator; open: on offer; declined / merged: not on offer */
  status: 'proposed' | 'open' | 'declined' | 'merged';
  mergedInto: string | null;
  /** the session 1 theme it was carried from */
  sourceThemeId: string | null;
  flags: PrivacyFinding[];
}

/** One working group of a theme; a popular theme has several (split). */
export interface OsGroup {
  id: string;
  offerId: string;
  /** 1-based number within its theme */
  n: number;
}

export type FlipItemKind = 'key' | 'keyword' | 'text';

/** One line on a group's flipchart: a key theme, a good-practice keyword or free text. */
export interface FlipItem {
  id: string;
  groupId: string;
  kind: FlipItemKind;
  text: string;
  flags: PrivacyFinding[];
  createdAt: number;
}

/** A photo of a paper flipchart or a drawing; the bytes live in the blob store. */
export interface FlipImage {
  id: string;
  groupId: string;
  kind: 'photo' | 'drawing';
  alt: string;
  contentType: 'image/jpeg' | 'image/png';
  width: number;
  height: number;
  createdAt: number;
}

/** A good-practice record written from a flipchart. */
export interface Practice {
  id: string;
  groupId: string;
  offerId: string;
  title: string;
  description: string;
  keywords: string[];
  context: string;
  flags: PrivacyFinding[];
  createdAt: number;
  updatedAt: number;
}

/** A highlight a group shares in the joint debrief (1–3 per group). */
export interface Pearl {
  id: string;
  groupId: string;
  text: string;
  flags: PrivacyFinding[];
  createdAt: number;
}

export interface OpenSpace {
  offers: Offer[];
  groups: OsGroup[];
  /** participant id → group id (where they are now; what they wrote stays where it was written) */
  members: Record<string, string>;
  /** most people per group; choosing a full theme opens a new group of it */
  cap: number | null;
  items: FlipItem[];
  images: FlipImage[];
  practices: Practice[];
  pearls: Pearl[];
  /** group id → main points the facilitator or scribe recorded in the debrief */
  mainPoints: Record<string, string>;
  /** the group whose pearls the projector shows now */
  spotlight: string | null;
}

/** One anonymous feedback answer: four 1–5 statements (null = skipped) and an open answer. */
export interface FeedbackAnswer {
  /** kept only so that one person answers once; never shown or exported */
  participantId: string;
  scores: (number | null)[];
  open: string;
  flags: PrivacyFinding[];
  createdAt: number;
}

export interface SessionState {
  sessionId: string;
  processId: string;
  kind: SessionKind;
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
  /** Open Space state; null in a Learning Café */
  os: OpenSpace | null;
  feedback: FeedbackAnswer[];
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
  offerNameMax: 100,
  maxOffers: 40,
  minCap: 2,
  maxCap: 100,
  flipItemMax: 300,
  flipItemsPerGroup: 200,
  imagesPerGroup: 12,
  altMax: 200,
  practiceTitleMax: 120,
  practiceTextMax: 2000,
  practiceKeywords: 12,
  keywordMax: 40,
  practicesPerGroup: 10,
  pearlMax: 300,
  pearlsPerGroup: 3,
  mainPointsMax: 2000,
  feedbackStatements: 4,
  feedbackOpenMax: 1000,
} as const;
