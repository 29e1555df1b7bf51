import type { EventEnvelope, SessionEvent } from '../domain/events.ts';
import type { ProgrammeState } from '../domain/programme-lifecycle.ts';
import type { Lang, SessionState } from '../domain/types.ts';
import type { SurveyItem, SurveyPhase, SurveyValue } from '../domain/survey.ts';

/**
 * The store contract. SQLite (default) implements it now; PostgreSQL implements the same
 * interface later, and one contract suite (test/api/store-contract.test.ts) runs against each.
 * Every method is async so that a networked store fits the same shape.
 */
export type AppendResult =
  | { duplicate: false; conflict?: false; first: number; last: number }
  | { duplicate: true; conflict?: false; seq: number }
  /** expectedHead was given and another writer (another node) appended first; nothing written */
  | { duplicate: false; conflict: true; head: number };

export interface EventLog {
  /**
   * Appends events to a session's log in one transaction, allocating gap-free seq numbers
   * (head+1…). If commandId was seen before for this session nothing is written and the seq
   * recorded for it is returned (duplicate: true). An empty events list records the command
   * at the current head. With expectedHead, nothing is written unless the head is still that
   * (optimistic concurrency between nodes); the duplicate check comes first. [SPEC E1, E2, E7]
   */
  append(
    sessionId: string,
    commandId: string | null,
    events: readonly SessionEvent[],
    at: number,
    expectedHead?: number,
  ): Promise<AppendResult>;
  /** Events with seq > afterSeq in order, at most limit. */
  read(sessionId: string, afterSeq: number, limit?: number): Promise<EventEnvelope[]>;
  /** The seq recorded for a command id already applied in this session, or null. */
  commandSeq(sessionId: string, commandId: string): Promise<number | null>;
  head(sessionId: string): Promise<number>;
  saveSnapshot(sessionId: string, seq: number, state: SessionState): Promise<void>;
  loadSnapshot(sessionId: string): Promise<{ seq: number; state: SessionState } | null>;
}

export interface UserRow {
  id: string;
  email: string;
  name: string;
  passwordHash: string;
  lang: Lang;
  createdAt: number;
  /** installation admin: manages organisations (not their content) */
  isAdmin: boolean;
}

/** Roles within an organisation; a user may hold several, in several organisations. */
export const ORG_ROLES = ['org_admin', 'coordinator', 'facilitator', 'commissioner'] as const;
export type OrgRole = (typeof ORG_ROLES)[number];

export interface OrgRow {
  id: string;
  name: string;
  /** two-factor sign-in required of facilitators and above */
  require2fa: boolean;
  /** raw notes, flipcharts and images are erased this long after a process closes */
  retentionMonths: number;
  createdAt: number;
}

export interface ProcessRow {
  id: string;
  ownerId: string;
  orgId: string;
  name: string;
  organisation: string;
  unit: string;
  purpose: string;
  lang: Lang;
  createdAt: number;
  /** per-process override of the organisation's retention */
  retentionMonths: number | null;
  closedAt: number | null;
  erasedAt: number | null;
}

export interface SessionRow {
  id: string;
  processId: string;
  kind: 'learning_cafe' | 'open_space';
  joinCode: string;
  closedAt: number | null;
  createdAt: number;
  erasedAt?: number | null;
}

/** A user's part in a process besides its owner (the facilitator who created it). */
export type MemberRole = 'commissioner';

export interface ActionRow {
  id: string;
  processId: string;
  title: string;
  owner: string;
  /** YYYY-MM-DD or null */
  due: string | null;
  status: 'open' | 'in_progress' | 'done' | 'dropped';
  theme: string;
  practiceId: string | null;
  createdAt: number;
  updatedAt: number;
}

/** Process-level documents kept as JSON: the follow-up agreement and the commissioner's summary. */
export type DocKind = 'followup' | 'summary' | 'aggregates';
export interface DocRow {
  data: string;
  updatedAt: number;
  updatedBy: string;
}

export interface AuditEntry {
  at: number;
  userId: string | null;
  /** e.g. 'export', 'commissioner.set', 'summary.save' */
  action: string;
  /** what it was done to, e.g. 'process:<id>' */
  target: string;
  detail: Record<string, unknown>;
  ip: string | null;
}

/** Process-level records of the follow-up, and the append-only audit log. */
export interface FollowupStore {
  members: {
    /** sets (or with userId null removes) the holder of a role in a process */
    set(processId: string, role: MemberRole, userId: string | null, at: number): Promise<void>;
    list(processId: string): Promise<{ userId: string; role: MemberRole }[]>;
    processIdsOf(userId: string): Promise<{ processId: string; role: MemberRole }[]>;
  };
  docs: {
    get(processId: string, kind: DocKind): Promise<DocRow | null>;
    put(processId: string, kind: DocKind, row: DocRow): Promise<void>;
  };
  actions: {
    create(a: ActionRow): Promise<void>;
    update(a: ActionRow): Promise<void>;
    byId(id: string): Promise<ActionRow | null>;
    list(processId: string): Promise<ActionRow[]>;
  };
  audit: {
    /** append-only: the schema refuses UPDATE and DELETE on the table */
    append(e: AuditEntry): Promise<void>;
    list(target: string, limit?: number): Promise<(AuditEntry & { id: number })[]>;
    /** entries for any of the targets, newest first */
    listMany(targets: string[], limit?: number): Promise<(AuditEntry & { id: number })[]>;
  };
}

