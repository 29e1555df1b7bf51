import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CategoryView, CommissionView, FacilitatorView, HoursView } from '../../src/protocol/programme-schema.ts';
import { createProcess } from '../support/test-server.ts';
import { programmeWorld, type ProgrammeWorld } from './programme-world.ts';

/* The programme over HTTP: commission and life cycle, categories, pool, assignment and hours. [SPEC PR1–PR10] */

let w: ProgrammeWorld;
let s: ProgrammeWorld['s'];
let org: string;
let id: ProgrammeWorld['id'];
beforeAll(async () => {
  w = await programmeWorld();
  ({ s, org, id } = w);
});
afterAll(async () => {
  await w.s.stop();
});
const as: ProgrammeWorld['as'] = (...args) => w.as(...args);
const toState: ProgrammeWorld['toState'] = (...args) => w.toState(...args);

describe('[PR1–PR4] commission and life cycle over HTTP', () => {
  it('goes draft → closed one step at a time; illegal steps, missing readiness and "no" without override are refused', async () => {
    const p = await createProcess(s, w.cookie.fac, { unit: 'Lukio' });
    const path = `/api/processes/${p.id}`;
    const fresh = await as('fac', 'GET', `${path}/commission`);
    expect(fresh.status).toBe(200);
    expect(fresh.body).toMatchObject({
      state: 'draft',
      next: 'agreed',
      readiness: null,
      consentToShare: 'later',
      history: [],
      updatedAt: null,
    });

    const skip = await as('fac', 'POST', `${path}/transition`, { to: 'session1' });
    expect(skip.status).toBe(409);
    expect(skip.body).toEqual({ error: 'illegal_transition', message: expect.stringContaining('draft, agreed, session 1') });
    expect((await as('fac', 'POST', `${path}/transition`, { to: 'agreed' })).body).toMatchObject({ error: 'readiness_missing' });
    expect((await as('fac', 'POST', `${path}/transition`, { to: 'nowhere' })).body).toMatchObject({ error: 'validation', field: 'to' });

    const commission = {
      method: 'hkd',
      participantGroups: ['workers', 'guardians'],
      plans: [{ session: 'session1', startsAt: Date.parse('2024-11-04T08:00:00Z'), place: 'Auditorio' }],
      readiness: 'no',
      agreedWith: 'Luottamusmies ja rehtori',
      agreedOn: '2025-02-01',
      consentToShare: 'yes',
    };
    const named = await as('fac', 'PUT', `${path}/commissioner`, { email: 'tilaaja@example.fi' });
    expect(named.status).toBe(200);
    const saved = await as('commissioner', 'PUT', `${path}/commission`, commission);
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({
      readiness: 'no',
      needsOverride: true,
      consentToShare: 'yes',
      participantGroups: ['workers', 'guardians'],
    });
    const noOverride = await as('fac', 'POST', `${path}/transition`, { to: 'agreed' }, 'fi');
    expect(noOverride.body).toEqual({ error: 'readiness_override', message: expect.stringContaining('perustelu') });
    expect((await as('fac', 'POST', `${path}/transition`, { to: 'agreed', override: '   ' })).body).toMatchObject({
      error: 'readiness_override',
    });

    const agreed = await as('fac', 'POST', `${path}/transition`, {
      to: 'agreed',
      override: 'Työsuojelu tukee; aloitetaan pienellä ryhmällä',
    });
    expect(agreed.status).toBe(200);
    expect(agreed.body).toMatchObject({
      state: 'agreed',
      next: 'session1',
      needsOverride: false,
      readinessOverride: 'Työsuojelu tukee; aloitetaan pienellä ryhmällä',
    });
    await toState(p.id, ['session1', 'session2', 'followup', 'closed']);
    const closed = (await as('coord', 'GET', `${path}/commission`)).body as CommissionView;
    expect(closed.state).toBe('closed');
    expect(closed.next).toBeNull();
    expect(closed.history.map((h) => [h.from, h.to, h.user])).toEqual([
      ['draft', 'agreed', 'fac'],
      ['agreed', 'session1', 'fac'],
      ['session1', 'session2', 'fac'],
      ['session2', 'followup', 'fac'],
      ['followup', 'closed', 'fac'],
    ]);
    expect(closed.history[0]!.note).toBe('Työsuojelu tukee; aloitetaan pienellä ryhmällä');
    expect(closed.history.every((h) => typeof h.at === 'number')).toBe(true);
    expect((await as('fac', 'POST', `${path}/transition`, { to: 'draft' })).body).toMatchObject({ error: 'illegal_transition' });
    const audit = await s.app.deps.store.audit.list(`process:${p.id}`);
    expect(audit.filter((e) => e.action === 'programme.transition')).toHaveLength(5);
  });

  it('[PR10] coordinators read but do not change a commission; other facilitators and other organisations get 404', async () => {
    const p = await createProcess(s, w.cookie.fac);
    const path = `/api/processes/${p.id}/commission`;
    expect((await as('coord', 'GET', path)).status).toBe(200);
    expect((await as('admin', 'GET', path)).status).toBe(200);
    expect((await as('coord', 'PUT', path, { readiness: 'yes' })).body).toMatchObject({ error: 'forbidden' });
    expect((await as('coord', 'POST', `/api/processes/${p.id}/transition`, { to: 'agreed' })).status).toBe(403);
    for (const k of ['peer', 'coordB'] as const) {
      expect((await as(k, 'GET', path)).status, k).toBe(404);
      expect((await as(k, 'PUT', path, { readiness: 'yes' })).status, k).toBe(404);
    }
    expect((await as('fac', 'PUT', path, { categoryId: 'not-a-category' })).body).toMatchObject({ error: 'invalid_value' });
  });
});

