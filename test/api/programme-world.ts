import { facilitator, http, orgId, startServer, type HttpResult, type TestServer } from '../support/test-server.ts';

/* The people of the programme tests: organisation A with one of each role, and a coordinator of B. */

export type Who = 'fac' | 'peer' | 'coord' | 'admin' | 'commissioner' | 'coordB';

export interface ProgrammeWorld {
  s: TestServer;
  org: string;
  orgB: string;
  id: Record<Who, string>;
  cookie: Record<Who, string>;
  /** a request as this user (English messages unless asked) */
  as(k: Who, method: string, path: string, body?: unknown, lang?: string): Promise<HttpResult<never>>;
  /** moves a process of `fac` through these states */
  toState(processId: string, states: string[]): Promise<void>;
}

const USERS: [Who, string, { org?: string; roles: ('facilitator' | 'coordinator' | 'org_admin' | 'commissioner')[] }][] = [
  ['fac', 'vetaja@example.fi', { roles: ['facilitator'] }],
  ['peer', 'toinen.vetaja@example.fi', { roles: ['facilitator'] }],
  ['coord', 'koordinaattori@example.fi', { roles: ['coordinator'] }],
  ['admin', 'admin@example.fi', { roles: ['org_admin'] }],
  ['commissioner', 'tilaaja@example.fi', { roles: ['commissioner'] }],
  ['coordB', 'koordinaattori@toinen.fi', { org: 'Toinen kaupunki', roles: ['coordinator', 'facilitator'] }],
];

export async function programmeWorld(): Promise<ProgrammeWorld> {
  const s = await startServer();
  const org = await orgId(s);
  const orgB = await orgId(s, 'Toinen kaupunki');
  const cookie = {} as Record<Who, string>;
  const id = {} as Record<Who, string>;
  for (const [k, email, o] of USERS) {
    cookie[k] = await facilitator(s, email, { ...o, name: k });
    id[k] = (await http<{ id: string }>(s, 'GET', '/api/me', undefined, { cookie: cookie[k] })).body.id;
  }
  const as: ProgrammeWorld['as'] = (k, method, path, body, lang = 'en') =>
    http<never>(s, method, path, body, { cookie: cookie[k], headers: { 'accept-language': lang } });
  const toState = async (processId: string, states: string[]) => {
    for (const to of states) {
      const r = await as('fac', 'POST', `/api/processes/${processId}/transition`, { to });
      if (r.status !== 200) throw new Error(`${to}: ${r.status} ${JSON.stringify(r.body)}`);
    }
  };
  return { s, org, orgB, id, cookie, as, toState };
}
