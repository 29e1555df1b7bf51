import Database from 'better-sqlite3';
import { join as joinPath } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProcessSummary } from '../../src/protocol/http-schema.ts';
import type { PublicSurveyView, SurveyResultsView, SurveyView, UnitSurveyView } from '../../src/protocol/survey-schema.ts';
import { hashToken } from '../../src/services/crypto-util.ts';
import { createProcess, facilitator, http, startServer, type HttpResult, type TestServer } from '../support/test-server.ts';

let s: TestServer;
let owner: string;
let commissioner: string;
let coordinator: string;
let other: string;
let proc: ProcessSummary;
const base = () => `/api/processes/${proc.id}`;

beforeAll(async () => {
  s = await startServer();
  owner = await facilitator(s);
  commissioner = await facilitator(s, 'tilaaja@example.fi', { roles: ['commissioner'] });
  coordinator = await facilitator(s, 'koordinaattori@example.fi', { roles: ['coordinator'] });
  other = await facilitator(s, 'muu@example.fi', { org: 'Toinen kunta', roles: ['org_admin', 'coordinator', 'facilitator'] });
  proc = await createProcess(s, owner, { lang: 'sv' });
  await http(s, 'PUT', `${base()}/commissioner`, { email: 'tilaaja@example.fi' }, { cookie: owner });
});
afterAll(async () => {
  await s.stop();
});

/** New links for a phase; the tokens from their fragments. */
async function links(phase: 'pre' | 'post', count: number): Promise<string[]> {
  const r = await http<{ links: string[] }>(s, 'POST', `${base()}/surveys/${phase}/links`, { count }, { cookie: owner });
  expect(r.status).toBe(201);
  for (const l of r.body.links) expect(l).toMatch(new RegExp(`^${s.base}/sv/survey#[A-Za-z0-9_-]{43}$`));
  return r.body.links.map((l) => l.split('#')[1]!);
}
const answer = (token: string, answers: unknown[]) => http(s, 'POST', `/api/survey/${token}`, { answers });
const results = async () => (await http<SurveyResultsView>(s, 'GET', `${base()}/survey-results`, undefined, { cookie: owner })).body;
const csv = async () => (await http<string>(s, 'GET', `${base()}/survey-results.csv`, undefined, { cookie: owner })).body;
/** status, body and the headers a client could tell apart */
const shape = (r: HttpResult) => [r.status, r.body, r.headers.get('content-type'), r.headers.get('content-length')];
/** eight items: item 1 gets `v`, the rest 4, item 8 "can't say" */
const values = (v: number) => [v, 4, 4, 4, 4, 4, 4, null];

let preTokens: string[] = [];

describe('[WB1, WB2] creating a survey and editing its items', () => {
  it('creates the pre survey with the default items, once; coordinators read, outsiders get 404', async () => {
    const r = await http<SurveyView>(s, 'POST', `${base()}/surveys`, { phase: 'pre' }, { cookie: owner });
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ phase: 'pre', closed: false, links: { total: 0, used: 0 } });
    expect(r.body.items).toHaveLength(8);
    expect((await http(s, 'POST', `${base()}/surveys`, { phase: 'pre' }, { cookie: commissioner })).body).toMatchObject({
      error: 'already_exists',
    });
    expect((await http(s, 'GET', `${base()}/surveys`, undefined, { cookie: coordinator })).status).toBe(200);
    expect((await http(s, 'POST', `${base()}/surveys`, { phase: 'post' }, { cookie: coordinator })).status).toBe(403);
    for (const path of ['/surveys', '/survey-results', '/survey-results.csv'])
      expect((await http(s, 'GET', base() + path, undefined, { cookie: other })).status, path).toBe(404);
    expect((await http(s, 'POST', `${base()}/surveys/pre/links`, { count: 1 }, { cookie: other })).status).toBe(404);
    expect((await http(s, 'POST', `${base()}/surveys/pre/close`, undefined, { cookie: other })).status).toBe(404);
  });

  it('edits the items until the first answer (the text in the process language is required)', async () => {
    const list = (await http<SurveyView[]>(s, 'GET', `${base()}/surveys`, undefined, { cookie: owner })).body;
    const items = list[0]!.items.map((i, n) => (n === 0 ? { ...i, text: { ...i.text, sv: 'Vi mår bra på jobbet.' } } : i));
    const bad = items.map((i, n) => (n === 0 ? { ...i, text: { ...i.text, sv: '' } } : i));
    expect((await http(s, 'PUT', `${base()}/survey-items`, { items: bad }, { cookie: owner })).status).toBe(400);
    const r = await http<SurveyView[]>(s, 'PUT', `${base()}/survey-items`, { items }, { cookie: commissioner });
    expect(r.status).toBe(200);
    expect(r.body[0]!.items[0]!.text.sv).toBe('Vi mår bra på jobbet.');
  });
});

