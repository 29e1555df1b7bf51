import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../src/domain/types.ts';
import type { ActionView, FollowupView, ProcessOutputs, ProcessSummary } from '../../src/protocol/http-schema.ts';
import { pdfPages } from '../../src/reports/test-helpers.ts';
import { cid, createProcess, facilitator, http, join, startServer, type TestServer } from '../support/test-server.ts';

let s: TestServer;
let owner: string;
let commissioner: string;
let stranger: string;
let proc: ProcessSummary;
let userId: string;

async function run(sessionId: string, actor: Actor, cmd: Record<string, unknown>): Promise<void> {
  await s.app.deps.engine.execute(sessionId, actor, cid(), cmd as never);
}

/** Session 1 run to the end: two themes, one carried, then closed. */
async function finishSessionOne(): Promise<void> {
  const sid = proc.sessions[0]!.id;
  const fac: Actor = { role: 'facilitator', userId };
  for (let i = 0; i < 2; i++) await join(s, proc.sessions[0]!.joinCode);
  for (let i = 0; i < 6; i++) await run(sid, fac, { type: 'phase.next' }); // opening, rounds 1–4, theming
  const state = (await s.app.deps.engine.load(sid))!.state;
  expect(state.phase).toBe('theming');
  await run(sid, fac, { type: 'theme.create', themeId: 'theme-carried', tableId: 't1', name: 'Yhteistyö vanhempien kanssa' });
  await run(sid, fac, { type: 'theme.create', themeId: 'theme-stays1', tableId: 't2', name: 'Kahvitauot' });
  await run(sid, fac, { type: 'theme.setCarried', themeId: 'theme-carried', carried: true });
  await run(sid, fac, { type: 'session.close' });
  // the session row is marked closed right after the commit
  for (let i = 0; i < 50 && (await s.app.deps.store.sessions.byId(sid))!.closedAt === null; i++)
    await new Promise((r) => setTimeout(r, 10));
}

beforeAll(async () => {
  s = await startServer({ env: {} });
  owner = await facilitator(s);
  commissioner = await facilitator(s, 'tilaaja@example.fi', { roles: ['commissioner'] });
  // a facilitator of the same organisation: not theirs, so nothing to see
  stranger = await facilitator(s, 'muu@example.fi');
  proc = await createProcess(s, owner);
  userId = (await http<{ id: string }>(s, 'GET', '/api/me', undefined, { cookie: owner })).body.id;
});
afterAll(async () => {
  await s.stop();
});

describe('[O1] session 2 is created from the carried themes of session 1', () => {
  it('refuses while session 1 is open, then creates an Open Space with the carried themes + joker, once', async () => {
    const early = await http(s, 'POST', `/api/processes/${proc.id}/sessions`, { kind: 'open_space' }, { cookie: owner });
    expect(early.status).toBe(409);
    expect(early.body).toMatchObject({ error: 'session1_not_closed' });
    await finishSessionOne();
    const r = await http<ProcessSummary>(s, 'POST', `/api/processes/${proc.id}/sessions`, { kind: 'open_space' }, { cookie: owner });
    expect(r.status).toBe(201);
    const os = r.body.sessions.find((x) => x.kind === 'open_space')!;
    expect(os.joinCode).toMatch(/^[A-Z0-9]{8}$/);
    const state = (await s.app.deps.engine.load(os.id))!.state;
    expect(state.kind).toBe('open_space');
    expect(state.os!.offers.map((o) => [o.name, o.origin])).toEqual([
      ['Yhteistyö vanhempien kanssa', 'carried'],
      ['', 'joker'],
    ]);
    const again = await http(s, 'POST', `/api/processes/${proc.id}/sessions`, { kind: 'open_space' }, { cookie: owner });
    expect([again.status, (again.body as { error: string }).error]).toEqual([409, 'already_exists']);
  });

  it('bad bodies and other users are refused', async () => {
    expect((await http(s, 'POST', `/api/processes/${proc.id}/sessions`, { kind: 'learning_cafe' }, { cookie: owner })).status).toBe(400);
    expect((await http(s, 'POST', `/api/processes/${proc.id}/sessions`, { kind: 'open_space' }, { cookie: stranger })).status).toBe(404);
    expect((await http(s, 'POST', `/api/processes/${proc.id}/sessions`, { kind: 'open_space' })).status).toBe(401);
  });
});

