import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { SessionEvent } from '../../src/domain/events.ts';
import { ConfigError, loadConfig } from '../../src/server/config.ts';
import { PG_SCHEMA_VERSION, migratePg, pgSchemaVersion } from '../../src/store/pg-migrations.ts';
import { openPgStore } from '../../src/store/pg-store.ts';
import type { Store } from '../../src/store/store.ts';
import { cid, command, connect, createProcess, facilitator, join, startServer } from '../support/test-server.ts';
import { storeContract } from './store-contract.ts';

/** The PostgreSQL on this machine (trust auth); every test works in a fresh schema it drops. */
const DB_URL = process.env.TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';
const admin = new pg.Pool({ connectionString: DB_URL, max: 4 });
const freshSchema = (): string => `vp_test_${randomBytes(6).toString('hex')}`;
const dropSchema = async (schema: string): Promise<void> => {
  await admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
};
const withSchema = (schema: string): string => {
  const u = new URL(DB_URL);
  u.searchParams.set('schema', schema);
  return u.toString();
};

/** what every test opened, closed and dropped after it */
const opened: { pools: pg.Pool[]; stores: Store[]; schemas: string[] } = { pools: [], stores: [], schemas: [] };
const newSchema = (): string => {
  const s = freshSchema();
  opened.schemas.push(s);
  return s;
};
const newPool = (max = 4): pg.Pool => {
  const p = new pg.Pool({ connectionString: DB_URL, max });
  opened.pools.push(p);
  return p;
};
const newStore = async (schema: string): Promise<Store> => {
  const st = await openPgStore(DB_URL, { schema });
  opened.stores.push(st);
  return st;
};
afterEach(async () => {
  await Promise.all(opened.stores.splice(0).map((st) => st.close()));
  await Promise.all(opened.pools.splice(0).map((p) => p.end()));
  for (const s of opened.schemas.splice(0)) await dropSchema(s);
});
afterAll(async () => {
  await admin.end();
});

const schemaOf = new Map<Store, string>();
storeContract({
  name: 'PostgreSQL',
  async open() {
    const schema = freshSchema();
    const store = await openPgStore(DB_URL, { schema });
    schemaOf.set(store, schema);
    return store;
  },
  async destroy(store) {
    await store.close();
    await dropSchema(schemaOf.get(store)!);
  },
});

/** an event that names who wrote it, so the log shows each command's events stayed together */
const tagged = (tag: string): SessionEvent => ({ type: 'participant.moved', participantId: tag, group: 0 });

