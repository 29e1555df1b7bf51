import { emptyCommission } from '../../src/services/programme-service.ts';
import { createProcess } from '../support/test-server.ts';
import { NO_ACCOUNT, read, staff, write } from './authz-expect.ts';
import type { World } from './authz-fixtures.ts';
import type { HttpRow } from './authz-http-rows.ts';

/*
 * Matrix rows of the dialogue programme [SPEC PR10]: the process's facilitator and commissioner
 * change its commission and state; coordinators and org admins read it, assign facilitators,
 * manage categories and the pool and see statistics; facilitators see their own pool profile and
 * hours; other organisations get 404.
 */

/** members of organisation A without the coordinator's rights */
const MEMBERS = ['owner', 'peer', 'commissioner'] as const;
/** signed in, not in organisation A */
const STRANGERS = ['admin', 'other'] as const;

/** overseers allowed, other members forbidden, other organisations not found */
const overseers = (status = 200) =>
  staff({ [status]: ['coordinator', 'orgAdmin'], 403: [...MEMBERS], 404: [...STRANGERS], 401: NO_ACCOUNT });
/** every member of organisation A */
const members = (status = 200) => staff({ [status]: ['coordinator', 'orgAdmin', ...MEMBERS], 404: [...STRANGERS], 401: NO_ACCOUNT });
/** overseers, and facilitators for their own share; the commissioner is forbidden */
const pool = (status = 200) =>
  staff({ [status]: ['coordinator', 'orgAdmin', 'owner', 'peer'], 403: ['commissioner'], 404: [...STRANGERS], 401: NO_ACCOUNT });

let n = 0;
const unique = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${++n}`;

/** A fresh process of the owner, the world's commissioner named, its commission ready to be agreed. */
async function readyProcess(w: World): Promise<string> {
  const p = await createProcess(w.s, w.cookie.owner, { name: 'Ohjelmaprosessi' });
  await w.s.app.deps.store.members.set(p.id, 'commissioner', w.userId.commissioner, Date.now());
  await w.s.app.deps.store.programme.putCommission({ ...emptyCommission(p.id), readiness: 'yes', agreedWith: 'Edustajat', updatedAt: 1 });
  return p.id;
}

let category: string | null = null;
async function categoryId(w: World): Promise<string> {
  if (!category) {
    category = unique('cat');
    await w.s.app.deps.store.programme.putCategory({ id: category, orgId: w.orgA, name: 'Matriisi', archived: false, createdAt: 1 });
  }
  return category;
}

export const PROGRAMME_ROWS: HttpRow[] = [
  { route: 'GET /api/processes/:id/commission', expect: read(), req: (w) => ({ path: `/api/processes/${w.p.id}/commission` }) },
  {
    route: 'PUT /api/processes/:id/commission',
    expect: write(),
    req: (w) => ({ path: `/api/processes/${w.p.id}/commission`, json: { readiness: 'yes', agreedWith: unique('Edustajat') } }),
  },
  {
    route: 'POST /api/processes/:id/transition',
    expect: write(),
    req: async (w, _a, allowed) => ({
      path: `/api/processes/${allowed ? await readyProcess(w) : w.p.id}/transition`,
      json: { to: 'agreed' },
    }),
  },
  {
    route: 'PUT /api/processes/:id/assignment',
    // coordinators assign from the pool; the facilitator and commissioner read the process but may not
    expect: staff({ 200: ['coordinator', 'orgAdmin'], 403: ['owner', 'commissioner'], 404: ['admin', 'peer', 'other'], 401: NO_ACCOUNT }),
    req: (w) => ({ path: `/api/processes/${w.p.id}/assignment`, json: { session: 'session1', userIds: [w.userId.owner] } }),
  },
  {
    route: 'POST /api/processes/:id/hours',
    // the facilitator records their own; coordinators anyone's in the pool
    expect: staff({ 201: ['owner', 'coordinator', 'orgAdmin'], 403: ['commissioner'], 404: ['admin', 'peer', 'other'], 401: NO_ACCOUNT }),
    req: (w) => ({
      path: `/api/processes/${w.p.id}/hours`,
      json: { session: 'session1', at: Date.now(), hours: 1, userId: w.userId.owner },
    }),
  },
  { route: 'GET /api/orgs/:id/categories', expect: members(), req: (w) => ({ path: `/api/orgs/${w.orgA}/categories` }) },
  {
    route: 'POST /api/orgs/:id/categories',
    expect: overseers(201),
    req: (w) => ({ path: `/api/orgs/${w.orgA}/categories`, json: { name: unique('Luokka') } }),
  },
  {
    route: 'PATCH /api/orgs/:id/categories/:categoryId',
    expect: overseers(),
    req: async (w) => ({ path: `/api/orgs/${w.orgA}/categories/${await categoryId(w)}`, json: { name: unique('Matriisi') } }),
  },
  { route: 'GET /api/orgs/:id/dialogues', expect: members(), req: (w) => ({ path: `/api/orgs/${w.orgA}/dialogues` }) },
  { route: 'GET /api/orgs/:id/stats', expect: overseers(), req: (w) => ({ path: `/api/orgs/${w.orgA}/stats?by=year` }) },
  { route: 'GET /api/orgs/:id/stats.csv', expect: overseers(), req: (w) => ({ path: `/api/orgs/${w.orgA}/stats.csv` }) },
  {
    route: 'POST /api/orgs/:id/commissions',
    // coordinators and org admins commission a dialogue for a pool facilitator (here: the owner) [PR11]
    expect: overseers(201),
    req: (w) => ({ path: `/api/orgs/${w.orgA}/commissions`, json: { name: unique('Toimeksianto'), facilitatorId: w.userId.owner } }),
  },
  { route: 'GET /api/orgs/:id/facilitators', expect: pool(), req: (w) => ({ path: `/api/orgs/${w.orgA}/facilitators` }) },
  {
    route: 'PUT /api/orgs/:id/facilitators/:userId',
    // overseers edit any profile, a facilitator only their own (here: the owner's)
    expect: staff({ 200: ['coordinator', 'orgAdmin', 'owner'], 403: ['peer', 'commissioner'], 404: [...STRANGERS], 401: NO_ACCOUNT }),
    req: (w) => ({ path: `/api/orgs/${w.orgA}/facilitators/${w.userId.owner}`, json: { languages: ['fi'], availability: unique('ti') } }),
  },
  { route: 'GET /api/orgs/:id/hours', expect: pool(), req: (w) => ({ path: `/api/orgs/${w.orgA}/hours?month=2026-12` }) },
];