describe('[S4] the commissioner follows the process up; nobody else sees it', () => {
  it('an unknown e-mail is refused; a known one makes that user the commissioner', async () => {
    const bad = await http(s, 'PUT', `/api/processes/${proc.id}/commissioner`, { email: 'ei@example.fi' }, { cookie: owner });
    expect([bad.status, (bad.body as { error: string }).error]).toEqual([404, 'user_not_found']);
    expect((await http(s, 'GET', `/api/processes/${proc.id}/outputs`, undefined, { cookie: commissioner })).status).toBe(404);
    const r = await http<ProcessSummary>(
      s,
      'PUT',
      `/api/processes/${proc.id}/commissioner`,
      { email: 'tilaaja@example.fi' },
      { cookie: owner },
    );
    expect(r.status).toBe(200);
    expect(r.body.commissioner).toMatchObject({ email: 'tilaaja@example.fi' });
    const list = await http<ProcessSummary[]>(s, 'GET', '/api/processes', undefined, { cookie: commissioner });
    expect(list.body.map((p) => [p.id, p.role])).toEqual([[proc.id, 'commissioner']]);
    // a commissioner does not run sessions: no join codes, no console, cannot name another commissioner
    expect(list.body[0]!.sessions.every((x) => x.joinCode === '')).toBe(true);
    expect((await http(s, 'GET', `/api/sessions/${proc.sessions[0]!.id}`, undefined, { cookie: commissioner })).status).toBe(404);
    expect((await http(s, 'PUT', `/api/processes/${proc.id}/commissioner`, { email: '' }, { cookie: commissioner })).status).toBe(404);
  });

  it.each(['outputs', 'followup', 'actions', 'summary', 'export/pdf', 'export/notes.csv'])('a stranger gets 404 for %s', async (p) => {
    expect((await http(s, 'GET', `/api/processes/${proc.id}/${p}`, undefined, { cookie: stranger })).status).toBe(404);
  });
});