describe('PostgreSQL migrations', () => {
  const TABLES =
    'actions audit_log auth_sessions commands commission_history commissions events facilitator_hours facilitator_profiles login_throttle org_members organisations participants process_docs process_members processes programme_categories recovery_codes schema_migrations session_heads sessions setup_tokens snapshots user_tokens users';

  it('[E6] migrates an empty schema to the latest version, records each version, and runs nothing twice', async () => {
    const schema = newSchema();
    const pool = newPool();
    expect(await pgSchemaVersion(pool, schema)).toBe(0);
    expect(await migratePg(pool, schema)).toBe(PG_SCHEMA_VERSION);
    const tables = await pool.query<{ t: string }>(
      'SELECT table_name AS t FROM information_schema.tables WHERE table_schema = $1 ORDER BY 1',
      [schema],
    );
    // later migrations add tables of their own (e.g. surveys); the ones listed must all be there
    expect(tables.rows.map((r) => r.t)).toEqual(
      expect.arrayContaining([...TABLES.split(' '), 'surveys', 'survey_tokens', 'survey_answers']),
    );
    const versions = await pool.query<{ version: number; applied_at: Date }>(
      `SELECT version, applied_at FROM "${schema}".schema_migrations ORDER BY version`,
    );
    expect(versions.rows.map((r) => r.version)).toEqual(Array.from({ length: PG_SCHEMA_VERSION }, (_, i) => i + 1));
    expect(versions.rows.every((r) => r.applied_at instanceof Date)).toBe(true);
    expect(await migratePg(pool, schema)).toBe(0);
    expect(await pgSchemaVersion(pool, schema)).toBe(PG_SCHEMA_VERSION);
  });

  it('[E6] migrates from the previous version and keeps the data', async () => {
    const schema = newSchema();
    const pool = newPool();
    // version 2: migration 3 (organisations, admin) then runs over this data, and every later one
    const previous = 2;
    expect(await migratePg(pool, schema, previous)).toBe(previous);
    await pool.query(
      `INSERT INTO "${schema}".users (id, email, name, password_hash, lang, created_at) VALUES ('u1', 'a@b.fi', 'Aino', 'h', 'fi', 1700000000000)`,
    );
    await pool.query(
      `INSERT INTO "${schema}".processes (id, owner_id, name, organisation, unit, purpose, lang, created_at) VALUES ('p1', 'u1', 'Dialogi', 'Kaupunki', '', '', 'fi', 7)`,
    );
    await pool.query(`INSERT INTO "${schema}".session_heads (session_id, head) VALUES ('s1', 1)`);
    await pool.query(
      `INSERT INTO "${schema}".events (session_id, seq, type, data, at) VALUES ('s1', 1, 'session.closed', '{"type":"session.closed"}', 5)`,
    );
    await pool.query(`INSERT INTO "${schema}".commands (session_id, command_id, seq) VALUES ('s1', 'cmd-old00001', 1)`);

    const store = await newStore(schema); // opening migrates to the latest version
    expect(await pgSchemaVersion(pool, schema)).toBe(PG_SCHEMA_VERSION);
    // migration 3: the first account becomes the installation admin; each organisation name of the
    // old processes becomes an organisation, with the owners as its facilitators
    const aino = { id: 'u1', email: 'a@b.fi', name: 'Aino', passwordHash: 'h', lang: 'fi', createdAt: 1700000000000, isAdmin: true };
    expect(await store.users.byEmail('a@b.fi')).toEqual(aino);
    const org = await store.orgs.byName('Kaupunki');
    expect(org).toMatchObject({ require2fa: false, retentionMonths: 12 });
    expect(await store.processes.byId('p1')).toMatchObject({ orgId: org!.id, closedAt: null, erasedAt: null });
    expect(await store.orgs.rolesOf('u1')).toEqual([{ orgId: org!.id, role: 'facilitator' }]);
    expect(await store.events.read('s1', 0)).toEqual([{ type: 'session.closed', seq: 1, at: 5 }]);
    expect(await store.events.append('s1', 'cmd-old00001', [tagged('x')], 6)).toEqual({ duplicate: true, seq: 1 });
    expect(await store.events.append('s1', 'cmd-new00001', [tagged('x')], 6)).toEqual({ duplicate: false, first: 2, last: 2 });
  });

  it('[E6] several nodes starting at once migrate once (advisory lock)', async () => {
    const schema = newSchema();
    const pools = [newPool(1), newPool(1), newPool(1), newPool(1)];
    const applied = await Promise.all(pools.map((p) => migratePg(p, schema)));
    expect(applied.reduce((a, b) => a + b, 0)).toBe(PG_SCHEMA_VERSION);
    expect(await pgSchemaVersion(pools[0]!, schema)).toBe(PG_SCHEMA_VERSION);
  });

  it('refuses a schema name that is not a plain identifier', async () => {
    await expect(openPgStore(DB_URL, { schema: 'x"; DROP TABLE users; --' })).rejects.toThrow(/schema name/);
  });
});

