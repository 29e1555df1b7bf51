import Database from 'better-sqlite3';
import { join as join_ } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/domain/types.ts';
import type { ProcessSummary } from '../../src/protocol/http-schema.ts';
import { JOIN_ALPHABET } from '../../src/services/crypto-util.ts';
import { command, connect, createProcess, facilitator, http, join, startServer, type TestServer } from '../support/test-server.ts';

let s: TestServer;
let cookie: string;
let proc: ProcessSummary;
beforeAll(async () => {
  s = await startServer();
  cookie = await facilitator(s);
  proc = await createProcess(s, cookie, { unit: 'Perhekeskus', purpose: 'Hyvät käytännöt huolen puheeksi ottamisessa' });
});
afterAll(() => s.stop());

describe('processes from the HKD template', () => {
  it('[S2] a new process gets session 1 with four concern-zone tables and a join code', async () => {
    expect(proc.sessions).toHaveLength(1);
    const code = proc.sessions[0]!.joinCode;
    expect(code).toHaveLength(8);
    for (const ch of code) expect(JOIN_ALPHABET).toContain(ch);
    const loaded = await s.app.deps.engine.load(proc.sessions[0]!.id);
    expect(loaded!.state.tables.map((t) => t.zone)).toEqual([1, 2, 3, 4]);
    expect(loaded!.state.settings.roundMinutes).toBe(20);
    for (const t of loaded!.state.tables) {
      expect(t.questions.length).toBeGreaterThanOrEqual(3);
      for (const q of t.questions) expect(q.text.fi && q.text.sv && q.text.en).toBeTruthy();
    }
  });

  it('[S1] processes and sessions are visible only to their owner', async () => {
    const other = await facilitator(s, 'toinen@example.fi');
    expect((await http<unknown[]>(s, 'GET', '/api/processes', undefined, { cookie: other })).body).toEqual([]);
    expect((await http(s, 'GET', `/api/processes/${proc.id}`, undefined, { cookie: other })).status).toBe(404);
    expect((await http(s, 'GET', `/api/sessions/${proc.sessions[0]!.id}`, undefined, { cookie: other })).status).toBe(404);
    expect((await http(s, 'GET', `/api/sessions/${proc.sessions[0]!.id}/qr.svg`, undefined, { cookie: other })).status).toBe(404);
    expect((await http(s, 'GET', `/api/processes`)).status).toBe(401);
  });

  it('[S2] the session answer has a join URL; the QR is an SVG', async () => {
    const r = await http<{ joinUrl: string }>(s, 'GET', `/api/sessions/${proc.sessions[0]!.id}`, undefined, { cookie });
    expect(r.body.joinUrl).toBe(`${s.base}/fi/join/${proc.sessions[0]!.joinCode}`);
    const qr = await fetch(`${s.base}/api/sessions/${proc.sessions[0]!.id}/qr.svg`, { headers: { cookie } });
    expect(qr.headers.get('content-type')).toBe('image/svg+xml');
    expect(await qr.text()).toMatch(/^<svg/);
  });

  it.each([
    [{ name: '', organisation: 'X' }, 'name'],
    [{ name: 'X', organisation: 'X', tableCount: 9 }, 'tableCount'],
    [{ name: 'X', organisation: 'X', roundMinutes: 14 }, 'roundMinutes'],
    [{ name: 'X', organisation: 'X', lang: 'de' }, 'lang'],
  ])('[S3] invalid process %j is refused naming %s', async (body, field) => {
    const r = await http<{ field: string }>(s, 'POST', '/api/processes', body, { cookie });
    expect(r.status).toBe(400);
    expect(r.body.field).toBe(field);
  });
});

