import { EXPORT_FORMATS } from '../../src/protocol/http-schema.ts';
import { base32Decode, totpAt } from '../../src/services/totp.ts';
import { cid, PASSWORD } from '../support/test-server.ts';
import { account, everyone, NO_ACCOUNT, orgAdmin, OUTSIDERS, read, runner, signedIn, staff, write } from './authz-expect.ts';
import { LIBRARY_ROWS } from './authz-library-rows.ts';
import { PROGRAMME_ROWS } from './authz-programme.ts';
import { SURVEY_ROWS } from './authz-survey.ts';
import {
  cheapPassword,
  closedSession1Process,
  enableMfa,
  HTTP_ACTORS,
  imageQuery,
  isUser,
  resetMfa,
  resetToken,
  resignIn,
  send,
  type HttpActor,
  type Sent,
  type World,
} from './authz-fixtures.ts';

/*
 * The HTTP authorisation matrix: one row per registered route, one expected status per actor.
 * A 2xx/3xx cell must really succeed with a valid body; a 4xx cell must change nothing.
 */

export interface Req {
  path: string;
  json?: unknown;
  raw?: Buffer;
  headers?: Record<string, string>;
}

export interface HttpRow {
  route: string;
  expect: Record<HttpActor, number>;
  /** the request; `allowed` cells may build fresh fixtures (for routes that destroy or consume) */
  req(w: World, a: HttpActor, allowed: boolean): Req | Promise<Req>;
  /** restores what an allowed cell used up (e.g. the actor's sign-in) */
  after?(w: World, a: HttpActor, res: Sent): Promise<void>;
}

