import Database from 'better-sqlite3';
import type { EventEnvelope, SessionEvent } from '../domain/events.ts';
import type { Lang, SessionState } from '../domain/types.ts';
import { GroupCommit } from './sqlite-group-commit.ts';
import { sqliteFollowup } from './sqlite-followup.ts';
import { sqliteOrgs } from './sqlite-orgs.ts';
import { sqliteAuth } from './sqlite-auth.ts';
import { sqliteProgramme } from './sqlite-programme.ts';
import { sqliteSurvey } from './sqlite-survey.ts';
import { sqliteLibrary } from './sqlite-library.ts';
import { migrateSqlite } from './sqlite-migrations.ts';
import type { AppendResult, EventLog, OrgRole, ProcessRow, SessionRow, Store, UserRow } from './store.ts';

interface UserDb {
  id: string;
  email: string;
  name: string;
  password_hash: string;
  lang: Lang;
  created_at: number;
  is_admin: number;
}
interface ProcessDb {
  id: string;
  owner_id: string;
  org_id: string;
  retention_months: number | null;
  closed_at: number | null;
  erased_at: number | null;
  name: string;
  organisation: string;
  unit: string;
  purpose: string;
  lang: Lang;
  created_at: number;
}
interface SessionDb {
  id: string;
  process_id: string;
  kind: SessionRow['kind'];
  join_code: string;
  closed_at: number | null;
  created_at: number;
  erased_at: number | null;
}

const toUser = (r: UserDb): UserRow => ({
  id: r.id,
  email: r.email,
  name: r.name,
  passwordHash: r.password_hash,
  lang: r.lang,
  createdAt: r.created_at,
  isAdmin: r.is_admin === 1,
});
const toProcess = (r: ProcessDb): ProcessRow => ({
  id: r.id,
  ownerId: r.owner_id,
  orgId: r.org_id,
  retentionMonths: r.retention_months,
  closedAt: r.closed_at,
  erasedAt: r.erased_at,
  name: r.name,
  organisation: r.organisation,
  unit: r.unit,
  purpose: r.purpose,
  lang: r.lang,
  createdAt: r.created_at,
});
const toSession = (r: SessionDb): SessionRow => ({
  id: r.id,
  processId: r.process_id,
  kind: r.kind,
  joinCode: r.join_code,
  closedAt: r.closed_at,
  createdAt: r.created_at,
  erasedAt: r.erased_at,
});

/**
 * Embedded SQLite store: WAL journal with synchronous=FULL, so an acknowledged append has
 * reached the disk. Seq numbers come from session_heads inside the same transaction as the
 * insert; SQLite's single writer makes that gap-free. [SPEC E1]
 */