describe('[PR5] categories', () => {
  it('start from the defaults; coordinators add, rename and archive; members read; others get 404', async () => {
    const list = await as('fac', 'GET', `/api/orgs/${org}/categories`);
    expect((list.body as CategoryView[]).map((x) => x.name)).toEqual([
      'Työyhteisö',
      'Luokkadialogi',
      'Vanhempainilta',
      'Asukaskuuleminen',
      'Erätauko',
      'Muu',
    ]);
    const made = await as('coord', 'POST', `/api/orgs/${org}/categories`, { name: 'Kohtaamo' });
    expect(made.status).toBe(201);
    expect((await as('coord', 'POST', `/api/orgs/${org}/categories`, { name: 'kohtaamo' })).status).toBe(409);
    expect((await as('fac', 'POST', `/api/orgs/${org}/categories`, { name: 'X' })).status).toBe(403);
    expect((await as('coordB', 'GET', `/api/orgs/${org}/categories`)).status).toBe(404);
    const cid = (made.body as CategoryView).id;
    const archived = await as('admin', 'PATCH', `/api/orgs/${org}/categories/${cid}`, { archived: true });
    expect(archived.body).toEqual({ id: cid, name: 'Kohtaamo', archived: true });
    expect((await as('coordB', 'PATCH', `/api/orgs/${org}/categories/${cid}`, { archived: false })).status).toBe(404);
  });
});