const me = (w: World, a: HttpActor) => (isUser(a) ? w.userId[a] : null);
let n = 0;
const unique = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${++n}`;

const IMAGE_OUTSIDERS = ['stranger', 'admin', 'orgAdmin', 'coordinator', 'peer', 'commissioner', 'other'] as const;

export const HTTP_ROWS: HttpRow[] = [
  // ---- public: health, setup and sign-in, join, pages (no account needed; credentials ignored)
  { route: 'GET /healthz', expect: everyone(200), req: () => ({ path: '/healthz' }) },
  { route: 'GET /api/setup-status', expect: everyone(200), req: () => ({ path: '/api/setup-status' }) },
  {
    route: 'POST /api/setup',
    expect: everyone(201),
    req: async (w) => ({
      path: '/api/setup',
      json: { token: await w.s.app.deps.auth.issueSetupToken(), email: `${unique('new')}@example.fi`, password: PASSWORD, name: 'Uusi' },
    }),
  },
  {
    route: 'POST /api/login',
    expect: everyone(200),
    req: (w, a) => ({ path: '/api/login', json: { email: me(w, a) ? w.email[a as 'owner'] : w.spare, password: PASSWORD } }),
    // the new cookie replaces the one sent
    after: async (w, a, res) => {
      if (me(w, a)) w.cookie[a as 'owner'] = res.headers.get('set-cookie')!.split(';')[0]!;
    },
  },
  {
    route: 'POST /api/login/2fa',
    expect: everyone(200),
    req: async (w) => {
      await resetMfa(w, w.twoFactor.userId);
      const [code] = await enableMfa(w, w.twoFactor.userId);
      const first = await send(w.s, 'POST', '/api/login', { json: { email: w.twoFactor.email, password: PASSWORD } });
      return { path: '/api/login/2fa', json: { ticket: (first.body as { ticket: string }).ticket, code: code! } };
    },
    after: (w, a) => resignIn(w, a),
  },
  { route: 'POST /api/logout', expect: everyone(204), req: () => ({ path: '/api/logout' }), after: (w, a) => resignIn(w, a) },
  {
    route: 'POST /api/password-reset',
    expect: everyone(202),
    // each actor from an address of its own: at most 10 reset requests per address and hour
    req: (w, a) => ({
      path: '/api/password-reset',
      json: { email: w.spare },
      headers: { 'x-forwarded-for': `192.0.2.${HTTP_ACTORS.indexOf(a) + 1}` },
    }),
  },
  {
    route: 'POST /api/password-reset/confirm',
    expect: everyone(204),
    req: async (w) => ({ path: '/api/password-reset/confirm', json: { token: await resetToken(w, w.resetUser), password: PASSWORD } }),
  },
  { route: 'POST /api/join', expect: everyone(200), req: (w) => ({ path: '/api/join', json: { code: w.joinCode, lang: 'fi' } }) },
  // the language root redirects; pages under /:lang/ follow PAGE_RULE below
  { route: 'GET /', expect: everyone(302), req: () => ({ path: '/' }) },
  { route: 'GET /:lang', expect: everyone(302), req: () => ({ path: '/sv' }) },
  // built assets (the world serves a web directory with app.css)
  { route: 'GET /assets/:name', expect: everyone(200), req: () => ({ path: '/assets/app.css' }) },

  // ---- the signed-in user's own account: any role, no participant
  { route: 'GET /api/me', expect: account(200), req: () => ({ path: '/api/me' }) },
  { route: 'PATCH /api/me', expect: account(204), req: () => ({ path: '/api/me', json: { lang: 'fi' } }) },
  {
    route: 'POST /api/me/password',
    expect: account(204),
    req: () => ({ path: '/api/me/password', json: { current: PASSWORD, next: PASSWORD } }),
    after: async (w, a, res) => {
      w.cookie[a as 'owner'] = res.headers.get('set-cookie')!.split(';')[0]!;
      await cheapPassword(w.s, me(w, a)!);
    },
  },
  { route: 'POST /api/logout-everywhere', expect: account(204), req: () => ({ path: '/api/logout-everywhere' }), after: resignIn },
  { route: 'GET /api/me/2fa', expect: account(200), req: () => ({ path: '/api/me/2fa' }) },
  {
    route: 'POST /api/me/2fa/setup',
    expect: account(200),
    req: () => ({ path: '/api/me/2fa/setup' }),
    after: (w, a) => resetMfa(w, me(w, a)!),
  },
  {
    route: 'POST /api/me/2fa/enable',
    expect: account(200),
    req: async (w, a, allowed) => {
      if (!allowed) return { path: '/api/me/2fa/enable', json: { code: '123456' } };
      const d = w.s.app.deps;
      const { secret } = await d.auth.mfa.begin((await d.store.users.byId(me(w, a)!))!);
      return { path: '/api/me/2fa/enable', json: { code: totpAt(base32Decode(secret)!, Date.now()) } };
    },
    after: (w, a) => resetMfa(w, me(w, a)!),
  },
  {
    route: 'POST /api/me/2fa/disable',
    expect: account(204),
    req: async (w, a, allowed) => ({
      path: '/api/me/2fa/disable',
      json: { password: PASSWORD, code: allowed ? (await enableMfa(w, me(w, a)!))[0]! : 'aaaa-bbbb-cc' },
    }),
    after: (w, a) => resetMfa(w, me(w, a)!),
  },
  {
    route: 'POST /api/me/2fa/recovery-codes',
    expect: account(200),
    req: async (w, a, allowed) => ({
      path: '/api/me/2fa/recovery-codes',
      json: { code: allowed ? (await enableMfa(w, me(w, a)!))[0]! : 'aaaa-bbbb-cc' },
    }),
    after: (w, a) => resetMfa(w, me(w, a)!),
  },

  // ---- processes and sessions [SPEC S1, S4, S5]
  { route: 'GET /api/processes', expect: signedIn(200), req: () => ({ path: '/api/processes' }) },
  {
    route: 'POST /api/processes',
    // only a facilitator (of any organisation) creates processes
    expect: staff({ 201: ['owner', 'peer', 'other'], 403: ['admin', 'orgAdmin', 'coordinator', 'commissioner'], 401: NO_ACCOUNT }),
    req: () => ({ path: '/api/processes', json: { name: 'Uusi dialogi' } }),
  },
  { route: 'GET /api/processes/:id', expect: read(), req: (w) => ({ path: `/api/processes/${w.p.id}` }) },
  // join codes and the live console: the facilitator who runs it only
  { route: 'GET /api/sessions/:id', expect: runner(), req: (w) => ({ path: `/api/sessions/${w.s1}` }) },
  { route: 'GET /api/sessions/:id/qr.svg', expect: runner(), req: (w) => ({ path: `/api/sessions/${w.s1}/qr.svg` }) },

  // ---- after the sessions [SPEC O1, S4, D1–D4]
  {
    route: 'POST /api/processes/:id/sessions',
    expect: runner(201),
    req: async (w, _a, allowed) => ({
      path: `/api/processes/${allowed ? (await closedSession1Process(w)).id : w.q.id}/sessions`,
      json: { kind: 'open_space' },
    }),
  },
  {
    route: 'PUT /api/processes/:id/commissioner',
    expect: runner(),
    req: (w) => ({ path: `/api/processes/${w.p.id}/commissioner`, json: { email: w.email.commissioner } }),
  },
  { route: 'GET /api/processes/:id/outputs', expect: read(), req: (w) => ({ path: `/api/processes/${w.p.id}/outputs` }) },
  { route: 'GET /api/processes/:id/followup', expect: read(), req: (w) => ({ path: `/api/processes/${w.p.id}/followup` }) },
  {
    route: 'PUT /api/processes/:id/followup',
    expect: write(),
    req: (w) => ({ path: `/api/processes/${w.p.id}/followup`, json: { heard: unique('Kuultiin'), nextMeeting: '2027-02-01T09:00' } }),
  },
  { route: 'GET /api/processes/:id/followup.ics', expect: read(), req: (w) => ({ path: `/api/processes/${w.p.id}/followup.ics` }) },
  { route: 'GET /api/processes/:id/actions', expect: read(), req: (w) => ({ path: `/api/processes/${w.p.id}/actions` }) },
  {
    route: 'POST /api/processes/:id/actions',
    expect: write(201),
    req: (w) => ({ path: `/api/processes/${w.p.id}/actions`, json: { title: unique('Toimenpide') } }),
  },
  {
    route: 'PATCH /api/processes/:id/actions/:actionId',
    expect: write(),
    req: (w) => ({ path: `/api/processes/${w.p.id}/actions/${w.actionId}`, json: { owner: unique('Omistaja') } }),
  },
  { route: 'GET /api/processes/:id/summary', expect: read(), req: (w) => ({ path: `/api/processes/${w.p.id}/summary` }) },
  {
    route: 'PUT /api/processes/:id/summary',
    expect: write(),
    req: (w) => ({ path: `/api/processes/${w.p.id}/summary`, json: { text: unique('Yhteenveto') } }),
  },
  {
    route: 'GET /api/processes/:id/export/:format',
    expect: read(),
    // each actor tries another format, so every format is fetched by someone
    req: (w, a) => ({ path: `/api/processes/${w.p.id}/export/${EXPORT_FORMATS[HTTP_ACTORS.indexOf(a) % EXPORT_FORMATS.length]}` }),
  },

  // ---- organisations [SPEC S5]
  { route: 'GET /api/orgs', expect: signedIn(200), req: () => ({ path: '/api/orgs' }) },
  {
    route: 'POST /api/orgs',
    // the installation admin creates organisations; nobody else
    expect: staff({ 201: ['admin'], 403: ['orgAdmin', 'coordinator', 'owner', 'peer', 'commissioner', 'other'], 401: NO_ACCOUNT }),
    req: () => ({ path: '/api/orgs', json: { name: unique('Kunta') } }),
  },
  { route: 'PATCH /api/orgs/:id', expect: orgAdmin(), req: (w) => ({ path: `/api/orgs/${w.orgA}`, json: { retentionMonths: 12 } }) },
  { route: 'GET /api/orgs/:id/members', expect: orgAdmin(), req: (w) => ({ path: `/api/orgs/${w.orgA}/members` }) },
  {
    route: 'PUT /api/orgs/:id/members',
    // the installation admin may name an organisation's org admins (the first one especially)
    expect: staff({ 204: ['orgAdmin', 'admin'], 404: ['coordinator', 'owner', 'peer', 'commissioner', 'other'], 401: NO_ACCOUNT }),
    req: (w) => ({ path: `/api/orgs/${w.orgA}/members`, json: { email: w.spare, role: 'org_admin', on: true } }),
  },
  {
    route: 'POST /api/orgs/:id/invites',
    expect: orgAdmin(201),
    req: (w) => ({ path: `/api/orgs/${w.orgA}/invites`, json: { role: 'facilitator' } }),
  },
  { route: 'GET /api/orgs/:id/audit', expect: orgAdmin(), req: (w) => ({ path: `/api/orgs/${w.orgA}/audit` }) },

  // ---- a process's life cycle [SPEC D7]
  {
    route: 'POST /api/processes/:id/close',
    // the facilitator who runs it or an org admin (retention is theirs) closes it; a coordinator
    // and the commissioner see it but may not
    expect: staff({ 204: ['owner', 'orgAdmin'], 403: ['coordinator', 'commissioner'], 404: OUTSIDERS, 401: NO_ACCOUNT }),
    req: (w) => ({ path: `/api/processes/${w.p.id}/close`, json: { closed: true } }),
  },
  {
    route: 'PUT /api/processes/:id/retention',
    expect: orgAdmin(204),
    req: (w) => ({ path: `/api/processes/${w.p.id}/retention`, json: { months: 24 } }),
  },
  {
    route: 'POST /api/processes/:id/erase',
    expect: orgAdmin(204),
    req: async (w, _a, allowed) => ({ path: `/api/processes/${allowed ? (await closedSession1Process(w)).id : w.p.id}/erase` }),
  },

  // ---- flipchart images: the session's participants and its facilitator [SPEC O7]
  {
    route: 'POST /api/sessions/:id/images',
    // a participant of another session learns nothing either
    expect: staff({ 201: ['participant', 'owner'], 404: [...IMAGE_OUTSIDERS], 401: ['anon'] }),
    req: (w) => ({ path: `/api/sessions/${w.s2}/images?${imageQuery(w.participant.group, cid('img'))}`, raw: w.png }),
  },
  {
    route: 'GET /api/sessions/:id/images/:imageId',
    expect: staff({ 200: ['participant', 'owner'], 404: [...IMAGE_OUTSIDERS], 401: ['anon'] }),
    req: (w) => ({ path: `/api/sessions/${w.s2}/images/${w.imageId}` }),
  },

  // ---- the wellbeing survey [SPEC WB8]
  ...SURVEY_ROWS,

  // ---- the dialogue programme [SPEC PR10]
  ...PROGRAMME_ROWS,

  // ---- the practice library and meetups [SPEC L]
  ...LIBRARY_ROWS,
];

/**
 * Pattern rule for pages: every GET route under /:lang/ is an app's HTML shell, the same for
 * everyone and with no data in it (the app asks the API, whose routes are rows above). Each is
 * tried as every actor and must answer 200 text/html, so a data route put there fails.
 */
export const PAGE_RULE = /^GET \/:lang\//;

/** A concrete path for a page route: a language, the process/session under test, a join code. */
export function pagePath(route: string, w: World): string {
  return route
    .slice('GET '.length)
    .replace(':lang', 'fi')
    .replace(/\/sessions\/:id|\/screen\/:id/, (m) => m.replace(':id', w.s2))
    .replace(':code', w.joinCode)
    .replace(/:[a-zA-Z]+/g, w.p.id);
}