export function openSqliteStore(file: string): Store {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  migrateSqlite(db);

  const q = {
    head: db.prepare<[string], { head: number }>('SELECT head FROM session_heads WHERE session_id = ?'),
    setHead: db.prepare(
      'INSERT INTO session_heads (session_id, head) VALUES (?, ?) ON CONFLICT(session_id) DO UPDATE SET head = excluded.head',
    ),
    findCmd: db.prepare<[string, string], { seq: number }>('SELECT seq FROM commands WHERE session_id = ? AND command_id = ?'),
    insCmd: db.prepare('INSERT INTO commands (session_id, command_id, seq) VALUES (?, ?, ?)'),
    insEvent: db.prepare('INSERT INTO events (session_id, seq, type, data, at) VALUES (?, ?, ?, ?, ?)'),
    read: db.prepare<[string, number, number], { seq: number; data: string; at: number }>(
      'SELECT seq, data, at FROM events WHERE session_id = ? AND seq > ? ORDER BY seq LIMIT ?',
    ),
    saveSnap: db.prepare(
      'INSERT INTO snapshots (session_id, seq, state) VALUES (?, ?, ?) ON CONFLICT(session_id) DO UPDATE SET seq = excluded.seq, state = excluded.state WHERE excluded.seq > snapshots.seq',
    ),
    loadSnap: db.prepare<[string], { seq: number; state: string }>('SELECT seq, state FROM snapshots WHERE session_id = ?'),
  };

  const appendTx = db.transaction(
    (sessionId: string, commandId: string | null, events: readonly SessionEvent[], at: number, expectedHead?: number): AppendResult => {
      if (commandId !== null) {
        const seen = q.findCmd.get(sessionId, commandId);
        if (seen) return { duplicate: true, seq: seen.seq };
      }
      const head = q.head.get(sessionId)?.head ?? 0;
      if (expectedHead !== undefined && expectedHead !== head) return { duplicate: false, conflict: true, head };
      let seq = head;
      for (const e of events) {
        seq++;
        q.insEvent.run(sessionId, seq, e.type, JSON.stringify(e), at);
      }
      if (seq !== head) q.setHead.run(sessionId, seq);
      if (commandId !== null) q.insCmd.run(sessionId, commandId, seq);
      return { duplicate: false, first: head + 1, last: seq };
    },
  );

  const groupCommit = new GroupCommit(db, appendTx);

  const events: EventLog = {
    append: (sessionId, commandId, evs, at, expectedHead) => groupCommit.append([sessionId, commandId, evs, at, expectedHead]),
    read: async (sessionId, afterSeq, limit = 10_000) =>
      q.read
        .all(sessionId, afterSeq, limit)
        .map((r) => ({ ...(JSON.parse(r.data) as SessionEvent), seq: r.seq, at: r.at }) as EventEnvelope),
    commandSeq: async (sessionId, commandId) => q.findCmd.get(sessionId, commandId)?.seq ?? null,
    head: async (sessionId) => q.head.get(sessionId)?.head ?? 0,
    saveSnapshot: async (sessionId, seq, state) => {
      q.saveSnap.run(sessionId, seq, JSON.stringify(state));
    },
    loadSnapshot: async (sessionId) => {
      const r = q.loadSnap.get(sessionId);
      return r ? { seq: r.seq, state: JSON.parse(r.state) as SessionState } : null;
    },
  };

  const createSessionTx = db.transaction((s: SessionRow, first: SessionEvent) => {
    db.prepare('INSERT INTO sessions (id, process_id, kind, join_code, closed_at, created_at) VALUES (?, ?, ?, ?, ?, ?)').run(
      s.id,
      s.processId,
      s.kind,
      s.joinCode,
      s.closedAt,
      s.createdAt,
    );
    appendTx(s.id, null, [first], s.createdAt);
  });

  const eraseTx = db.transaction((sessionId: string) => {
    for (const t of ['events', 'commands', 'snapshots', 'session_heads', 'participants']) {
      db.prepare(`DELETE FROM ${t} WHERE session_id = ?`).run(sessionId);
    }
  });

  return {
    events,
    ...sqliteFollowup(db),
    ...sqliteOrgs(db),
    ...sqliteAuth(db),
    ...sqliteProgramme(db),
    ...sqliteSurvey(db),
    ...sqliteLibrary(db),
    users: {
      count: async () => (db.prepare('SELECT count(*) AS n FROM users').get() as { n: number }).n,
      create: async (u) => {
        db.prepare('INSERT INTO users (id, email, name, password_hash, lang, created_at, is_admin) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
          u.id,
          u.email,
          u.name,
          u.passwordHash,
          u.lang,
          u.createdAt,
          u.isAdmin ? 1 : 0,
        );
      },
      byEmail: async (email) => {
        const r = db.prepare<[string], UserDb>('SELECT * FROM users WHERE email = ?').get(email);
        return r ? toUser(r) : null;
      },
      byId: async (id) => {
        const r = db.prepare<[string], UserDb>('SELECT * FROM users WHERE id = ?').get(id);
        return r ? toUser(r) : null;
      },
      setLang: async (id, lang) => {
        db.prepare('UPDATE users SET lang = ? WHERE id = ?').run(lang, id);
      },
      setPassword: async (id, hash) => {
        db.prepare('UPDATE users SET password_hash = ? WHERE id = ?').run(hash, id);
      },
      setAdmin: async (id, isAdmin) => {
        db.prepare('UPDATE users SET is_admin = ? WHERE id = ?').run(isAdmin ? 1 : 0, id);
      },
    },
    authSessions: {
      create: async (tokenHash, userId, expiresAt) => {
        db.prepare('INSERT INTO auth_sessions (token_hash, user_id, expires_at, created_at) VALUES (?, ?, ?, ?)').run(
          tokenHash,
          userId,
          expiresAt,
          Date.now(),
        );
      },
      find: async (tokenHash, now) => {
        const r = db
          .prepare<[string, number], { user_id: string }>('SELECT user_id FROM auth_sessions WHERE token_hash = ? AND expires_at > ?')
          .get(tokenHash, now);
        return r?.user_id ?? null;
      },
      delete: async (tokenHash) => {
        db.prepare('DELETE FROM auth_sessions WHERE token_hash = ?').run(tokenHash);
      },
      deleteAllFor: async (userId) => {
        db.prepare('DELETE FROM auth_sessions WHERE user_id = ?').run(userId);
      },
    },
    setupTokens: {
      create: async (tokenHash, expiresAt, invite) => {
        db.prepare('INSERT INTO setup_tokens (token_hash, expires_at, org_id, role) VALUES (?, ?, ?, ?)').run(
          tokenHash,
          expiresAt,
          invite?.orgId ?? null,
          invite?.role ?? null,
        );
      },
      consume: async (tokenHash, now) => {
        const r = db
          .prepare<[string, number], { org_id: string | null; role: OrgRole | null }>(
            'UPDATE setup_tokens SET used = 1 WHERE token_hash = ? AND used = 0 AND expires_at > ? RETURNING org_id, role',
          )
          .get(tokenHash, now);
        return r ? (r.org_id && r.role ? { orgId: r.org_id, role: r.role } : {}) : null;
      },
    },
    processes: {
      create: async (p) => {
        db.prepare(
          `INSERT INTO processes (id, owner_id, org_id, name, organisation, unit, purpose, lang, created_at, retention_months, closed_at, erased_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        ).run(
          p.id,
          p.ownerId,
          p.orgId,
          p.name,
          p.organisation,
          p.unit,
          p.purpose,
          p.lang,
          p.createdAt,
          p.retentionMonths,
          p.closedAt,
          p.erasedAt,
        );
      },
      listByOwner: async (ownerId) =>
        db.prepare<[string], ProcessDb>('SELECT * FROM processes WHERE owner_id = ? ORDER BY created_at DESC').all(ownerId).map(toProcess),
      listByOrg: async (orgId) =>
        db.prepare<[string], ProcessDb>('SELECT * FROM processes WHERE org_id = ? ORDER BY created_at DESC').all(orgId).map(toProcess),
      setClosed: async (id, at) => {
        db.prepare('UPDATE processes SET closed_at = ? WHERE id = ?').run(at, id);
      },
      setRetention: async (id, months) => {
        db.prepare('UPDATE processes SET retention_months = ? WHERE id = ?').run(months, id);
      },
      setErased: async (id, at) => {
        db.prepare('UPDATE processes SET erased_at = ? WHERE id = ?').run(at, id);
      },
      listClosedUnerased: async () =>
        db
          .prepare<[], ProcessDb>('SELECT * FROM processes WHERE closed_at IS NOT NULL AND erased_at IS NULL ORDER BY closed_at')
          .all()
          .map(toProcess),
      byId: async (id) => {
        const r = db.prepare<[string], ProcessDb>('SELECT * FROM processes WHERE id = ?').get(id);
        return r ? toProcess(r) : null;
      },
    },
    sessions: {
      create: async (s, first) => {
        createSessionTx.immediate(s, first);
      },
      byId: async (id) => {
        const r = db.prepare<[string], SessionDb>('SELECT * FROM sessions WHERE id = ?').get(id);
        return r ? toSession(r) : null;
      },
      byProcess: async (processId) =>
        db.prepare<[string], SessionDb>('SELECT * FROM sessions WHERE process_id = ? ORDER BY created_at').all(processId).map(toSession),
      byOpenCode: async (code) => {
        const r = db.prepare<[string], SessionDb>('SELECT * FROM sessions WHERE join_code = ? AND closed_at IS NULL').get(code);
        return r ? toSession(r) : null;
      },
      markClosed: async (id, at) => {
        db.prepare('UPDATE sessions SET closed_at = ? WHERE id = ? AND closed_at IS NULL').run(at, id);
      },
      markErased: async (id, at) => {
        db.prepare('UPDATE sessions SET erased_at = ? WHERE id = ?').run(at, id);
      },
    },
    participants: {
      add: async (tokenHash, sessionId, participantId, at) => {
        db.prepare('INSERT INTO participants (token_hash, session_id, participant_id, created_at) VALUES (?, ?, ?, ?)').run(
          tokenHash,
          sessionId,
          participantId,
          at,
        );
      },
      remove: async (tokenHash) => {
        db.prepare('DELETE FROM participants WHERE token_hash = ?').run(tokenHash);
      },
      byToken: async (tokenHash) => {
        const r = db
          .prepare<[string], { session_id: string; participant_id: string }>(
            'SELECT session_id, participant_id FROM participants WHERE token_hash = ?',
          )
          .get(tokenHash);
        return r ? { sessionId: r.session_id, participantId: r.participant_id } : null;
      },
    },
    eraseSessionContent: async (sessionId) => {
      eraseTx(sessionId);
    },
    close: async () => {
      db.close();
    },
  };
}
