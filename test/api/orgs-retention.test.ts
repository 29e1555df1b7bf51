import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../src/domain/types.ts';
import type { AuditView, MemberView, OrgView, ProcessOutputs, ProcessSummary } from '../../src/protocol/http-schema.ts';
import { addMonths } from '../../src/services/retention-service.ts';
import {
  cid,
  createProcess,
  facilitator,
  http,
  join as joinSession,
  orgId,
  PASSWORD,
  signIn,
  startServer,
  type TestServer,
} from '../support/test-server.ts';

/** A fake clock the server reads; tests move it forward. */
let clock = Date.UTC(2026, 0, 31, 12, 0, 0);
let s: TestServer;
let admin: string;
let fac: string;
let coordinator: string;
let otherOrgAdmin: string;
let org: string;

beforeAll(async () => {
  s = await startServer({ env: {}, now: () => clock });
  org = await orgId(s);
  admin = await facilitator(s, 'admin@example.fi', { roles: ['org_admin'] });
  fac = await facilitator(s, 'vetaja@example.fi');
  coordinator = await facilitator(s, 'koordinaattori@example.fi', { roles: ['coordinator'] });
  otherOrgAdmin = await facilitator(s, 'toinen@example.fi', { org: 'Toinen kaupunki', roles: ['org_admin', 'facilitator'] });
});
afterAll(async () => {
  await s.stop();
});

