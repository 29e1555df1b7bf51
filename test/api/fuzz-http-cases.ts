// The HTTP text fields and how each one treats a string. Every string goes through: the refused
// ones in one batch between two store snapshots (they must leave no trace), the accepted ones one
// by one, each read back with a GET and compared with the expected (trimmed) value.
import type { HttpResult, TestServer } from '../support/test-server.ts';
import { getJson, send, storeSnapshot, type Failures, type Route } from './fuzz-http.ts';
import { field, show, type Expect } from './fuzz-strings.ts';

export interface HttpField {
  name: string;
  route: Route;
  body: (s: string) => unknown;
  expect: Expect;
  /** the stored value, read back after an acceptance (usually with a GET) */
  read: (r: HttpResult, s: string) => Promise<unknown>;
  /** the expected stored value from the normalised string (default: itself) */
  shape?: (v: string) => unknown;
  /** refusals other than `validation` this field may answer with, e.g. already_exists */
  conflict?: (s: string) => boolean;
}

/** zod `safeText(max).pipe(trim)` with `min(1)` unless `allowEmpty`. */
export const para = (max: number, allowEmpty = true): Expect =>
  field({ schemaMax: max, max: Number.POSITIVE_INFINITY, count: (v) => v.length, allowEmpty });

export async function fuzzHttpField(s: TestServer, fld: HttpField, strings: readonly string[], f: Failures): Promise<number> {
  const refused = strings.filter((x) => fld.expect(x) === null || fld.conflict?.(x));
  const before = storeSnapshot(s);
  for (const str of refused) {
    const r = await send(s, fld.route, fld.body(str));
    f.refused(fld.name, r, str);
    const code = (r.body as { error?: string } | null)?.error;
    if (r.status === 400 && code !== 'validation') f.add(`${fld.name} ${show(str)}: 400 ${code}, expected validation`);
  }
  if (storeSnapshot(s) !== before) f.add(`${fld.name}: refused input changed the store`);
  let accepted = 0;
  for (const str of strings) {
    const exp = fld.expect(str);
    if (exp === null || fld.conflict?.(str)) continue;
    const r = await send(s, fld.route, fld.body(str));
    accepted++;
    f.accepted(fld.name, r, str, fld.shape ? fld.shape(exp) : exp, r.status < 300 ? await fld.read(r, str) : null);
  }
  return accepted;
}

/** GET a JSON resource with the route's cookie. */
export const get = <T>(s: TestServer, path: string, cookie: string | undefined): Promise<T> => getJson<T>(s, path, cookie);

type Obj = Record<string, unknown>;

