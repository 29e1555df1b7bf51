import pg from 'pg';
import type { EventEnvelope, SessionEvent } from '../domain/events.ts';
import type { SessionState } from '../domain/types.ts';
import { migratePg, quoteSchema } from './pg-migrations.ts';
import { pgFollowup } from './pg-followup.ts';
import { pgOrgs } from './pg-orgs.ts';
import { pgAuth } from './pg-auth.ts';
import { pgProgramme } from './pg-programme.ts';
import { pgSurvey } from './pg-survey.ts';
import { pgLibrary } from './pg-library.ts';
import type { AppendResult, EventLog, OrgRole, ProcessRow, SessionRow, Store, UserRow } from './store.ts';

export interface PgStoreOptions {
  /** every table lives in this schema (default: the URL's ?schema=, else public); tests use a fresh one each */
  schema?: string;
  /** connections in the pool (default 10) */
  max?: number;
  /** an idle connection failed (server restart, network); the pool replaces it */
  onError?: (err: Error) => void;
}

/** columns under the names of the row types, so rows need no mapping */
const USER = 'id, email, name, password_hash AS "passwordHash", lang, created_at AS "createdAt", is_admin AS "isAdmin"';
const PROCESS =
  'id, owner_id AS "ownerId", org_id AS "orgId", name, organisation, unit, purpose, lang, created_at AS "createdAt", retention_months AS "retentionMonths", closed_at AS "closedAt", erased_at AS "erasedAt"';
const SESSION =
  'id, process_id AS "processId", kind, join_code AS "joinCode", closed_at AS "closedAt", created_at AS "createdAt", erased_at AS "erasedAt"';

/**
 * BIGINT (times in epoch ms, seqs, counts) as JS numbers for this pool only (not the global
 * pg.types); a value beyond 2^53 would lose precision, so it fails loudly instead.
 */
function bigintAsNumber(): pg.TypeOverrides {
  const t = new pg.TypeOverrides();
  t.setTypeParser(pg.types.builtins.INT8, (v: string) => {
    const n = Number(v);
    if (!Number.isSafeInteger(n)) throw new Error(`BIGINT ${v} does not fit a JS number`);
    return n;
  });
  return t;
}

/**
 * Splits `?schema=name` (as in Prisma's URLs) off a connection string: it picks the schema our
 * tables live in and is not sent to the server. An explicit `schema` wins.
 */
export function pgConnection(url: string, schema?: string): { connectionString: string; schema: string } {
  const u = new URL(url);
  const fromUrl = u.searchParams.get('schema');
  if (fromUrl === null) return { connectionString: url, schema: schema ?? 'public' };
  u.searchParams.delete('schema');
  return { connectionString: u.toString(), schema: schema ?? fromUrl };
}

/** thrown inside a transaction to roll it back and answer `value` */
class Rollback<T> {
  constructor(readonly value: T) {}
}

const isUniqueViolation = (e: unknown, table: string): boolean => e instanceof pg.DatabaseError && e.code === '23505' && e.table === table;

/**
 * PostgreSQL store (same contract as the SQLite one). Seq allocation: in one transaction an
 * upsert on session_heads row-locks the session's head and moves it by the number of events,
 * so writers of one session queue on that row across every node, and the events and the
 * command id go in before COMMIT. See docs/adr/0005-postgres-seq-allocation.md. [SPEC E1, E2, E7]
 */