describe('[S5] organisations and roles', () => {
  it('each user sees only their organisations, with their roles', async () => {
    const mine = await http<OrgView[]>(s, 'GET', '/api/orgs', undefined, { cookie: fac });
    expect(mine.body.map((o) => [o.name, o.roles])).toEqual([['Testiorganisaatio', ['facilitator']]]);
    const other = await http<OrgView[]>(s, 'GET', '/api/orgs', undefined, { cookie: otherOrgAdmin });
    expect(other.body.map((o) => o.name)).toEqual(['Toinen kaupunki']);
  });

  it('a process goes to the facilitator’s organisation; the coordinator sees it read-only; the other organisation sees nothing', async () => {
    const p = await createProcess(s, fac);
    expect(p).toMatchObject({ orgId: org, organisation: 'Testiorganisaatio', role: 'facilitator' });
    const seen = await http<ProcessSummary[]>(s, 'GET', '/api/processes', undefined, { cookie: coordinator });
    expect(seen.body.map((x) => [x.id, x.role])).toEqual([[p.id, 'coordinator']]);
    expect(seen.body[0]!.sessions[0]!.joinCode).toBe('');
    // read, but not change
    expect((await http(s, 'GET', `/api/processes/${p.id}/outputs`, undefined, { cookie: coordinator })).status).toBe(200);
    expect((await http(s, 'PUT', `/api/processes/${p.id}/summary`, { text: 'x' }, { cookie: coordinator })).status).toBe(403);
    expect((await http(s, 'GET', `/api/sessions/${p.sessions[0]!.id}`, undefined, { cookie: coordinator })).status).toBe(404);
    for (const path of ['', '/outputs', '/followup', '/actions', '/summary', '/export/pdf']) {
      expect((await http(s, 'GET', `/api/processes/${p.id}${path}`, undefined, { cookie: otherOrgAdmin })).status, path).toBe(404);
    }
    expect((await http<ProcessSummary[]>(s, 'GET', '/api/processes', undefined, { cookie: otherOrgAdmin })).body).toEqual([]);
    // a facilitator cannot put a process into an organisation they do not facilitate in
    const other = (await http<OrgView[]>(s, 'GET', '/api/orgs', undefined, { cookie: otherOrgAdmin })).body[0]!.id;
    const r = await http(s, 'POST', '/api/processes', { name: 'X', orgId: other }, { cookie: fac });
    expect(r.status).toBe(403);
  });

  it('an organisation admin manages roles and settings; nobody else can; every change is audited', async () => {
    expect((await http(s, 'GET', `/api/orgs/${org}/members`, undefined, { cookie: fac })).status).toBe(404);
    expect((await http(s, 'GET', `/api/orgs/${org}/members`, undefined, { cookie: otherOrgAdmin })).status).toBe(404);
    const put = await http(
      s,
      'PUT',
      `/api/orgs/${org}/members`,
      { email: 'vetaja@example.fi', role: 'commissioner', on: true },
      { cookie: admin },
    );
    expect(put.status).toBe(204);
    const members = await http<MemberView[]>(s, 'GET', `/api/orgs/${org}/members`, undefined, { cookie: admin });
    expect(members.body.find((m) => m.email === 'vetaja@example.fi')!.roles.sort()).toEqual(['commissioner', 'facilitator']);
    // the last admin cannot remove themself
    const last = await http(
      s,
      'PUT',
      `/api/orgs/${org}/members`,
      { email: 'admin@example.fi', role: 'org_admin', on: false },
      { cookie: admin },
    );
    expect([last.status, (last.body as { error: string }).error]).toEqual([409, 'last_admin']);
    expect((await http(s, 'PATCH', `/api/orgs/${org}`, { require2fa: true, retentionMonths: 0 }, { cookie: admin })).status).toBe(400);
    const patched = await http<OrgView>(s, 'PATCH', `/api/orgs/${org}`, { retentionMonths: 6 }, { cookie: admin });
    expect(patched.body).toMatchObject({ retentionMonths: 6 });
    expect((await http(s, 'PATCH', `/api/orgs/${org}`, { retentionMonths: 1 }, { cookie: fac })).status).toBe(404);
    const audit = await http<AuditView[]>(s, 'GET', `/api/orgs/${org}/audit`, undefined, { cookie: admin });
    expect(audit.body.map((e) => e.action)).toEqual(expect.arrayContaining(['role.set', 'org.settings']));
    expect(audit.body.find((e) => e.action === 'role.set')).toMatchObject({ user: 'admin@example.fi', ip: '127.0.0.1' });
    // headers in the admin's own language (Finnish) or the page's (?lang=); UTF-8 with BOM, ISO times
    const csv = async (q = '') => {
      const bytes = Buffer.from(
        await (await fetch(`${s.base}/api/orgs/${org}/audit?format=csv${q}`, { headers: { cookie: admin } })).arrayBuffer(),
      );
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      return bytes.subarray(3).toString('utf8').split('\r\n');
    };
    const fi = await csv();
    expect(fi.join('\n')).toContain('role.set');
    expect(fi[0]).toBe('Aika,Käyttäjä,Tapahtuma,Kohde,Tiedot,Osoite');
    expect(fi[1]).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z,/);
    expect((await csv('&lang=sv'))[0]).toBe('Tid,Användare,Händelse,Mål,Detaljer,Adress');
    expect((await csv('&lang=en'))[0]).toBe('Time,User,Event,Target,Details,Address');
    expect((await http(s, 'GET', `/api/orgs/${org}/audit`, undefined, { cookie: coordinator })).status).toBe(404);
  });

  it('an invitation link creates an account with that role in that organisation, once', async () => {
    const inv = await http<{ link: string }>(s, 'POST', `/api/orgs/${org}/invites`, { role: 'commissioner' }, { cookie: admin });
    expect(inv.status).toBe(201);
    const token = inv.body.link.split('#')[1]!;
    const setup = await http<{ id: string }>(s, 'POST', '/api/setup', {
      token,
      email: 'uusi@example.fi',
      password: PASSWORD,
      name: 'Uusi',
    });
    expect(setup.status).toBe(201);
    expect(await s.app.deps.store.orgs.rolesOf(setup.body.id)).toEqual([{ orgId: org, role: 'commissioner' }]);
    expect((await s.app.deps.store.users.byId(setup.body.id))!.isAdmin).toBe(false);
    const again = await http(s, 'POST', '/api/setup', { token, email: 'toka@example.fi', password: PASSWORD, name: 'Toka' });
    expect(again.status).toBe(400);
  });
});

