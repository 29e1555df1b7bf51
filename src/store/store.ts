import type { EventEnvelope, SessionEvent } from '../domain/events.ts';
import type { Lang, SessionState } from '../domain/types.ts';
import type { LibraryStore, ProgrammeStore, SurveyStore } from './store-programme.ts';

export type * from './store-programme.ts';

/**
 * The store contract. SQLite (default) and PostgreSQL implement it, and one contract suite
 * (test/api/store-contract.ts, with its programme, library and survey parts) runs against each.
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