/** The text fields of the facilitator's and commissioner's JSON routes (accounts come separately). */
export function httpFields(s: TestServer, o: { cookie: string; processId: string; actionId: string; orgId: string }): HttpField[] {
  const { cookie, processId: pid } = o;
  const createdOrgs = new Set<string>();
  const followupText = (v: string) => ({ heard: v, needsMonths: v, needsYears: v, resultsUse: v, nextMeetingPlace: v });
  const fields: HttpField[] = [
    {
      name: 'POST /api/processes name',
      route: { method: 'POST', path: '/api/processes', cookie },
      body: (x) => ({ name: x }),
      expect: para(120, false),
      read: async (r) => (await get<Obj>(s, `/api/processes/${(r.body as Obj).id as string}`, cookie)).name,
    },
    {
      name: 'POST /api/processes unit+purpose',
      route: { method: 'POST', path: '/api/processes', cookie },
      body: (x) => ({ name: 'Fuzz', unit: x, purpose: x }),
      expect: para(120),
      read: async (r) => {
        const p = await get<Obj>(s, `/api/processes/${(r.body as Obj).id as string}`, cookie);
        return [p.unit, p.purpose];
      },
      shape: (v) => [v, v],
    },
    {
      name: 'PUT followup (heard, needs, resultsUse, place)',
      route: { method: 'PUT', path: `/api/processes/${pid}/followup`, cookie },
      body: (x) => followupText(x),
      expect: para(200),
      read: async () => {
        const g = await get<Obj>(s, `/api/processes/${pid}/followup`, cookie);
        return Object.fromEntries(Object.keys(followupText('')).map((k) => [k, g[k]]));
      },
      shape: followupText,
    },
    {
      name: 'PUT followup themePlans',
      route: { method: 'PUT', path: `/api/processes/${pid}/followup`, cookie },
      body: (x) => ({ themePlans: [{ theme: x, plan: x }] }),
      expect: para(120, false),
      read: async () => (await get<Obj>(s, `/api/processes/${pid}/followup`, cookie)).themePlans,
      shape: (v) => [{ theme: v, plan: v }],
    },
    {
      name: 'PATCH action title+owner+theme',
      route: { method: 'PATCH', path: `/api/processes/${pid}/actions/${o.actionId}`, cookie },
      body: (x) => ({ title: x, owner: x, theme: x }),
      expect: para(120, false),
      read: async () => {
        const a = (await get<Obj[]>(s, `/api/processes/${pid}/actions`, cookie)).find((x) => x.id === o.actionId)!;
        return [a.title, a.owner, a.theme];
      },
      shape: (v) => [v, v, v],
    },
    {
      name: 'POST action title+owner+theme',
      route: { method: 'POST', path: `/api/processes/${pid}/actions`, cookie },
      body: (x) => ({ title: x, owner: x, theme: x }),
      expect: para(120, false),
      read: async (r) => {
        const a = (await get<Obj[]>(s, `/api/processes/${pid}/actions`, cookie)).find((x) => x.id === (r.body as Obj).id)!;
        return [a.title, a.owner, a.theme];
      },
      shape: (v) => [v, v, v],
    },
    {
      name: 'PUT summary text',
      route: { method: 'PUT', path: `/api/processes/${pid}/summary`, cookie },
      body: (x) => ({ text: x }),
      expect: para(20_000),
      read: async () => (await get<Obj>(s, `/api/processes/${pid}/summary`, cookie)).text,
    },
    {
      name: 'PATCH /api/orgs/:id name',
      route: { method: 'PATCH', path: `/api/orgs/${o.orgId}`, cookie },
      body: (x) => ({ name: x }),
      expect: para(120, false),
      read: async () => (await get<Obj[]>(s, '/api/orgs', cookie)).find((x) => x.id === o.orgId)!.name,
    },
    {
      name: 'POST /api/orgs name',
      route: { method: 'POST', path: '/api/orgs', cookie },
      body: (x) => ({ name: x }),
      expect: para(120, false),
      read: async (r, x) => {
        createdOrgs.add(x.trim());
        return (await get<Obj[]>(s, '/api/orgs', cookie)).find((y) => y.id === (r.body as Obj).id)?.name;
      },
      conflict: (x) => createdOrgs.has(x.trim()),
    },
  ];
  return fields;
}

/** Wrong types and out-of-range values for string, number and boolean fields (never a valid value). */
const STR: unknown[] = [null, 1, true, [], {}, ['x'], { toString: 'x' }];
const NUM: unknown[] = [null, '4', true, [], {}, 1.5, -1, 1e308, '1e1'];
const BOOL: unknown[] = [null, 'true', 1, 0, [], {}];

