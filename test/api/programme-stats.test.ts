import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CategoryView, DialogueView, StatsView } from '../../src/protocol/programme-schema.ts';
import { createProcess } from '../support/test-server.ts';
import { programmeWorld, type ProgrammeWorld, type Who } from './programme-world.ts';

/* The coordinator's view over HTTP: dialogue list and filters, statistics, CSV, isolation. [SPEC PR5, PR6, PR10] */

let w: ProgrammeWorld;
let s: ProgrammeWorld['s'];
let org: string;
let orgB: string;
let id: ProgrammeWorld['id'];
beforeAll(async () => {
  w = await programmeWorld();
  ({ s, org, orgB, id } = w);
});
afterAll(async () => {
  await w.s.stop();
});
const as: ProgrammeWorld['as'] = (...args) => w.as(...args);
const toState: ProgrammeWorld['toState'] = (...args) => w.toState(...args);

describe('[PR5, PR6] dialogue list, filters, statistics and CSV', () => {
  let cats: Record<string, string>;
  const made: Record<string, string> = {};
  beforeAll(async () => {
    const list = (await as('coord', 'GET', `/api/orgs/${org}/categories`)).body as CategoryView[];
    cats = Object.fromEntries(list.map((x) => [x.name, x.id]));
    const fixture: [string, string, string, string, number, string[]][] = [
      // name, unit, category, session 1 (UTC), participants, states after the draft
      ['A1', 'Koulu A', 'Työyhteisö', '2025-01-31T22:30:00Z', 12, ['agreed', 'session1']], // February in Helsinki
      ['A2', 'Koulu A', 'Työyhteisö', '2025-02-10T08:00:00Z', 8, ['agreed', 'session1', 'session2']],
      ['B1', 'Koulu B', 'Työyhteisö', '2025-02-11T08:00:00Z', 5, ['agreed', 'session1', 'session2', 'followup', 'closed']],
      ['A3', 'Koulu A', 'Vanhempainilta', '2025-01-15T08:00:00Z', 30, ['agreed', 'session1']],
      ['E1', 'Kirjasto', 'Erätauko', '2025-03-31T21:30:00Z', 9, ['agreed', 'session1']], // April (summer time)
      ['D1', 'Koulu B', 'Työyhteisö', '2025-02-12T08:00:00Z', 40, ['agreed']], // not held: not counted
    ];
    for (const [name, unit, cat, iso, participants, states] of fixture) {
      const p = await createProcess(s, w.cookie.fac, { name, unit });
      made[name] = p.id;
      const body = {
        categoryId: cats[cat],
        method: cat === 'Erätauko' ? 'eratauko' : 'hkd',
        plans: [{ session: 'session1', startsAt: Date.parse(iso), place: unit }],
        readiness: 'yes',
        agreedWith: 'Edustajat',
        participants,
      };
      expect((await as('fac', 'PUT', `/api/processes/${p.id}/commission`, body)).status).toBe(200);
      await toState(p.id, states);
    }
    await as('coord', 'PUT', `/api/processes/${made.E1}/assignment`, { session: 'session1', userIds: [id.peer] });
  });

  const names = async (k: Who, q = '') =>
    ((await as(k, 'GET', `/api/orgs/${org}/dialogues${q}`)).body as DialogueView[]).filter((d) => d.name in made).map((d) => d.name);

  it('filters by unit, category, method, state, facilitator and date (Helsinki days)', async () => {
    expect(await names('coord')).toEqual(['A3', 'A1', 'A2', 'B1', 'D1', 'E1']);
    expect(await names('coord', '?unit=Koulu%20B')).toEqual(['B1', 'D1']);
    expect(await names('coord', `?category=${cats['Työyhteisö']}`)).toEqual(['A1', 'A2', 'B1', 'D1']);
    expect(await names('coord', '?method=eratauko')).toEqual(['E1']);
    expect(await names('coord', '?state=session2')).toEqual(['A2']);
    expect(await names('coord', `?facilitator=${id.peer}`)).toEqual(['E1']);
    expect(await names('coord', '?from=2025-02-01&to=2025-02-10')).toEqual(['A1', 'A2']);
    expect(await names('coord', '?from=2025-04-01')).toEqual(['E1']);
    const a1 = ((await as('coord', 'GET', `/api/orgs/${org}/dialogues?unit=Koulu%20A&state=session1`)).body as DialogueView[]).find(
      (d) => d.name === 'A1',
    )!;
    expect(a1).toMatchObject({ date: '2025-02-01', category: 'Työyhteisö', method: 'hkd', participants: 12, unit: 'Koulu A' });
    expect((await as('coord', 'GET', `/api/orgs/${org}/dialogues?state=bogus`)).body).toMatchObject({
      error: 'validation',
      field: 'state',
    });
    // a facilitator sees the ones they run or are assigned to; a commissioner only theirs
    expect(await names('peer')).toEqual(['E1']);
    expect(await names('commissioner')).toEqual([]);
  });

  it('statistics count held dialogues and participants per Helsinki month and year × category × unit', async () => {
    const month = (await as('coord', 'GET', `/api/orgs/${org}/stats?year=2025`)).body as StatsView;
    const mine = (r: StatsView['rows'][number]) => ['Koulu A', 'Koulu B', 'Kirjasto'].includes(r.unit);
    expect(month.rows.filter(mine).map((r) => [r.period, r.category, r.unit, r.dialogues, r.participants])).toEqual([
      ['2025-01', 'Vanhempainilta', 'Koulu A', 1, 30],
      ['2025-02', 'Työyhteisö', 'Koulu A', 2, 20],
      ['2025-02', 'Työyhteisö', 'Koulu B', 1, 5],
      ['2025-04', 'Erätauko', 'Kirjasto', 1, 9],
    ]);
    const year = (await as('admin', 'GET', `/api/orgs/${org}/stats?by=year&year=2025`)).body as StatsView;
    expect(year.totals).toEqual([{ period: '2025', dialogues: 5, participants: 64 }]);
    expect(year.by).toBe('year');
  });

  it('exports the statistics as CSV with a BOM, logged before it is sent', async () => {
    const res = await fetch(`${s.base}/api/orgs/${org}/stats.csv?by=year&year=2025`, { headers: { cookie: w.cookie.coord } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(res.headers.get('content-disposition')).toContain('dialogue-statistics-2025-year.csv');
    const bytes = Buffer.from(await res.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString('utf8');
    // headers in the coordinator's own language (Finnish); figures stay plain integers
    expect(text.startsWith('Jakso,Luokka,Yksikkö,Dialogeja,Osallistujia\r\n')).toBe(true);
    expect(text).toContain('2025,Työyhteisö,Koulu A,2,20\r\n');
    expect(text).toContain('2025,Erätauko,Kirjasto,1,9\r\n');
    const log = await s.app.deps.store.audit.list(`org:${org}`);
    expect(log.some((e) => e.action === 'export' && e.detail.format === 'stats.csv')).toBe(true);
  });

  it('the statistics CSV has its headers in the language of the page (?lang=), else in the user’s language', async () => {
    const csv = async (q: string) => {
      const res = await fetch(`${s.base}/api/orgs/${org}/stats.csv?by=year&year=2025${q}`, { headers: { cookie: w.cookie.coord } });
      expect(res.status).toBe(200);
      const bytes = Buffer.from(await res.arrayBuffer());
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      return bytes.subarray(3).toString('utf8');
    };
    const fi = await csv('&lang=fi');
    expect(fi.split('\r\n')[0]).toBe('Jakso,Luokka,Yksikkö,Dialogeja,Osallistujia');
    expect(fi).toContain('2025,Työyhteisö,Koulu A,2,20\r\n');
    const sv = await csv('&lang=sv');
    expect(sv.split('\r\n')[0]).toBe('Period,Kategori,Enhet,Dialoger,Deltagare');
    expect(sv).toContain('2025,Työyhteisö,Koulu A,2,20\r\n');
    expect((await csv('&lang=en')).split('\r\n')[0]).toBe('Period,Category,Unit,Dialogues,Participants');
    // without ?lang=, the signed-in user's language
    await s.app.deps.store.users.setLang(w.id.coord, 'sv');
    try {
      expect((await csv('')).split('\r\n')[0]).toBe('Period,Kategori,Enhet,Dialoger,Deltagare');
    } finally {
      await s.app.deps.store.users.setLang(w.id.coord, 'fi');
    }
    // a language the exports do not have is a bad request, not a silent fallback
    expect((await fetch(`${s.base}/api/orgs/${org}/stats.csv?lang=xx`, { headers: { cookie: w.cookie.coord } })).status).toBe(400);
  });

  it('[PR10] another organisation’s coordinator gets 404 and sees nothing of this organisation', async () => {
    for (const path of ['stats', 'stats.csv', 'dialogues', 'facilitators', 'categories', 'hours?month=2025-02']) {
      const r = await as('coordB', 'GET', `/api/orgs/${org}/${path}`);
      expect(r.status, path).toBe(404);
      expect(r.body, path).toMatchObject({ error: 'not_found' });
    }
    const own = (await as('coordB', 'GET', `/api/orgs/${orgB}/stats?by=year`)).body as StatsView;
    expect(own.rows).toEqual([]);
    expect((await as('coordB', 'GET', `/api/orgs/${orgB}/dialogues`)).body).toEqual([]);
    expect((await as('coordB', 'GET', `/api/processes/${made.A1}/commission`)).status).toBe(404);
    // inside the organisation, statistics are for coordinators and org admins only
    expect((await as('fac', 'GET', `/api/orgs/${org}/stats`)).body).toMatchObject({ error: 'forbidden' });
    expect((await as('commissioner', 'GET', `/api/orgs/${org}/stats.csv`)).status).toBe(403);
  });
});
