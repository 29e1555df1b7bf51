import type { ProgrammeState } from '../domain/programme-lifecycle.ts';
import type { SurveyItem, SurveyPhase, SurveyValue } from '../domain/survey.ts';

/** A wellbeing survey of a process (pre or post), its single-use link tokens and its answers. [SPEC WB1–WB9] */
export interface SurveyRow {
  id: string;
  processId: string;
  phase: SurveyPhase;
  items: SurveyItem[];
  closedAt: number | null;
  createdAt: number;
}

/**
 * Survey answers are stored with no link to the token used, no time and a random id; the token
 * table keeps only hashes and a used flag. [SPEC WB3, WB4]
 */
export interface SurveyStore {
  surveys: {
    create(s: SurveyRow): Promise<void>;
    byId(id: string): Promise<SurveyRow | null>;
    byProcess(processId: string): Promise<SurveyRow[]>;
    /** replaces the items of every survey of the process; false (nothing changed) once any has an answer */
    setItems(processId: string, items: SurveyItem[]): Promise<boolean>;
    close(id: string, at: number): Promise<void>;
    addTokens(surveyId: string, tokenHashes: string[]): Promise<void>;
    tokenCounts(surveyId: string): Promise<{ total: number; used: number }>;
    /** the open survey an unused token belongs to, else null */
    byToken(tokenHash: string): Promise<SurveyRow | null>;
    /**
     * In one transaction: marks the token used and inserts the answer (random id, no token, no
     * time). 'gone' when the token is unknown or used or its survey closed; 'stale' when the
     * survey no longer has `itemCount` items. Concurrent calls with one token: one 'ok'.
     */
    answer(tokenHash: string, answerId: string, values: SurveyValue[], itemCount: number): Promise<'ok' | 'gone' | 'stale'>;
    answerCount(surveyId: string): Promise<number>;
    /** the answers for aggregation only, in no meaningful order */
    answers(surveyId: string): Promise<SurveyValue[][]>;
  };
}

/** A planned session of a dialogue: when, where, and who facilitates it. [SPEC PR1, PR8] */
export interface PlannedSession {
  session: 'session1' | 'session2' | 'followup';
  /** epoch ms, null = not fixed yet */
  startsAt: number | null;
  place: string;
  online: boolean;
  facilitatorIds: string[];
}

/** The commission of a process and its life-cycle state (programme). [SPEC PR1–PR4] */
export interface CommissionRow {
  processId: string;
  categoryId: string | null;
  method: string;
  participantGroups: string[];
  plans: PlannedSession[];
  readiness: 'yes' | 'no' | null;
  readinessOverride: string;
  agreedWith: string;
  /** YYYY-MM-DD or null */
  agreedOn: string | null;
  consentToShare: 'yes' | 'no' | 'later';
  /** how many took part (recorded by the facilitator), null = not recorded */
  participants: number | null;
  state: ProgrammeState;
  updatedAt: number;
  updatedBy: string;
}

export interface TransitionRow {
  processId: string;
  from: ProgrammeState;
  to: ProgrammeState;
  userId: string;
  at: number;
  /** e.g. the readiness override reason */
  note: string;
}

export interface CategoryRow {
  id: string;
  orgId: string;
  name: string;
  archived: boolean;
  createdAt: number;
}

export interface FacilitatorProfileRow {
  orgId: string;
  userId: string;
  languages: string[];
  methods: string[];
  availability: string;
  /** agreed monthly allowance in minutes, null = none */
  allowanceMinutes: number | null;
  updatedAt: number;
}

export interface HoursRow {
  id: string;
  orgId: string;
  processId: string;
  session: PlannedSession['session'];
  userId: string;
  /** when the session was (epoch ms) */
  at: number;
  minutes: number;
  createdAt: number;
  createdBy: string;
}