describe('[D7] retention and erasure', () => {
  it('addMonths keeps the day, clamped to the month’s end', () => {
    expect(new Date(addMonths(Date.UTC(2026, 0, 31), 1)).toISOString()).toBe('2026-02-28T00:00:00.000Z');
    expect(new Date(addMonths(Date.UTC(2027, 11, 15, 10), 12)).toISOString()).toBe('2028-12-15T10:00:00.000Z');
  });

  it('the daily job erases exactly the processes whose retention has run out, keeping aggregates and follow-up', async () => {
    const userId = (await http<{ id: string }>(s, 'GET', '/api/me', undefined, { cookie: fac })).body.id;
    const actor: Actor = { role: 'facilitator', userId };
    const make = async (name: string) => {
      const p = await createProcess(s, fac, { name });
      const sid = p.sessions[0]!.id;
      const j = await joinSession(s, p.sessions[0]!.joinCode);
      for (let i = 0; i < 2; i++) await s.app.deps.engine.execute(sid, actor, cid(), { type: 'phase.next' });
      await s.app.deps.engine.execute(sid, { role: 'participant', participantId: j.participantId }, cid(), {
        type: 'note.add',
        noteId: cid('n'),
        text: 'Soitamme kotiin',
      });
      await http(s, 'POST', `/api/processes/${p.id}/actions`, { title: 'Jatketaan' }, { cookie: fac });
      return p;
    };
    const old = await make('Vanha');
    const own = await make('Oma säilytys');
    const open = await make('Auki');
    await http(s, 'PUT', `/api/processes/${own.id}/retention`, { months: 24 }, { cookie: admin });
    expect((await http(s, 'PUT', `/api/processes/${own.id}/retention`, { months: 24 }, { cookie: fac })).status).toBe(404);
    for (const p of [old, own])
      expect((await http(s, 'POST', `/api/processes/${p.id}/close`, { closed: true }, { cookie: fac })).status).toBe(204);

    clock = addMonths(clock, 6) - 60_000; // one minute before the organisation's 6 months
    expect(await s.app.deps.retention.runDue()).toEqual([]);
    clock += 120_000;
    expect(await s.app.deps.retention.runDue()).toEqual([old.id]);
    // months have passed: the cookies have expired
    fac = await signIn(s, 'vetaja@example.fi');
    admin = await signIn(s, 'admin@example.fi');
    otherOrgAdmin = await signIn(s, 'toinen@example.fi');
    expect(await s.app.deps.retention.runDue()).toEqual([]);

    const sid = old.sessions[0]!.id;
    expect(await s.app.deps.store.events.read(sid, 0)).toEqual([]);
    expect(await s.app.deps.engine.load(sid)).toBeNull();
    expect(await s.app.deps.store.events.head(own.sessions[0]!.id)).toBeGreaterThan(0);
    expect(await s.app.deps.store.events.head(open.sessions[0]!.id)).toBeGreaterThan(0);
    const agg = JSON.parse((await s.app.deps.store.docs.get(old.id, 'aggregates'))!.data) as { participants: number; notes: number }[];
    expect(agg).toEqual([expect.objectContaining({ participants: 1, notes: 1 })]);
    const out = await http<ProcessOutputs>(s, 'GET', `/api/processes/${old.id}/outputs`, undefined, { cookie: fac });
    expect(out.body.actions.map((a) => a.title)).toEqual(['Jatketaan']);
    const log = await s.app.deps.store.audit.list(`process:${old.id}`);
    expect(log[0]).toMatchObject({ action: 'erase', userId: null, detail: { reason: 'retention', sessions: 1 } });
    // the participant token of the erased session no longer works
    expect((await http(s, 'POST', '/api/join', { code: old.sessions[0]!.joinCode, lang: 'fi' })).status).toBe(404);
  });

  it('an organisation admin erases a process at once (images too); others cannot', async () => {
    const p = await createProcess(s, fac, { name: 'Heti pois' });
    const dir = join(s.dataDir, 'blobs', 'sessions', p.sessions[0]!.id);
    await s.app.deps.blobs.put(`sessions/${p.sessions[0]!.id}/images/image-0001`, Buffer.from('x'), 'image/png');
    expect(existsSync(dir)).toBe(true);
    expect((await http(s, 'POST', `/api/processes/${p.id}/erase`, undefined, { cookie: fac })).status).toBe(404);
    expect((await http(s, 'POST', `/api/processes/${p.id}/erase`, undefined, { cookie: otherOrgAdmin })).status).toBe(404);
    expect((await http(s, 'POST', `/api/processes/${p.id}/erase`, undefined, { cookie: admin })).status).toBe(204);
    expect(existsSync(dir) && readdirSync(dir).length > 0).toBe(false);
    expect(await s.app.deps.store.events.head(p.sessions[0]!.id)).toBe(0);
    const log = await s.app.deps.store.audit.list(`process:${p.id}`);
    expect(log[0]).toMatchObject({ action: 'erase', detail: { reason: 'admin' } });
    expect((await http(s, 'POST', `/api/processes/${p.id}/erase`, undefined, { cookie: admin })).status).toBe(409);
  });
});