describe('[WB3, WB4] single-use links', () => {
  it('shows the items in the process language to a link; unknown and malformed links get the same 404', async () => {
    preTokens = await links('pre', 8);
    const r = await http<PublicSurveyView>(s, 'GET', `/api/survey/${preTokens[0]}`);
    expect(r.status).toBe(200);
    expect(r.body.lang).toBe('sv');
    expect(r.body.items[0]).toEqual({ id: 'openness', text: 'Vi mår bra på jobbet.' });
    const unknown = await http(s, 'GET', `/api/survey/${'x'.repeat(43)}`);
    expect(unknown.status).toBe(404);
    expect(shape(await http(s, 'GET', '/api/survey/short'))).toEqual(shape(unknown));
  });

  it('a link answers once; a used link then answers exactly like an unknown one', async () => {
    expect((await answer(preTokens[0]!, values(1))).status).toBe(201);
    const unknownGet = await http(s, 'GET', `/api/survey/${'y'.repeat(43)}`);
    const unknownPost = await answer('y'.repeat(43), values(1));
    expect(shape(await http(s, 'GET', `/api/survey/${preTokens[0]}`))).toEqual(shape(unknownGet));
    expect(shape(await answer(preTokens[0]!, values(1)))).toEqual(shape(unknownPost));
  });

  it('two answers sent at once with one link: one is stored', async () => {
    const [a, b] = await Promise.all([answer(preTokens[1]!, values(2)), answer(preTokens[1]!, values(2))]);
    expect([a.status, b.status].sort()).toEqual([201, 404]);
  });

  it('answers are validated: one value 1–5 or null per item; a refused answer leaves the link unused', async () => {
    for (const bad of [[1, 2], [...values(3), 1], values(6), values(0), [...values(3).slice(0, 7), '4']])
      expect((await answer(preTokens[2]!, bad)).status, JSON.stringify(bad)).toBe(400);
    expect((await http(s, 'GET', `/api/survey/${preTokens[2]}`)).status).toBe(200);
  });

  it('the items cannot change after the first answer', async () => {
    const list = (await http<SurveyView[]>(s, 'GET', `${base()}/surveys`, undefined, { cookie: owner })).body;
    const r = await http(s, 'PUT', `${base()}/survey-items`, { items: list[0]!.items }, { cookie: owner });
    expect([r.status, (r.body as { error: string }).error]).toEqual([409, 'survey_answered']);
  });

  it('after submission nothing links an answer to its link or to when it was used', () => {
    const db = new Database(joinPath(s.dataDir, 'vuoropuhe.db'), { readonly: true });
    try {
      const cols = (t: string) => (db.prepare(`PRAGMA table_info(${t})`).all() as { name: string }[]).map((c) => c.name);
      expect(cols('survey_answers')).toEqual(['id', 'survey_id', 'answers']);
      expect(cols('survey_tokens')).toEqual(['token_hash', 'survey_id', 'used']);
      // no insertion sequence either: the tables have no rowid
      expect(() => db.prepare('SELECT rowid FROM survey_answers').all()).toThrow();
      expect(() => db.prepare('SELECT rowid FROM survey_tokens').all()).toThrow();
      const answerIds = (db.prepare('SELECT id FROM survey_answers').all() as { id: string }[]).map((r) => r.id);
      expect(answerIds).toHaveLength(2);
      const hashes = preTokens.map(hashToken);
      const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((t) => t.name);
      for (const t of tables) {
        const dump = JSON.stringify(db.prepare(`SELECT * FROM "${t}"`).raw().all());
        // plain tokens are stored nowhere; hashes only in the token table; answer ids only in the answer table
        for (const tok of preTokens) expect(dump, t).not.toContain(tok);
        if (t !== 'survey_tokens') for (const h of hashes) expect(dump, t).not.toContain(h);
        if (t !== 'survey_answers') for (const id of answerIds) expect(dump, t).not.toContain(id);
      }
      // the audit log records the links being made, never an answer
      const actions = (db.prepare("SELECT action FROM audit_log WHERE action LIKE 'survey.%'").all() as { action: string }[]).map(
        (r) => r.action,
      );
      expect(actions.sort()).toEqual(['survey.create', 'survey.items', 'survey.links']);
    } finally {
      db.close();
    }
  });
});