describe('[PR7–PR9] facilitator pool, assignment and hours', () => {
  it('the allowance is set by the coordinator; hours over it warn', async () => {
    const pool = `/api/orgs/${org}/facilitators`;
    expect(((await as('coord', 'GET', pool)).body as FacilitatorView[]).map((f) => f.name)).toEqual(['fac', 'peer']);
    expect(((await as('fac', 'GET', pool)).body as FacilitatorView[]).map((f) => f.name)).toEqual(['fac']);
    expect((await as('commissioner', 'GET', pool)).status).toBe(403);
    expect((await as('coordB', 'GET', pool)).status).toBe(404);

    const set = await as('coord', 'PUT', `${pool}/${id.fac}`, {
      languages: ['fi', 'sv'],
      methods: ['hkd', 'eratauko'],
      availability: 'ti ja to',
      allowanceHours: 6,
    });
    expect(set.body).toMatchObject({ name: 'fac', languages: ['fi', 'sv'], methods: ['hkd', 'eratauko'], allowanceHours: 6 });
    expect((await as('fac', 'PUT', `${pool}/${id.fac}`, { languages: ['fi'], allowanceHours: 20 })).status).toBe(403);
    const own = await as('fac', 'PUT', `${pool}/${id.fac}`, { languages: ['fi', 'en'], availability: 'aamupäivisin' });
    expect(own.body).toMatchObject({ languages: ['fi', 'en'], allowanceHours: 6 });
    expect((await as('fac', 'PUT', `${pool}/${id.peer}`, { languages: ['fi'] })).status).toBe(403);
    expect((await as('coord', 'PUT', `${pool}/${id.commissioner}`, { languages: ['fi'] })).body).toMatchObject({ error: 'user_not_found' });

    const p = await createProcess(s, w.cookie.peer, { name: 'Perhekeskus' });
    const assign = { session: 'session1', userIds: [id.fac] };
    expect((await as('peer', 'PUT', `/api/processes/${p.id}/assignment`, assign)).status).toBe(403);
    expect((await as('coordB', 'PUT', `/api/processes/${p.id}/assignment`, assign)).status).toBe(404);
    expect((await as('coord', 'PUT', `/api/processes/${p.id}/assignment`, { session: 'session1', userIds: [id.coord] })).status).toBe(404);
    const assigned = await as('coord', 'PUT', `/api/processes/${p.id}/assignment`, assign);
    expect((assigned.body as CommissionView).plans).toEqual([
      { session: 'session1', startsAt: null, place: '', online: false, facilitators: [{ userId: id.fac, name: 'fac' }] },
    ]);
    // the assigned facilitator now sees the commission
    expect((await as('fac', 'GET', `/api/processes/${p.id}/commission`)).status).toBe(200);

    // 31 January 22:30 UTC is already February in Helsinki
    const at = Date.parse('2025-01-31T22:30:00Z');
    const first = await as('fac', 'POST', `/api/processes/${p.id}/hours`, { session: 'session1', at, hours: 4 });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ month: '2025-02', userId: id.fac, hours: 4, allowanceHours: 6, over: false });
    const second = await as('fac', 'POST', `/api/processes/${p.id}/hours`, { session: 'session2', at: at + 86_400_000, hours: 2.5 });
    expect(second.body).toMatchObject({ month: '2025-02', hours: 6.5, over: true });
    expect((await as('fac', 'POST', `/api/processes/${p.id}/hours`, { session: 'session1', at, hours: 1, userId: id.peer })).status).toBe(
      403,
    );
    expect((await as('commissioner', 'POST', `/api/processes/${p.id}/hours`, { session: 'session1', at, hours: 1 })).status).toBe(404);
    expect(
      (await as('coord', 'POST', `/api/processes/${p.id}/hours`, { session: 'session1', at, hours: 0.1, userId: id.peer })).status,
    ).toBe(400);
    expect((await as('coord', 'POST', `/api/processes/${p.id}/hours`, { session: 'session1', at, hours: 1, userId: id.peer })).status).toBe(
      201,
    );

    const feb = (await as('coord', 'GET', `/api/orgs/${org}/hours?month=2025-02`)).body as HoursView;
    expect(feb.rows.map((r) => [r.name, r.hours, r.allowanceHours, r.over])).toEqual([
      ['fac', 6.5, 6, true],
      ['peer', 1, null, false],
    ]);
    const jan = (await as('coord', 'GET', `/api/orgs/${org}/hours?month=2025-01`)).body as HoursView;
    expect(jan.rows.map((r) => r.hours)).toEqual([0, 0]);
    expect(((await as('fac', 'GET', `/api/orgs/${org}/hours?month=2025-02`)).body as HoursView).rows.map((r) => r.name)).toEqual(['fac']);
    expect((await as('coord', 'GET', `/api/orgs/${org}/hours?month=2025-13`)).body).toMatchObject({ error: 'validation', field: 'month' });
    expect((await as('coordB', 'GET', `/api/orgs/${org}/hours?month=2025-02`)).status).toBe(404);
  });
});