/** The dialogue programme of organisations: commissions, life cycle, categories, facilitator pool, hours. [SPEC PR] */
export interface ProgrammeStore {
  programme: {
    commission(processId: string): Promise<CommissionRow | null>;
    /** inserts or replaces the commission, keeping its state (use transition to change it) */
    putCommission(c: CommissionRow): Promise<void>;
    /** the commissions of the organisation's processes */
    commissionsOf(orgId: string): Promise<CommissionRow[]>;
    /**
     * Moves the state from t.from to t.to and records t in the history, atomically; false (and
     * nothing written) when the state is no longer t.from (a concurrent transition won).
     */
    transition(t: TransitionRow): Promise<boolean>;
    history(processId: string): Promise<TransitionRow[]>;
    categories(orgId: string): Promise<CategoryRow[]>;
    putCategory(c: CategoryRow): Promise<void>;
    profiles(orgId: string): Promise<FacilitatorProfileRow[]>;
    putProfile(p: FacilitatorProfileRow): Promise<void>;
    addHours(h: HoursRow): Promise<void>;
    /** hours of the organisation with from <= at < to */
    hoursOf(orgId: string, from: number, to: number): Promise<HoursRow[]>;
  };
}

/** Where a published practice is shown: its organisation's library, or also the shared one. [SPEC L2] */
export type LibraryScope = 'org' | 'shared';

/**
 * A published copy of a good-practice record from session 2, with its provenance. It holds no
 * participant's name or id, and it is not erased with the process's raw content. [SPEC L1, L4]
 */
export interface LibraryPracticeRow {
  id: string;
  orgId: string;
  scope: LibraryScope;
  /** the source: process and the practice's id in its session 2 (one publication per practice) */
  processId: string;
  practiceId: string;
  title: string;
  description: string;
  keywords: string[];
  context: string;
  theme: string;
  sector: string;
  /** provenance, copied at publication */
  orgName: string;
  unit: string;
  processName: string;
  /** when session 2 was held (epoch ms) */
  sessionDate: number;
  method: string;
  publishedBy: string;
  publishedAt: number;
}

/**
 * A meetup (Kohtaamo) of an organisation. Its public read-only link's token is stored as a hash
 * (for look-up) and sealed with the installation key (to show it again to the organisation);
 * both null while the link is off. [SPEC L8–L10]
 */
export interface MeetupRow {
  id: string;
  orgId: string;
  title: string;
  /** YYYY-MM-DD or null */
  date: string | null;
  place: string;
  description: string;
  publicTokenHash: string | null;
  publicTokenSealed: string | null;
  createdBy: string;
  createdAt: number;
  updatedAt: number;
}

/** One item of a meetup's running order (position = index). */
export interface MeetupItem {
  practiceId: string;
  note: string;
}

/** The practice library and meetups. Searching is by stored keys (domain/finnish-search.ts). [SPEC L] */
export interface LibraryStore {
  library: {
    /** inserts the copy and its search keys in one transaction */
    publish(p: LibraryPracticeRow, keys: { key: string; weight: number }[]): Promise<void>;
    byId(id: string): Promise<LibraryPracticeRow | null>;
    byProcess(processId: string): Promise<LibraryPracticeRow[]>;
    setScope(id: string, scope: LibraryScope): Promise<void>;
    /** removes the copy, its keys and its meetup items */
    withdraw(id: string): Promise<void>;
    /** records of these organisations (any scope) and, with shared, every shared record; newest first */
    visible(orgIds: string[], shared: boolean): Promise<LibraryPracticeRow[]>;
    /** stored keys equal to or beginning with the prefix */
    keysWithPrefix(prefix: string): Promise<{ recordId: string; key: string; weight: number }[]>;
  };
  meetups: {
    create(m: MeetupRow): Promise<void>;
    update(m: MeetupRow): Promise<void>;
    byId(id: string): Promise<MeetupRow | null>;
    byTokenHash(tokenHash: string): Promise<MeetupRow | null>;
    listByOrg(orgId: string): Promise<MeetupRow[]>;
    /** replaces the running order */
    setItems(meetupId: string, items: MeetupItem[]): Promise<void>;
    items(meetupId: string): Promise<MeetupItem[]>;
    delete(id: string): Promise<void>;
  };
}