describe('[O6] follow-up agreement, actions and summary', () => {
  it('the follow-up form is validated, saved and offered as a calendar event', async () => {
    const bad = await http(s, 'PUT', `/api/processes/${proc.id}/followup`, { nextMeeting: '1.2.2027 klo 9' }, { cookie: owner });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ error: 'validation', field: 'nextMeeting' });
    expect((await http(s, 'GET', `/api/processes/${proc.id}/followup.ics`, undefined, { cookie: owner })).status).toBe(404);
    const body = {
      heard: 'Soitto kotiin toimii; vanhemmat arvostavat.',
      themePlans: [{ theme: 'Yhteistyö vanhempien kanssa', plan: 'Kokeillaan tervetulosoittoja.' }],
      continueDialogue: 'yes',
      nextMeeting: '2027-03-15T09:00',
      nextMeetingPlace: 'Perhekeskus, neuvotteluhuone 2',
    };
    const r = await http<FollowupView>(s, 'PUT', `/api/processes/${proc.id}/followup`, body, { cookie: owner });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ ...body, needsMonths: '', updatedAt: expect.any(Number) });
    const ics = await fetch(`${s.base}/api/processes/${proc.id}/followup.ics`, { headers: { cookie: commissioner } });
    expect(ics.headers.get('content-type')).toMatch(/^text\/calendar/);
    const text = await ics.text();
    expect(text).toContain('DTSTART;TZID=Europe/Helsinki:20270315T090000');
    expect(text).toContain('Perhekeskus');
  });

  it('actions: the facilitator adds two, the commissioner moves one to done; bad input changes nothing', async () => {
    const a1 = await http<ActionView>(
      s,
      'POST',
      `/api/processes/${proc.id}/actions`,
      { title: 'Tervetulosoitot kaikille uusille perheille', owner: 'Liisa', due: '2027-02-28', theme: 'Yhteistyö vanhempien kanssa' },
      { cookie: owner },
    );
    expect(a1.status).toBe(201);
    expect(a1.body).toMatchObject({ status: 'open', due: '2027-02-28' });
    const a2 = await http<ActionView>(
      s,
      'POST',
      `/api/processes/${proc.id}/actions`,
      { title: 'Palautekysely keväällä' },
      { cookie: owner },
    );
    expect(a2.body).toMatchObject({ owner: '', due: null, status: 'open' });
    const bad = await http(s, 'PATCH', `/api/processes/${proc.id}/actions/${a1.body.id}`, { status: 'finished' }, { cookie: commissioner });
    expect(bad.status).toBe(400);
    const done = await http<ActionView>(
      s,
      'PATCH',
      `/api/processes/${proc.id}/actions/${a1.body.id}`,
      { status: 'done' },
      { cookie: commissioner },
    );
    expect(done.body).toMatchObject({ status: 'done', title: 'Tervetulosoitot kaikille uusille perheille', due: '2027-02-28' });
    const list = await http<ActionView[]>(s, 'GET', `/api/processes/${proc.id}/actions`, undefined, { cookie: owner });
    expect(list.body.map((a) => a.status)).toEqual(['done', 'open']);
    expect((await http(s, 'PATCH', `/api/processes/${proc.id}/actions/nope`, { status: 'done' }, { cookie: owner })).status).toBe(404);
    expect((await http(s, 'POST', `/api/processes/${proc.id}/actions`, { title: '' }, { cookie: owner })).status).toBe(400);
  });

  it('the commissioner writes the summary; outputs show it with everything beside it', async () => {
    const r = await http(s, 'PUT', `/api/processes/${proc.id}/summary`, { text: 'Yhteenveto: ääni kuului.' }, { cookie: commissioner });
    expect(r.body).toMatchObject({ text: 'Yhteenveto: ääni kuului.', updatedBy: 'Vetäjä' });
    const out = await http<ProcessOutputs>(s, 'GET', `/api/processes/${proc.id}/outputs`, undefined, { cookie: commissioner });
    expect(out.status).toBe(200);
    expect(out.body.themes).toEqual([{ name: 'Yhteistyö vanhempien kanssa', table: 'Ei huolta' }]);
    expect(out.body.actions).toHaveLength(2);
    expect(out.body.feedback.map((f) => f.kind)).toEqual(['learning_cafe', 'open_space']);
    expect(out.body.summary.text).toBe('Yhteenveto: ääni kuului.');
  });
});

describe('[D4] exports are recorded', () => {
  it('a PDF and a CSV are sent and each export appears in the audit log with who and what', async () => {
    const pdf = await fetch(`${s.base}/api/processes/${proc.id}/export/pdf`, { headers: { cookie: owner } });
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(pdf.headers.get('content-disposition')).toMatch(/attachment; filename="perhekeskuksen-dialogi-pdf\.pdf"/);
    const pdfBytes = Buffer.from(await pdf.arrayBuffer());
    expect(pdfBytes.subarray(0, 5).toString()).toBe('%PDF-');
    // the real process is in it, Finnish letters intact
    const pdfText = (await pdfPages(pdfBytes)).join(' ').replace(/\s+/g, ' ');
    for (const want of ['Yhteistyö vanhempien kanssa', 'Tervetulosoitot kaikille uusille perheille', 'Yhteenveto: ääni kuului.']) {
      expect(pdfText).toContain(want);
    }
    const csv = await fetch(`${s.base}/api/processes/${proc.id}/export/actions.csv`, { headers: { cookie: commissioner } });
    const bytes = Buffer.from(await csv.arrayBuffer());
    // UTF-8 with a byte-order mark, so Excel opens Finnish letters right
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text).toContain('Tervetulosoitot kaikille uusille perheille');
    expect((await http(s, 'GET', `/api/processes/${proc.id}/export/exe`, undefined, { cookie: owner })).status).toBe(404);
    const log = await s.app.deps.store.audit.list(`process:${proc.id}`);
    const exports = log.filter((e) => e.action === 'export').map((e) => e.detail.format);
    expect(exports).toEqual(['actions.csv', 'pdf']);
    expect(log.every((e) => typeof e.at === 'number' && e.ip !== undefined)).toBe(true);
    const out = await http<ProcessOutputs>(s, 'GET', `/api/processes/${proc.id}/outputs`, undefined, { cookie: owner });
    expect(out.body.exports.map((e) => e.format)).toEqual(['actions.csv', 'pdf']);
  });
});
