import { DEFAULT_SURVEY_ITEMS } from '../../src/domain/survey.ts';
import { hashToken, newToken } from '../../src/services/crypto-util.ts';
import { createProcess } from '../support/test-server.ts';
import { everyone, NO_ACCOUNT, read, staff, write } from './authz-expect.ts';
import type { World } from './authz-fixtures.ts';
import type { HttpRow } from './authz-http-rows.ts';

/*
 * Matrix rows of the wellbeing survey [SPEC WB8]: the process's facilitator and commissioner
 * manage it, coordinators and org admins read, outsiders get 404; the link routes need no account.
 */

/** A fresh process of the owner with the world's commissioner named (for routes that use a process up). */
async function freshProcess(w: World): Promise<string> {
  const p = await createProcess(w.s, w.cookie.owner, { name: 'Kyselyprosessi' });
  await w.s.app.deps.store.members.set(p.id, 'commissioner', w.userId.commissioner, Date.now());
  return p.id;
}

let surveyed: string | null = null;
/** One process with an open pre and post survey and no answers (made on first use). */
async function surveyedProcess(w: World): Promise<string> {
  if (surveyed) return surveyed;
  const id = await freshProcess(w);
  const items = DEFAULT_SURVEY_ITEMS.map((i) => ({ ...i }));
  for (const phase of ['pre', 'post'] as const)
    await w.s.app.deps.store.surveys.create({ id: `${id}-${phase}`, processId: id, phase, items, closedAt: null, createdAt: Date.now() });
  surveyed = id;
  return id;
}

/** A new unused link of another process's pre survey (answers there never block the item edits above). */
let answered: string | null = null;
async function freshToken(w: World): Promise<string> {
  if (!answered) {
    answered = await freshProcess(w);
    const items = DEFAULT_SURVEY_ITEMS.map((i) => ({ ...i }));
    await w.s.app.deps.store.surveys.create({
      id: `${answered}-pre`,
      processId: answered,
      phase: 'pre',
      items,
      closedAt: null,
      createdAt: 1,
    });
  }
  const token = newToken();
  await w.s.app.deps.store.surveys.addTokens(`${answered}-pre`, [hashToken(token)]);
  return token;
}

export const SURVEY_ROWS: HttpRow[] = [
  { route: 'GET /api/processes/:id/surveys', expect: read(), req: (w) => ({ path: `/api/processes/${w.p.id}/surveys` }) },
  {
    route: 'POST /api/processes/:id/surveys',
    expect: write(201),
    req: async (w, _a, allowed) => ({ path: `/api/processes/${allowed ? await freshProcess(w) : w.p.id}/surveys`, json: { phase: 'pre' } }),
  },
  {
    route: 'PUT /api/processes/:id/survey-items',
    expect: write(),
    req: async (w) => ({
      path: `/api/processes/${await surveyedProcess(w)}/survey-items`,
      json: { items: DEFAULT_SURVEY_ITEMS.slice(0, 6) },
    }),
  },
  {
    route: 'POST /api/processes/:id/surveys/:phase/links',
    expect: write(201),
    req: async (w) => ({ path: `/api/processes/${await surveyedProcess(w)}/surveys/pre/links`, json: { count: 2 } }),
  },
  {
    route: 'POST /api/processes/:id/surveys/:phase/close',
    expect: write(204),
    req: async (w) => ({ path: `/api/processes/${await surveyedProcess(w)}/surveys/post/close` }),
  },
  { route: 'GET /api/processes/:id/survey-results', expect: read(), req: (w) => ({ path: `/api/processes/${w.p.id}/survey-results` }) },
  {
    route: 'GET /api/processes/:id/survey-results.csv',
    expect: read(),
    req: (w) => ({ path: `/api/processes/${w.p.id}/survey-results.csv` }),
  },
  {
    route: 'GET /api/orgs/:id/survey-units',
    // an organisation's overview: its coordinators and org admins
    expect: staff({ 200: ['orgAdmin', 'coordinator'], 404: ['admin', 'owner', 'peer', 'commissioner', 'other'], 401: NO_ACCOUNT }),
    req: (w) => ({ path: `/api/orgs/${w.orgA}/survey-units` }),
  },
  // no account: the link is the credential, whoever sends it
  { route: 'GET /api/survey/:token', expect: everyone(200), req: async (w) => ({ path: `/api/survey/${await freshToken(w)}` }) },
  {
    route: 'POST /api/survey/:token',
    expect: everyone(201),
    req: async (w) => ({ path: `/api/survey/${await freshToken(w)}`, json: { answers: DEFAULT_SURVEY_ITEMS.map(() => 3) } }),
  },
];