describe('[PR11] a coordinator commissions a dialogue for a pool facilitator', () => {
  it('creates the process in this organisation, owned by the facilitator, assigned to session 1, as a draft', async () => {
    const cats = (await as('coord', 'GET', `/api/orgs/${org}/categories`)).body as CategoryView[];
    const body = {
      name: 'Nuorisotalon dialogi',
      unit: 'Nuorisopalvelut',
      facilitatorId: id.peer,
      categoryId: cats[0]!.id,
      method: 'eratauko',
    };
    const made = await as('coord', 'POST', `/api/orgs/${org}/commissions`, body);
    expect(made.status).toBe(201);
    const view = made.body as CommissionView;
    expect(view).toMatchObject({ name: 'Nuorisotalon dialogi', unit: 'Nuorisopalvelut', state: 'draft', method: 'eratauko' });
    expect(view.category).toBe(cats[0]!.name);
    expect(view.plans).toEqual([
      { session: 'session1', startsAt: null, place: '', online: false, facilitators: [{ userId: id.peer, name: 'peer' }] },
    ]);

    // the facilitator owns and runs it
    const mine = (await as('peer', 'GET', '/api/processes')).body as { id: string; orgId: string; role: string; sessions: unknown[] }[];
    expect(mine.find((p) => p.id === view.processId)).toMatchObject({ orgId: org, role: 'facilitator', sessions: [expect.anything()] });
    expect((await as('peer', 'PUT', `/api/processes/${view.processId}/commission`, { readiness: 'yes' })).status).toBe(200);
    expect((await as('fac', 'GET', `/api/processes/${view.processId}/commission`)).status).toBe(404);
    const audit = await s.app.deps.store.audit.list(`process:${view.processId}`);
    expect(audit.find((e) => e.action === 'commission.create')).toMatchObject({ userId: id.coord, detail: { facilitatorId: id.peer } });
    // an org admin may too
    expect((await as('admin', 'POST', `/api/orgs/${org}/commissions`, { name: 'Toinen', facilitatorId: id.fac })).status).toBe(201);
  });

  it('refuses other organisations (404), other members (403), someone outside the pool (409) and a bad body (400)', async () => {
    const path = `/api/orgs/${org}/commissions`;
    const before = ((await as('coord', 'GET', `/api/orgs/${org}/dialogues`)).body as unknown[]).length;
    expect((await as('coordB', 'POST', path, { name: 'X', facilitatorId: id.coordB })).status).toBe(404);
    expect((await as('coordB', 'POST', `/api/orgs/${w.orgB}/commissions`, { name: 'X', facilitatorId: id.fac })).body).toMatchObject({
      error: 'not_a_facilitator',
    });
    for (const k of ['fac', 'commissioner'] as const)
      expect((await as(k, 'POST', path, { name: 'X', facilitatorId: id.fac })).status, k).toBe(403);
    const outside = await as('coord', 'POST', path, { name: 'X', facilitatorId: id.commissioner }, 'fi');
    expect(outside.status).toBe(409);
    expect(outside.body).toEqual({ error: 'not_a_facilitator', message: expect.stringContaining('vetäjäpoolissa') });
    expect((await as('coord', 'POST', path, { name: ' ', facilitatorId: id.fac })).body).toMatchObject({
      error: 'validation',
      field: 'name',
    });
    expect((await as('coord', 'POST', path, { name: 'X' })).body).toMatchObject({ error: 'validation', field: 'facilitatorId' });
    expect((await as('coord', 'POST', path, { name: 'X', facilitatorId: id.fac, categoryId: 'nope' })).body).toMatchObject({
      error: 'invalid_value',
    });
    expect(((await as('coord', 'GET', `/api/orgs/${org}/dialogues`)).body as unknown[]).length).toBe(before);
  });
});
