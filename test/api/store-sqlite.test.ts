import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrateSqlite, SQLITE_SCHEMA_VERSION } from '../../src/store/sqlite-migrations.ts';
import { openSqliteStore } from '../../src/store/sqlite-store.ts';
import type { Store } from '../../src/store/store.ts';
import { storeContract } from './store-contract.ts';

const dirs = new Map<Store, string>();

storeContract({
  name: 'SQLite',
  async open() {
    const dir = mkdtempSync(join(tmpdir(), 'vp-store-'));
    const store = openSqliteStore(join(dir, 'test.db'));
    dirs.set(store, dir);
    return store;
  },
  async destroy(store) {
    await store.close();
    rmSync(dirs.get(store)!, { recursive: true, force: true });
  },
});

describe('SQLite specifics', () => {
  it('[E6] migration 3 gives old processes an organisation per name, owners as its facilitators, and the first account admin', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vp-store-'));
    const file = join(dir, 'm.db');
    const db = new Database(file);
    migrateSqlite(db, 2);
    db.exec(`INSERT INTO users (id, email, name, password_hash, lang, created_at) VALUES ('u1', 'a@b.fi', 'Aino', 'h', 'fi', 1), ('u2', 'b@b.fi', 'Bo', 'h', 'sv', 2);
      INSERT INTO processes (id, owner_id, name, organisation, unit, purpose, lang, created_at) VALUES
        ('p1', 'u1', 'A', 'Kaupunki', '', '', 'fi', 5), ('p2', 'u2', 'B', 'Kaupunki', '', '', 'fi', 6), ('p3', 'u2', 'C', 'Alue', '', '', 'fi', 7);`);
    db.close();
    const store = openSqliteStore(file);
    const kaupunki = (await store.orgs.byName('Kaupunki'))!;
    const alue = (await store.orgs.byName('Alue'))!;
    expect((await store.processes.listByOrg(kaupunki.id)).map((p) => p.id)).toEqual(['p2', 'p1']);
    expect((await store.processes.listByOrg(alue.id)).map((p) => p.id)).toEqual(['p3']);
    expect(await store.orgs.rolesOf('u2')).toEqual(
      [
        { orgId: kaupunki.id, role: 'facilitator' },
        { orgId: alue.id, role: 'facilitator' },
      ].sort((a, b) => a.orgId.localeCompare(b.orgId)),
    );
    expect((await store.users.byId('u1'))!.isAdmin).toBe(true);
    expect((await store.users.byId('u2'))!.isAdmin).toBe(false);
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('[D5] the audit log is append-only: UPDATE and DELETE are refused by the schema', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vp-store-'));
    const file = join(dir, 'a.db');
    const store = openSqliteStore(file);
    await store.audit.append({ at: 1, userId: null, action: 'export', target: 'process:p1', detail: {}, ip: null });
    await store.close();
    const db = new Database(file);
    expect(() => db.prepare("UPDATE audit_log SET action = 'x'").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
    expect((db.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n).toBe(1);
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('[E6] opens in WAL mode with synchronous=FULL and migrates from empty to the latest version', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vp-store-'));
    const file = join(dir, 'x.db');
    const store = openSqliteStore(file);
    await store.events.append('s', null, [{ type: 'session.closed' }], 1);
    await store.close();
    const db = new Database(file);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('user_version', { simple: true })).toBe(SQLITE_SCHEMA_VERSION);
    db.close();
    // reopening runs no migration twice and keeps the data
    const again = openSqliteStore(file);
    expect(await again.events.head('s')).toBe(1);
    await again.close();
    rmSync(dir, { recursive: true, force: true });
  });
});

describe('SQLite group commit', () => {
  it('[E8] appends to many sessions in one turn share a transaction; a failing one does not undo the others', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vp-store-'));
    const store = openSqliteStore(join(dir, 'g.db'));
    const ev = { type: 'session.closed' } as const;
    const bad = { type: 'session.closed', loop: {} as Record<string, unknown> };
    bad.loop.self = bad; // JSON.stringify throws inside the batch
    const results = await Promise.allSettled([
      store.events.append('a', 'cmd-a0000001', [ev], 1),
      store.events.append('b', 'cmd-b0000001', [bad as never], 1),
      store.events.append('c', 'cmd-c0000001', [ev, ev], 1),
      store.events.append('a', 'cmd-a0000002', [ev], 1, 1),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'fulfilled']);
    expect(await store.events.head('a')).toBe(2);
    expect(await store.events.head('b')).toBe(0);
    expect(await store.events.commandSeq('b', 'cmd-b0000001')).toBeNull();
    expect(await store.events.head('c')).toBe(2);
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });
});
