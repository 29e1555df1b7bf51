import type { EventEnvelope, SessionEvent } from '../domain/events.ts';
import type { Lang, SessionState } from '../domain/types.ts';

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
}

export interface ProcessRow {
  id: string;
  ownerId: string;
  name: string;
  organisation: string;
  unit: string;
  purpose: string;
  lang: Lang;
  createdAt: number;
}

export interface SessionRow {
  id: string;
  processId: string;
  kind: 'learning_cafe' | 'open_space';
  joinCode: string;
  closedAt: number | null;
  createdAt: number;
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
export type DocKind = 'followup' | 'summary';
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
  };
}

export interface Store extends FollowupStore {
  events: EventLog;
  users: {
    count(): Promise<number>;
    create(u: UserRow): Promise<void>;
    byEmail(email: string): Promise<UserRow | null>;
    byId(id: string): Promise<UserRow | null>;
    setLang(id: string, lang: Lang): Promise<void>;
  };
  authSessions: {
    create(tokenHash: string, userId: string, expiresAt: number): Promise<void>;
    /** the user id if the session exists and has not expired */
    find(tokenHash: string, now: number): Promise<string | null>;
    delete(tokenHash: string): Promise<void>;
  };
  setupTokens: {
    create(tokenHash: string, expiresAt: number): Promise<void>;
    /** marks the token used; true if it existed, was unused and unexpired */
    consume(tokenHash: string, now: number): Promise<boolean>;
  };
  processes: {
    create(p: ProcessRow): Promise<void>;
    listByOwner(ownerId: string): Promise<ProcessRow[]>;
    byId(id: string): Promise<ProcessRow | null>;
  };
  sessions: {
    /** inserts the session row and its first event atomically */
    create(s: SessionRow, first: SessionEvent): Promise<void>;
    byId(id: string): Promise<SessionRow | null>;
    byProcess(processId: string): Promise<SessionRow[]>;
    /** an open session with this join code */
    byOpenCode(code: string): Promise<SessionRow | null>;
    markClosed(id: string, at: number): Promise<void>;
  };
  participants: {
    add(tokenHash: string, sessionId: string, participantId: string, at: number): Promise<void>;
    byToken(tokenHash: string): Promise<{ sessionId: string; participantId: string } | null>;
  };
  close(): Promise<void>;
}