export async function openPgStore(url: string, opts: PgStoreOptions = {}): Promise<Store> {
  const { connectionString, schema } = pgConnection(url, opts.schema);
  const s = quoteSchema(schema);
  const pool = new pg.Pool({
    connectionString,
    max: opts.max ?? 10,
    types: bigintAsNumber(),
    connectionTimeoutMillis: 10_000,
    keepAlive: true,
    application_name: 'vuoropuhe',
  });
  pool.on('error', (err) => opts.onError?.(err));
  try {
    await migratePg(pool, schema);
  } catch (e) {
    await pool.end();
    throw e;
  }

  async function tx<T>(fn: (c: pg.PoolClient) => Promise<T>): Promise<T> {
    const c = await pool.connect();
    let broken: Error | undefined;
    try {
      // the seq allocation relies on READ COMMITTED: after waiting for the head row lock the
      // upsert sees the head the previous writer committed (a stricter database default would fail it)
      await c.query('BEGIN ISOLATION LEVEL READ COMMITTED');
      const v = await fn(c);
      await c.query('COMMIT');
      return v;
    } catch (e) {
      await c.query('ROLLBACK').catch((re: Error) => {
        broken = re; // the connection is unusable: the pool drops it
      });
      if (e instanceof Rollback) return e.value as T;
      throw e;
    } finally {
      c.release(broken);
    }
  }

  const sql = {
    findCmd: `SELECT seq FROM ${s}.commands WHERE session_id = $1 AND command_id = $2`,
    // locks the head row (inserted on first use) until COMMIT and moves it by $2 events
    take: `INSERT INTO ${s}.session_heads AS h (session_id, head) VALUES ($1, $2)
           ON CONFLICT (session_id) DO UPDATE SET head = h.head + $2 RETURNING head`,
    insEvents: `INSERT INTO ${s}.events (session_id, seq, type, data, at)
           SELECT $1::text, $2::bigint + x.o, x.e->>'type', x.e, $4::bigint FROM jsonb_array_elements($3::jsonb) WITH ORDINALITY AS x(e, o)`,
    insCmd: `INSERT INTO ${s}.commands (session_id, command_id, seq) VALUES ($1, $2, $3)`,
  };

  const findCmd = async (q: pg.Pool | pg.PoolClient, sessionId: string, commandId: string): Promise<number | null> =>
    (await q.query<{ seq: number }>(sql.findCmd, [sessionId, commandId])).rows[0]?.seq ?? null;

  /** the body of an append, inside the caller's transaction */
  async function appendIn(
    c: pg.PoolClient,
    sessionId: string,
    commandId: string | null,
    evs: readonly SessionEvent[],
    at: number,
    expectedHead?: number,
  ): Promise<AppendResult> {
    const last = (await c.query<{ head: number }>(sql.take, [sessionId, evs.length])).rows[0]!.head;
    const head = last - evs.length;
    if (expectedHead !== undefined && expectedHead !== head) {
      // we hold the lock, so a racing writer of the same command id has committed: duplicate first [E7]
      const seen = commandId === null ? null : await findCmd(c, sessionId, commandId);
      throw new Rollback<AppendResult>(seen !== null ? { duplicate: true, seq: seen } : { duplicate: false, conflict: true, head });
    }
    // the command row first: a racing duplicate fails here (23505) before any event is written
    if (commandId !== null) await c.query(sql.insCmd, [sessionId, commandId, last]);
    if (evs.length > 0) await c.query(sql.insEvents, [sessionId, head, JSON.stringify(evs), at]);
    return { duplicate: false, first: head + 1, last };
  }

  const events: EventLog = {
    append: async (sessionId, commandId, evs, at, expectedHead) => {
      if (commandId !== null) {
        const seen = await findCmd(pool, sessionId, commandId); // resends answer without the lock
        if (seen !== null) return { duplicate: true, seq: seen };
      }
      try {
        return await tx((c) => appendIn(c, sessionId, commandId, evs, at, expectedHead));
      } catch (e) {
        // another node inserted the same command id between our check and our insert [E2]
        if (commandId === null || !isUniqueViolation(e, 'commands')) throw e;
        const seq = await findCmd(pool, sessionId, commandId);
        if (seq === null) throw e;
        return { duplicate: true, seq };
      }
    },
    read: async (sessionId, afterSeq, limit = 10_000) =>
      (
        await pool.query<{ seq: number; data: SessionEvent; at: number }>(
          `SELECT seq, data, at FROM ${s}.events WHERE session_id = $1 AND seq > $2 ORDER BY seq LIMIT $3`,
          [sessionId, afterSeq, limit],
        )
      ).rows.map((r) => ({ ...r.data, seq: r.seq, at: r.at }) as EventEnvelope),
    commandSeq: (sessionId, commandId) => findCmd(pool, sessionId, commandId),
    head: async (sessionId) =>
      (await pool.query<{ head: number }>(`SELECT head FROM ${s}.session_heads WHERE session_id = $1`, [sessionId])).rows[0]?.head ?? 0,
    saveSnapshot: async (sessionId, seq, state) => {
      await pool.query(
        `INSERT INTO ${s}.snapshots AS sn (session_id, seq, state) VALUES ($1, $2, $3::jsonb)
         ON CONFLICT (session_id) DO UPDATE SET seq = excluded.seq, state = excluded.state WHERE excluded.seq > sn.seq`,
        [sessionId, seq, JSON.stringify(state)],
      );
    },
    loadSnapshot: async (sessionId) => {
      const r = (
        await pool.query<{ seq: number; state: SessionState }>(`SELECT seq, state FROM ${s}.snapshots WHERE session_id = $1`, [sessionId])
      ).rows[0];
      return r ? { seq: r.seq, state: r.state } : null;
    },
  };

  const one = async <T extends pg.QueryResultRow>(text: string, values: unknown[]): Promise<T | null> =>
    (await pool.query<T>(text, values)).rows[0] ?? null;
  const all = async <T extends pg.QueryResultRow>(text: string, values: unknown[]): Promise<T[]> =>
    (await pool.query<T>(text, values)).rows;
  let closed = false;

  return {
    events,
    ...pgFollowup(pool, s),
    ...pgOrgs(pool, s),
    ...pgAuth(pool, s),
    ...pgProgramme(pool, s),
    ...pgSurvey(pool, s),
    ...pgLibrary(pool, s),
    users: {
      count: async () => (await one<{ n: number }>(`SELECT count(*) AS n FROM ${s}.users`, []))!.n,
      create: async (u) => {
        await pool.query(
          `INSERT INTO ${s}.users (id, email, name, password_hash, lang, created_at, is_admin) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
          [u.id, u.email, u.name, u.passwordHash, u.lang, u.createdAt, u.isAdmin === true],
        );
      },
      byEmail: (email) => one<UserRow>(`SELECT ${USER} FROM ${s}.users WHERE email = $1`, [email]),
      byId: (id) => one<UserRow>(`SELECT ${USER} FROM ${s}.users WHERE id = $1`, [id]),
      setLang: async (id, lang) => {
        await pool.query(`UPDATE ${s}.users SET lang = $1 WHERE id = $2`, [lang, id]);
      },
      setPassword: async (id, hash) => {
        await pool.query(`UPDATE ${s}.users SET password_hash = $1 WHERE id = $2`, [hash, id]);
      },
      setAdmin: async (id, isAdmin) => {
        await pool.query(`UPDATE ${s}.users SET is_admin = $1 WHERE id = $2`, [isAdmin, id]);
      },
    },
    authSessions: {
      create: async (tokenHash, userId, expiresAt) => {
        await pool.query(`INSERT INTO ${s}.auth_sessions (token_hash, user_id, expires_at, created_at) VALUES ($1, $2, $3, $4)`, [
          tokenHash,
          userId,
          expiresAt,
          Date.now(),
        ]);
      },
      find: async (tokenHash, now) =>
        (
          await one<{ user_id: string }>(`SELECT user_id FROM ${s}.auth_sessions WHERE token_hash = $1 AND expires_at > $2`, [
            tokenHash,
            now,
          ])
        )?.user_id ?? null,
      delete: async (tokenHash) => {
        await pool.query(`DELETE FROM ${s}.auth_sessions WHERE token_hash = $1`, [tokenHash]);
      },
      deleteAllFor: async (userId) => {
        await pool.query(`DELETE FROM ${s}.auth_sessions WHERE user_id = $1`, [userId]);
      },
    },
    setupTokens: {
      create: async (tokenHash, expiresAt, invite) => {
        await pool.query(`INSERT INTO ${s}.setup_tokens (token_hash, expires_at, org_id, role) VALUES ($1, $2, $3, $4)`, [
          tokenHash,
          expiresAt,
          invite?.orgId ?? null,
          invite?.role ?? null,
        ]);
      },
      consume: async (tokenHash, now) => {
        const r = await one<{ org_id: string | null; role: OrgRole | null }>(
          `UPDATE ${s}.setup_tokens SET used = TRUE WHERE token_hash = $1 AND NOT used AND expires_at > $2 RETURNING org_id, role`,
          [tokenHash, now],
        );
        return r ? (r.org_id && r.role ? { orgId: r.org_id, role: r.role } : {}) : null;
      },
    },
    processes: {
      create: async (p) => {
        await pool.query(
          `INSERT INTO ${s}.processes (id, owner_id, org_id, name, organisation, unit, purpose, lang, created_at, retention_months, closed_at, erased_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
          [
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
          ],
        );
      },
      listByOwner: (ownerId) =>
        all<ProcessRow>(`SELECT ${PROCESS} FROM ${s}.processes WHERE owner_id = $1 ORDER BY created_at DESC`, [ownerId]),
      listByOrg: (orgId) => all<ProcessRow>(`SELECT ${PROCESS} FROM ${s}.processes WHERE org_id = $1 ORDER BY created_at DESC`, [orgId]),
      byId: (id) => one<ProcessRow>(`SELECT ${PROCESS} FROM ${s}.processes WHERE id = $1`, [id]),
      setClosed: async (id, at) => {
        await pool.query(`UPDATE ${s}.processes SET closed_at = $1 WHERE id = $2`, [at, id]);
      },
      setRetention: async (id, months) => {
        await pool.query(`UPDATE ${s}.processes SET retention_months = $1 WHERE id = $2`, [months, id]);
      },
      setErased: async (id, at) => {
        await pool.query(`UPDATE ${s}.processes SET erased_at = $1 WHERE id = $2`, [at, id]);
      },
      listClosedUnerased: () =>
        all<ProcessRow>(`SELECT ${PROCESS} FROM ${s}.processes WHERE closed_at IS NOT NULL AND erased_at IS NULL ORDER BY closed_at`, []),
    },
    sessions: {
      create: async (ss, first) => {
        await tx(async (c) => {
          await c.query(
            `INSERT INTO ${s}.sessions (id, process_id, kind, join_code, closed_at, created_at) VALUES ($1, $2, $3, $4, $5, $6)`,
            [ss.id, ss.processId, ss.kind, ss.joinCode, ss.closedAt, ss.createdAt],
          );
          await appendIn(c, ss.id, null, [first], ss.createdAt);
        });
      },
      byId: (id) => one<SessionRow>(`SELECT ${SESSION} FROM ${s}.sessions WHERE id = $1`, [id]),
      byProcess: (processId) =>
        all<SessionRow>(`SELECT ${SESSION} FROM ${s}.sessions WHERE process_id = $1 ORDER BY created_at`, [processId]),
      byOpenCode: (code) => one<SessionRow>(`SELECT ${SESSION} FROM ${s}.sessions WHERE join_code = $1 AND closed_at IS NULL`, [code]),
      markClosed: async (id, at) => {
        await pool.query(`UPDATE ${s}.sessions SET closed_at = $1 WHERE id = $2 AND closed_at IS NULL`, [at, id]);
      },
      markErased: async (id, at) => {
        await pool.query(`UPDATE ${s}.sessions SET erased_at = $1 WHERE id = $2`, [at, id]);
      },
    },
    participants: {
      add: async (tokenHash, sessionId, participantId, at) => {
        await pool.query(`INSERT INTO ${s}.participants (token_hash, session_id, participant_id, created_at) VALUES ($1, $2, $3, $4)`, [
          tokenHash,
          sessionId,
          participantId,
          at,
        ]);
      },
      remove: async (tokenHash) => {
        await pool.query(`DELETE FROM ${s}.participants WHERE token_hash = $1`, [tokenHash]);
      },
      byToken: (tokenHash) =>
        one<{ sessionId: string; participantId: string }>(
          `SELECT session_id AS "sessionId", participant_id AS "participantId" FROM ${s}.participants WHERE token_hash = $1`,
          [tokenHash],
        ),
    },
    eraseSessionContent: async (sessionId) => {
      await tx(async (c) => {
        for (const t of ['events', 'commands', 'snapshots', 'session_heads', 'participants']) {
          await c.query(`DELETE FROM ${s}.${t} WHERE session_id = $1`, [sessionId]);
        }
      });
    },
    close: async () => {
      if (closed) return;
      closed = true;
      await pool.end();
    },
  };
}