describe('joining with a code', () => {
  it('[J1] joins with the code in any case and with a dash or spaces', async () => {
    const code = proc.sessions[0]!.joinCode;
    const a = await join(s, `${code.slice(0, 4).toLowerCase()}-${code.slice(4)}`);
    const b = await join(s, ` ${code.slice(0, 4)} ${code.slice(4)} `, 'Maija');
    expect(a.sessionId).toBe(proc.sessions[0]!.id);
    expect(a.token).not.toBe(b.token);
    const state = (await s.app.deps.engine.load(a.sessionId))!.state;
    expect(state.participants.map((p) => p.name)).toEqual([null, 'Maija']);
  });

  it('[J2] a wrong code and a closed session get the same answer', async () => {
    const closedProc = await createProcess(s, cookie, { name: 'Suljettava' });
    const sid = closedProc.sessions[0]!.id;
    const f = await connect(s, { sessionId: sid, as: 'facilitator', cookie });
    expect((await command(f, { type: 'session.close' })).t).toBe('ack');
    f.close();
    await new Promise((r) => setTimeout(r, 50));
    const closed = await http(s, 'POST', '/api/join', { code: closedProc.sessions[0]!.joinCode, lang: 'fi' });
    const wrong = await http(s, 'POST', '/api/join', { code: 'AAAAAAAA', lang: 'fi' });
    expect(closed.status).toBe(404);
    expect(wrong.status).toBe(404);
    expect(closed.body).toEqual(wrong.body);
    expect((wrong.body as { error: string }).error).toBe('join_failed');
  });

  it.each([
    [{ code: 'ACDEFGHJ' }, 'lang'],
    [{ code: 'x'.repeat(40), lang: 'fi' }, 'code'],
    [{ code: 'ACDEFGHJ', lang: 'fi', name: 'n'.repeat(100) }, 'name'],
    [{ code: 'ACDEFGHJ', lang: 'fi', extra: 1 }, 'body'],
  ])('[J3] a bad join body %j is refused (%s)', async (body, field) => {
    const r = await http<{ error: string; field: string }>(s, 'POST', '/api/join', body);
    expect(r.status).toBe(400);
    expect(r.body.error).toBe('validation');
    if (field !== 'body') expect(r.body.field).toBe(field);
  });
});

describe('broken text over HTTP', () => {
  it('[H5] a process name with a NUL character is refused naming the field', async () => {
    const r = await http<{ field: string }>(s, 'POST', '/api/processes', { name: 'a\u0000b', organisation: 'X' }, { cookie });
    expect(r.status).toBe(400);
    expect(r.body.field).toBe('name');
  });
});

describe('guessing join codes', () => {
  it('[J5] an address that keeps guessing wrong codes is slowed down; wrong and closed answers stay identical', async () => {
    const g = await startServer();
    let last = 0;
    for (let i = 0; i < 31; i++) last = (await http(g, 'POST', '/api/join', { code: `WRONG${i}`, lang: 'fi' })).status;
    expect(last).toBe(429);
    const r = await http<{ error: string }>(g, 'POST', '/api/join', { code: 'ACDEFGHJ', lang: 'fi' });
    expect(r.status).toBe(429);
    expect(r.headers.get('retry-after')).toMatch(/^\d+$/);
    await g.stop();
  });

  it('[J5] a class of 40 behind one address joins at once', async () => {
    const g = await startServer();
    const c = await facilitator(g);
    const p = await createProcess(g, c);
    for (let i = 0; i < 40; i++) await join(g, p.sessions[0]!.joinCode);
    await g.stop();
  });

  it('[J3] a refused join (the session is full) leaves no participant token behind', async () => {
    const c = await facilitator(s, 'taynna@example.fi');
    const p = await createProcess(s, c, { tableCount: 2 });
    const sid = p.sessions[0]!.id;
    for (let i = 0; i < LIMITS.maxParticipants; i++) {
      await s.app.deps.engine.join(sid, { type: 'participant.join', participantId: `full-${i}`, name: null, lang: 'fi' });
    }
    const db = new Database(join_(s.dataDir, 'vuoropuhe.db'), { readonly: true });
    const tokens = () => (db.prepare('SELECT COUNT(*) AS n FROM participants WHERE session_id = ?').get(sid) as { n: number }).n;
    try {
      const before = tokens();
      const r = await http(s, 'POST', '/api/join', { code: p.sessions[0]!.joinCode, lang: 'fi' });
      expect([r.status, (r.body as { error: string }).error]).toEqual([409, 'too_many_participants']);
      expect(tokens()).toBe(before);
    } finally {
      db.close();
    }
  });
});