describe('PostgreSQL: two nodes on one database', () => {
  it('[E1] 10 writers on each of two nodes append to one session: seq 1..M, no gap, no duplicate, commands kept together', async () => {
    const schema = newSchema();
    const nodes = [await newStore(schema), await newStore(schema)];
    const perWriter = 8;
    const sizes = (w: number, i: number): number => 1 + ((w + i) % 3); // 1–3 events per command
    const results = new Map<string, { first: number; last: number }>();
    let total = 0;
    await Promise.all(
      nodes.flatMap((node, n) =>
        Array.from({ length: 10 }, async (_, w) => {
          for (let i = 0; i < perWriter; i++) {
            const id = `n${n}-w${w}-c${i}`.padEnd(10, 'x');
            const evs = Array.from({ length: sizes(w, i) }, (_, e) => tagged(`${id}/${e}`));
            total += evs.length;
            const r = await node.events.append('s1', id, evs, Date.now());
            if (r.duplicate || r.conflict) throw new Error(`unexpected ${JSON.stringify(r)}`);
            results.set(id, { first: r.first, last: r.last });
          }
        }),
      ),
    );
    const log = await nodes[0]!.events.read('s1', 0);
    expect(log.map((e) => e.seq)).toEqual(Array.from({ length: total }, (_, i) => i + 1));
    expect(await nodes[1]!.events.head('s1')).toBe(total);
    for (const [id, { first, last }] of results) {
      const own = log.slice(first - 1, last).map((e) => (e as { participantId?: string }).participantId);
      expect(own).toEqual(Array.from({ length: last - first + 1 }, (_, e) => `${id}/${e}`));
      expect(await nodes[1]!.events.commandSeq('s1', id)).toBe(last);
    }
  });

  it('[E7] optimistic writers on two nodes retry on conflict and nothing is lost', async () => {
    const schema = newSchema();
    const nodes = [await newStore(schema), await newStore(schema)];
    let conflicts = 0;
    await Promise.all(
      nodes.flatMap((node, n) =>
        Array.from({ length: 5 }, async (_, w) => {
          for (let i = 0; i < 6; i++) {
            const id = `opt-n${n}-w${w}-${i}`;
            for (;;) {
              const r = await node.events.append('s1', id, [tagged(id)], 1, await node.events.head('s1'));
              if (!r.conflict) break;
              conflicts++;
            }
          }
        }),
      ),
    );
    const log = await nodes[1]!.events.read('s1', 0);
    expect(log.map((e) => e.seq)).toEqual(Array.from({ length: 60 }, (_, i) => i + 1));
    expect(new Set(log.map((e) => (e as { participantId?: string }).participantId)).size).toBe(60);
    expect(conflicts).toBeGreaterThan(0); // the race was real
  });

  it('[E2] the same command ids sent at once from both nodes are applied once', async () => {
    const schema = newSchema();
    const nodes = [await newStore(schema), await newStore(schema)];
    const ids = Array.from({ length: 25 }, (_, i) => `dup-cmd-${String(i).padStart(3, '0')}`);
    const answers = await Promise.all(
      ids.flatMap((id) => [0, 1, 0, 1].map((n) => nodes[n]!.events.append('s1', id, [tagged(id), tagged(id)], 1))),
    );
    for (const [k, id] of ids.entries()) {
      const mine = answers.slice(k * 4, k * 4 + 4);
      const applied = mine.filter((r) => !r.duplicate);
      expect(applied, id).toHaveLength(1);
      const last = (applied[0] as { last: number }).last;
      for (const r of mine.filter((x) => x.duplicate)) expect(r).toEqual({ duplicate: true, seq: last });
    }
    expect(await nodes[0]!.events.head('s1')).toBe(50);
    expect((await nodes[0]!.events.read('s1', 0)).map((e) => e.seq)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
  });

  it.each([
    ['without expectedHead', undefined],
    ['with the same expectedHead', 0],
  ])('[E2] a duplicate that raced past the check (%s) answers the stored seq and writes nothing', async (_name, expected) => {
    const schema = newSchema();
    const nodes = [await newStore(schema), await newStore(schema)];
    // hold the session's head row so both appends pass the duplicate check and then queue on the lock
    const holder = await admin.connect();
    try {
      await holder.query('BEGIN');
      await holder.query(`INSERT INTO "${schema}".session_heads (session_id, head) VALUES ('s1', 0)`);
      const both = nodes.map((node) => node.events.append('s1', 'cmd-race0001', [tagged('race')], 1, expected));
      for (let waited = 0; ; waited += 20) {
        const w = await admin.query<{ n: number }>(
          "SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE $1",
          [`%"${schema}".session_heads%`],
        );
        if (w.rows[0]!.n === 2) break;
        if (waited > 5000) throw new Error('the appends never queued on the lock');
        await new Promise((r) => setTimeout(r, 20));
      }
      await holder.query('COMMIT');
      const answers = await Promise.all(both);
      expect(answers).toEqual(
        expect.arrayContaining([
          { duplicate: false, first: 1, last: 1 },
          { duplicate: true, seq: 1 },
        ]),
      );
    } finally {
      holder.release();
    }
    expect(await nodes[0]!.events.read('s1', 0)).toHaveLength(1);
    expect(await nodes[1]!.events.head('s1')).toBe(1);
  });
});

describe('PostgreSQL specifics', () => {
  it('[D5] the audit log is append-only: UPDATE, DELETE and TRUNCATE are refused by the schema', async () => {
    const schema = newSchema();
    const store = await newStore(schema);
    await store.audit.append({ at: 1, userId: null, action: 'export', target: 'process:p1', detail: { f: 'pdf' }, ip: null });
    await expect(admin.query(`UPDATE "${schema}".audit_log SET action = 'x'`)).rejects.toThrow(/append-only/);
    await expect(admin.query(`DELETE FROM "${schema}".audit_log`)).rejects.toThrow(/append-only/);
    await expect(admin.query(`TRUNCATE "${schema}".audit_log`)).rejects.toThrow(/append-only/);
    expect((await store.audit.list('process:p1')).map((e) => e.detail)).toEqual([{ f: 'pdf' }]);
  });

  it('[E4] times and seqs come back as JS numbers (BIGINT), event data as it went in (JSONB)', async () => {
    const store = await newStore(newSchema());
    const at = 4_102_444_800_000; // 2100-01-01: far beyond 32 bits
    const theme: SessionEvent = { type: 'theme.created', themeId: 'th-1', tableId: 't1', name: 'Ääkköset, "lainaus", \\ ja 🙂 — عربى' };
    await store.events.append('s1', null, [theme], at);
    const [e] = await store.events.read('s1', 0);
    expect(e).toEqual({ ...theme, seq: 1, at });
    expect(typeof e!.seq).toBe('number');
    expect(typeof (await store.users.count())).toBe('number');
  });

  it('[E1] an append the database refuses writes nothing, and the next one continues gap-free', async () => {
    const store = await newStore(newSchema());
    await store.events.append('s1', null, [tagged('a')], 1);
    // JSONB cannot hold U+0000; the whole transaction is rolled back
    await expect(store.events.append('s1', 'cmd-nul00001', [tagged('b'), tagged('nul\u0000')], 1)).rejects.toThrow();
    expect(await store.events.head('s1')).toBe(1);
    expect(await store.events.commandSeq('s1', 'cmd-nul00001')).toBeNull();
    expect(await store.events.append('s1', 'cmd-nul00001', [tagged('c')], 1)).toEqual({ duplicate: false, first: 2, last: 2 });
  });

  it('[K2] DATABASE_URL must be a postgres:// URL; a bad one stops the start without echoing it', () => {
    expect(loadConfig({}).databaseUrl).toBeNull();
    expect(loadConfig({ DATABASE_URL: 'postgresql://u:p@db/x' }).databaseUrl).toBe('postgresql://u:p@db/x');
    expect(() => loadConfig({ DATABASE_URL: 'mysql://u:secret@db/x' })).toThrow(ConfigError);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://u:secret@db/x' })).toThrow(/DATABASE_URL/);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://u:secret@db/x' })).not.toThrow(/secret/);
  });

  it('[E3] the server on DATABASE_URL: accounts, processes, joins and notes survive a restart', async () => {
    const schema = newSchema();
    const env = { DATABASE_URL: withSchema(schema) };
    const s = await startServer({ env, snapshotEvery: 5 });
    let cookie: string, sid: string, code: string, token: string, before: Awaited<ReturnType<typeof s.app.deps.engine.load>>;
    try {
      cookie = await facilitator(s);
      const proc = await createProcess(s, cookie, { tableCount: 2 });
      sid = proc.sessions[0]!.id;
      code = proc.sessions[0]!.joinCode;
      const f = await connect(s, { sessionId: sid, as: 'facilitator', cookie });
      token = (await join(s, code, 'Aino')).token;
      await command(f, { type: 'phase.next' });
      await command(f, { type: 'phase.next' });
      const pa = await connect(s, { sessionId: sid, as: 'participant', token });
      for (let i = 0; i < 8; i++)
        expect((await command(pa, { type: 'note.add', noteId: cid('n'), text: `muistiinpano ${i}` })).t).toBe('ack');
      before = await s.app.deps.engine.load(sid);
      expect((await s.app.deps.store.events.loadSnapshot(sid))?.seq).toBeGreaterThan(0);
      pa.close();
      f.close();
    } finally {
      await s.stop();
    }

    const s2 = await startServer({ env });
    try {
      expect(await s2.app.deps.engine.load(sid)).toEqual(before);
      expect(await s2.app.deps.engine.rebuild(sid)).toEqual(before);
      expect(before!.state.notes).toHaveLength(8);
      expect((await s2.app.deps.store.sessions.byOpenCode(code))?.id).toBe(sid);
      // the facilitator's cookie and the participant's token still work after the restart
      for (const who of [
        { as: 'facilitator' as const, cookie },
        { as: 'participant' as const, token },
      ]) {
        const p = await connect(s2, { sessionId: sid, ...who });
        expect(p.frames.find((f) => f.t === 'welcome' || f.t === 'err')?.t).toBe('welcome');
        p.close();
      }
    } finally {
      await s2.stop();
    }
  });
});