/** Every non-text and text field of each JSON route with wrong types: all must be refused with 400. */
export function wrongTypeBodies(pid: string, actionId: string, orgId: string): [string, string, unknown][] {
  const bodies: [string, string, unknown][] = [];
  const add = (method: string, path: string, base: Obj, keys: string[], values: unknown[]) => {
    for (const k of keys) for (const v of values) bodies.push([method, path, { ...base, [k]: v }]);
  };
  const proc = `/api/processes/${pid}`;
  add('POST', '/api/processes', { name: 'x' }, ['name', 'unit', 'purpose', 'organisation', 'orgId', 'lang'], STR);
  add('POST', '/api/processes', { name: 'x' }, ['tableCount', 'roundMinutes'], [...NUM, 0, 99, 4.5, Number.MAX_SAFE_INTEGER + 2]);
  add('PUT', `${proc}/followup`, {}, ['heard', 'continueDialogue', 'nextMeeting', 'nextMeetingPlace'], STR);
  add(
    'PUT',
    `${proc}/followup`,
    {},
    ['themePlans'],
    STR.filter((v) => !Array.isArray(v) || v.length > 0),
  );
  add('PUT', `${proc}/followup`, {}, ['nextMeeting'], ['2026-13-45T99:99x', '2026-01-01', 'tomorrow', '<script>']);
  add('PUT', `${proc}/followup`, {}, ['continueDialogue'], ['YES', 'maybe', ' yes']);
  add(
    'PUT',
    `${proc}/followup`,
    {},
    ['themePlans'],
    [Array.from({ length: 41 }, () => ({ theme: 'x', plan: '' })), [{ theme: 'x' }], [null]],
  );
  add('POST', `${proc}/actions`, { title: 'x' }, ['title', 'owner', 'due', 'status', 'theme', 'practiceId'], STR.slice(1));
  add('PATCH', `${proc}/actions/${actionId}`, {}, ['title', 'status'], STR);
  add('PATCH', `${proc}/actions/${actionId}`, {}, ['due'], ['2026-02-30x', '1/1/2026', ' 2026-01-01', 1]);
  add('PATCH', `${proc}/actions/${actionId}`, {}, ['practiceId'], ['short', '../../etc/passwd', '<b>xxxxxxxx</b>', 1]);
  add('PUT', `${proc}/summary`, {}, ['text'], STR);
  add('PUT', `${proc}/commissioner`, {}, ['email'], [...STR, 'not an email', '<a@b.c>', 'a@b.c\u0000', `${'a'.repeat(250)}@b.fi`]);
  add('POST', `${proc}/sessions`, {}, ['kind'], [...STR, 'learning_cafe', 'OPEN_SPACE']);
  add('POST', '/api/orgs', {}, ['name'], STR);
  add('PATCH', `/api/orgs/${orgId}`, {}, ['name'], STR);
  add('PATCH', `/api/orgs/${orgId}`, {}, ['require2fa'], BOOL);
  add('PATCH', `/api/orgs/${orgId}`, {}, ['retentionMonths'], [...NUM, 0, 121]);
  const member = { email: 'a@b.fi', role: 'facilitator', on: true };
  add('PUT', `/api/orgs/${orgId}/members`, member, ['email', 'role'], [...STR, 'admin']);
  add('PUT', `/api/orgs/${orgId}/members`, member, ['on'], BOOL);
  add('POST', `/api/orgs/${orgId}/invites`, {}, ['role'], [...STR, 'admin', 'ORG_ADMIN', '__proto__']);
  add('POST', `${proc}/close`, {}, ['closed'], BOOL);
  add('PUT', `${proc}/retention`, {}, ['months'], [...NUM.slice(1), 0, 121]);
  add('PATCH', '/api/me', {}, ['lang'], [...STR, 'de', 'FI', '']);
  add('POST', '/api/join', { code: 'ABCDEFGH', lang: 'fi' }, ['code', 'name', 'lang'], STR);
  return bodies;
}

/** The JSON routes with a known good body, for malformed-body tries. */
export function jsonRoutes(pid: string, actionId: string, orgId: string, cookie: string): [Route, Obj][] {
  return [
    [{ method: 'POST', path: '/api/processes', cookie }, { name: 'x' }],
    [{ method: 'PUT', path: `/api/processes/${pid}/followup`, cookie }, { heard: 'x' }],
    [{ method: 'POST', path: `/api/processes/${pid}/actions`, cookie }, { title: 'x' }],
    [{ method: 'PATCH', path: `/api/processes/${pid}/actions/${actionId}`, cookie }, { title: 'x' }],
    [{ method: 'PUT', path: `/api/processes/${pid}/summary`, cookie }, { text: 'x' }],
    [{ method: 'PUT', path: `/api/processes/${pid}/commissioner`, cookie }, { email: '' }],
    [{ method: 'PATCH', path: `/api/orgs/${orgId}`, cookie }, { name: 'x' }],
    [{ method: 'POST', path: '/api/orgs', cookie }, { name: 'x' }],
    [
      { method: 'PUT', path: `/api/orgs/${orgId}/members`, cookie },
      { email: 'a@b.fi', role: 'facilitator', on: true },
    ],
    [{ method: 'POST', path: `/api/orgs/${orgId}/invites`, cookie }, { role: 'facilitator' }],
    [{ method: 'PATCH', path: '/api/me', cookie }, { lang: 'fi' }],
    [
      { method: 'POST', path: '/api/join' },
      { code: 'x', lang: 'fi' },
    ],
    [
      { method: 'POST', path: '/api/login' },
      { email: 'a@b.fi', password: 'x' },
    ],
    [
      { method: 'POST', path: '/api/setup' },
      { token: 'x', email: 'a@b.fi', password: 'x', name: 'x' },
    ],
  ];
}