/**
 * Sign-in security: TOTP two-factor, recovery codes, one-time user tokens (password reset,
 * second sign-in step) and sign-in throttling. Implemented per backend in *-auth.ts.
 */
export interface AuthStore {
  mfa: {
    /** the user's TOTP secret (as stored, encrypted) and when 2FA was turned on (null = pending/off) */
    get(userId: string): Promise<{ secret: string | null; enabledAt: number | null }>;
    set(userId: string, secret: string | null, enabledAt: number | null): Promise<void>;
    /** replaces all recovery codes of the user (hashes) */
    setRecoveryCodes(userId: string, hashes: string[]): Promise<void>;
    /** marks a recovery code used; true if it existed and was unused */
    useRecoveryCode(userId: string, hash: string, at: number): Promise<boolean>;
    unusedRecoveryCodes(userId: string): Promise<number>;
  };
  userTokens: {
    create(tokenHash: string, userId: string, purpose: string, expiresAt: number): Promise<void>;
    /** uses the token once; the user id if it existed for this purpose, was unused and unexpired */
    consume(tokenHash: string, purpose: string, now: number): Promise<string | null>;
    /** marks every unused token of the user for this purpose as used (e.g. other reset links after a reset) */
    useAllFor(userId: string, purpose: string): Promise<void>;
  };
  throttle: {
    get(key: string): Promise<{ failures: number; lockedUntil: number; updatedAt: number } | null>;
    set(key: string, failures: number, lockedUntil: number, at: number): Promise<void>;
    clear(key: string): Promise<void>;
  };
}

/** Organisations and their members. [SPEC S5] */
export interface OrgStore {
  orgs: {
    create(o: OrgRow): Promise<void>;
    update(o: OrgRow): Promise<void>;
    byId(id: string): Promise<OrgRow | null>;
    byName(name: string): Promise<OrgRow | null>;
    list(): Promise<OrgRow[]>;
    addMember(orgId: string, userId: string, role: OrgRole, at: number): Promise<void>;
    removeMember(orgId: string, userId: string, role: OrgRole): Promise<void>;
    members(orgId: string): Promise<{ userId: string; role: OrgRole }[]>;
    rolesOf(userId: string): Promise<{ orgId: string; role: OrgRole }[]>;
  };
}

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

export interface Store extends FollowupStore, AuthStore, OrgStore, SurveyStore, ProgrammeStore, LibraryStore {
  events: EventLog;
  users: {
    count(): Promise<number>;
    create(u: UserRow): Promise<void>;
    byEmail(email: string): Promise<UserRow | null>;
    byId(id: string): Promise<UserRow | null>;
    setLang(id: string, lang: Lang): Promise<void>;
    setPassword(id: string, passwordHash: string): Promise<void>;
    setAdmin(id: string, isAdmin: boolean): Promise<void>;
  };
  authSessions: {
    create(tokenHash: string, userId: string, expiresAt: number): Promise<void>;
    /** the user id if the session exists and has not expired */
    find(tokenHash: string, now: number): Promise<string | null>;
    delete(tokenHash: string): Promise<void>;
    /** signs the user out everywhere (password change, "log out everywhere") */
    deleteAllFor(userId: string): Promise<void>;
  };
  setupTokens: {
    /** an invitation: with orgId/role the new account joins that organisation in that role */
    create(tokenHash: string, expiresAt: number, invite?: { orgId: string; role: OrgRole }): Promise<void>;
    /** marks the token used; its invitation (or {} for a plain setup token) if it was valid, else null */
    consume(tokenHash: string, now: number): Promise<{ orgId?: string; role?: OrgRole } | null>;
  };
  processes: {
    create(p: ProcessRow): Promise<void>;
    listByOwner(ownerId: string): Promise<ProcessRow[]>;
    listByOrg(orgId: string): Promise<ProcessRow[]>;
    byId(id: string): Promise<ProcessRow | null>;
    setClosed(id: string, at: number | null): Promise<void>;
    setRetention(id: string, months: number | null): Promise<void>;
    setErased(id: string, at: number): Promise<void>;
    /** closed, not yet erased processes (the retention job checks each one's deadline) */
    listClosedUnerased(): Promise<ProcessRow[]>;
  };
  sessions: {
    /** inserts the session row and its first event atomically */
    create(s: SessionRow, first: SessionEvent): Promise<void>;
    byId(id: string): Promise<SessionRow | null>;
    byProcess(processId: string): Promise<SessionRow[]>;
    /** an open session with this join code */
    byOpenCode(code: string): Promise<SessionRow | null>;
    markClosed(id: string, at: number): Promise<void>;
    /** raw content of the session was erased (retention or by an organisation admin) */
    markErased(id: string, at: number): Promise<void>;
  };
  participants: {
    add(tokenHash: string, sessionId: string, participantId: string, at: number): Promise<void>;
    byToken(tokenHash: string): Promise<{ sessionId: string; participantId: string } | null>;
    /** forgets a token whose join was refused */
    remove(tokenHash: string): Promise<void>;
  };
  /** erases a session's event log, commands, snapshot and participant tokens (retention) */
  eraseSessionContent(sessionId: string): Promise<void>;
  close(): Promise<void>;
}