describe('[WB5, WB7] k-anonymity: nothing below 5 answers, in the API and in the CSV', () => {
  it('4 answers: "too few" and no figure anywhere', async () => {
    for (const [i, v] of [
      [2, 3],
      [3, 5],
    ] as const)
      expect((await answer(preTokens[i]!, values(v))).status).toBe(201);
    const r = await results();
    expect(r.surveys).toEqual([{ phase: 'pre', tooFew: true }]);
    expect(r.comparison).toBeNull();
    const lines = (await csv()).split('\r\n');
    expect(lines[1]).toBe('Inledande enkät,,för få svar');
    expect(lines.slice(1).join('')).not.toMatch(/\d/);
  });

  it('5 answers: figures (the item everyone left as "can\'t say" stays suppressed)', async () => {
    expect((await answer(preTokens[4]!, values(4))).status).toBe(201);
    const r = await results();
    const pre = r.surveys[0]!;
    if (pre.tooFew) throw new Error('expected figures');
    expect(pre.respondents).toBe(5);
    expect(pre.items[0]).toMatchObject({ text: 'Vi mår bra på jobbet.', n: 5, mean: 3, counts: [1, 1, 1, 1, 1], cantSay: 0 });
    expect(pre.items[7]).toEqual({ itemId: 'cooperation', tooFew: true, text: 'Samarbetet med andra yrkesgrupper fungerar.' });
    const lines = (await csv()).split('\r\n');
    expect(lines[1]).toBe('Inledande enkät,Vi mår bra på jobbet.,5,5,1,1,1,1,1,0,3,1.58');
    expect(lines[8]).toBe('Inledande enkät,Samarbetet med andra yrkesgrupper fungerar.,5,för få svar');
  });
});

describe('[WB6] pre/post comparison', () => {
  it('appears with both surveys; suppressed while post has 4 answers, with the change and its interval at 5', async () => {
    const post = await http<SurveyView>(s, 'POST', `${base()}/surveys`, { phase: 'post' }, { cookie: owner });
    expect(post.body.items[0]!.text.sv).toBe('Vi mår bra på jobbet.');
    const tokens = await links('post', 5);
    for (const [i, v] of [3, 4, 4, 5].entries()) expect((await answer(tokens[i]!, values(v))).status).toBe(201);
    let r = await results();
    expect(r.surveys.find((x) => x.phase === 'post')).toEqual({ phase: 'post', tooFew: true });
    expect(r.comparison!.every((c) => c.tooFew)).toBe(true);
    expect((await csv()).split('\r\n').slice(-9, -1).join('\n')).not.toMatch(/\d/);
    await answer(tokens[4]!, values(5));
    r = await results();
    // pre 1,2,3,5,4 / post 3,4,4,5,5: the hand-computed case of the domain tests
    expect(r.comparison![0]).toMatchObject({ tooFew: false, preMean: 3, postMean: 4.2, change: 1.2, low: -0.75, high: 3.15 });
    expect(r.comparison![7]).toMatchObject({ tooFew: true });
    expect((await csv()).split('\r\n')).toContain('Vi mår bra på jobbet.,3,4.2,1.2,-0.75,3.15');
  });

  it('closing a survey ends its unused links with the same 404', async () => {
    const unknown = await http(s, 'GET', `/api/survey/${'z'.repeat(43)}`);
    expect((await http(s, 'POST', `${base()}/surveys/pre/close`, undefined, { cookie: coordinator })).status).toBe(403);
    expect((await http(s, 'POST', `${base()}/surveys/pre/close`, undefined, { cookie: owner })).status).toBe(204);
    expect(shape(await http(s, 'GET', `/api/survey/${preTokens[7]}`))).toEqual(shape(unknown));
    expect((await http(s, 'POST', `${base()}/surveys/pre/links`, { count: 1 }, { cookie: owner })).body).toMatchObject({
      error: 'survey_closed',
    });
  });
});

describe('[WB10] per unit of the organisation', () => {
  it('coordinators see the processes of a unit pooled; facilitators and other organisations get 404', async () => {
    const orgId = proc.orgId;
    const r = await http<UnitSurveyView[]>(s, 'GET', `/api/orgs/${orgId}/survey-units`, undefined, { cookie: coordinator });
    expect(r.status).toBe(200);
    expect(r.body).toHaveLength(1);
    expect(r.body[0]).toMatchObject({ unit: '', processes: 1 });
    expect(r.body[0]!.pre[0]).toMatchObject({ n: 5, mean: 3 });
    expect(r.body[0]!.comparison[0]).toMatchObject({ tooFew: false, change: 1.2, low: -0.75, high: 3.15 });
    expect(r.body[0]!.comparison[7]).toEqual({ itemId: 'cooperation', tooFew: true });
    for (const cookie of [owner, commissioner, other])
      expect((await http(s, 'GET', `/api/orgs/${orgId}/survey-units`, undefined, { cookie })).status).toBe(404);
  });
});

describe('[WB4] link guessing is rate-limited', () => {
  it('30 failures from one address, then 429 with Retry-After', async () => {
    let last = 0;
    for (let i = 0; i < 40 && last !== 429; i++) last = (await http(s, 'GET', `/api/survey/${'q'.repeat(40)}${i}`)).status;
    const r = await http(s, 'GET', `/api/survey/${'q'.repeat(43)}`);
    expect([last, r.status]).toEqual([429, 429]);
    expect(Number(r.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});
