// HTTP helpers of the bad-input tests: raw bodies, a snapshot of everything the store keeps, and
// one check per try that collects failures (so a run lists every bad case, not only the first).
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { startServer, type HttpResult, type TestServer } from '../support/test-server.ts';
import { show } from './fuzz-strings.ts';

/** A server whose data lives in memory-backed /dev/shm when there is one: fsyncs there are cheap. */
export function startFuzzServer(env: Record<string, string> = {}): Promise<TestServer> {
  const base = existsSync('/dev/shm') ? '/dev/shm' : tmpdir();
  return startServer({ dataDir: mkdtempSync(join(base, 'vp-fuzz-')), env });
}

/** Tables that change on refused input by design: sign-in throttling, audit entries, sessions' last use. */
const VOLATILE = new Set(['login_throttle', 'audit_log', 'auth_sessions']);

const readers = new WeakMap<TestServer, Database.Database>();

/**
 * A digest of everything the SQLite store keeps (except VOLATILE), read through a second
 * read-only connection: equal digests mean nothing was stored. Rows are hashed in the order the
 * table scan gives, which is the same as long as nothing changed.
 */
export function storeSnapshot(s: TestServer): string {
  let db = readers.get(s);
  if (!db) {
    db = new Database(join(s.dataDir, 'vuoropuhe.db'), { readonly: true, fileMustExist: true });
    readers.set(s, db);
  }
  const tables = db
    .prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .all()
    .map((t) => t.name)
    .filter((t) => !VOLATILE.has(t));
  const h = createHash('sha256');
  for (const t of tables) {
    h.update(`\u0000${t}\u0000`);
    for (const row of db.prepare(`SELECT * FROM "${t}"`).raw().iterate()) h.update(JSON.stringify(row));
  }
  return h.digest('hex');
}

/** Closes the snapshot reader of a server (before it stops). */
export function closeSnapshots(s: TestServer): void {
  readers.get(s)?.close();
  readers.delete(s);
}

/** Sends bytes as they are: for malformed JSON, wrong content types and invalid UTF-8. */
export async function rawRequest(
  s: TestServer,
  method: string,
  path: string,
  body: string | Buffer,
  o: { cookie?: string; contentType?: string | null } = {},
): Promise<HttpResult> {
  const headers: Record<string, string> = { origin: s.origin };
  if (o.contentType !== null) headers['content-type'] = o.contentType ?? 'application/json';
  if (o.cookie) headers.cookie = o.cookie;
  const res = await fetch(s.base + path, {
    method,
    headers,
    body: new Blob([typeof body === 'string' ? body : new Uint8Array(body)]),
    redirect: 'manual',
  });
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    // not JSON
  }
  return { status: res.status, body: parsed, headers: res.headers };
}

export interface Route {
  method: 'POST' | 'PUT' | 'PATCH';
  path: string;
  cookie?: string;
}

/** Failures seen during a run, as readable lines. */
export class Failures {
  readonly list: string[] = [];
  tries = 0;
  add(what: string): void {
    if (this.list.length < 200) this.list.push(what);
  }

  /** A refusal: 4xx with `{error, message}` (never 5xx). */
  refused(where: string, r: HttpResult, input: string): void {
    this.tries++;
    const b = r.body as { error?: unknown; message?: unknown } | null;
    if (r.status >= 500) this.add(`${where} ${show(input)}: ${r.status} ${JSON.stringify(r.body)}`);
    else if (r.status < 400) this.add(`${where} ${show(input)}: accepted (${r.status}) but must be refused`);
    else if (typeof b?.error !== 'string' || typeof b.message !== 'string' || !b.message) {
      this.add(`${where} ${show(input)}: ${r.status} without {error, message}: ${JSON.stringify(r.body).slice(0, 200)}`);
    }
  }

  /** An acceptance: 2xx and `got` (the value read back) equal to what is expected. */
  accepted(where: string, r: HttpResult, input: string, expected: unknown, got: unknown): void {
    this.tries++;
    if (r.status >= 300) this.add(`${where} ${show(input)}: ${r.status} ${JSON.stringify(r.body).slice(0, 200)}, expected acceptance`);
    else if (JSON.stringify(got) !== JSON.stringify(expected)) {
      this.add(`${where} ${show(input)}: stored ${JSON.stringify(got).slice(0, 200)}, expected ${JSON.stringify(expected).slice(0, 200)}`);
    }
  }
}

/** Bodies that are not JSON a route can take, each with a name. `valid` is a good body of the route. */
export function malformedBodies(valid: Record<string, unknown>): [string, string | Buffer, string | null][] {
  const good = JSON.stringify(valid);
  const firstKey = Object.keys(valid)[0] ?? 'a';
  const utf8 = Buffer.from(good, 'utf8');
  const quote = utf8.indexOf(0x22, utf8.indexOf(Buffer.from(`"${firstKey}":"`)) + firstKey.length + 3);
  return [
    ['empty body', '', 'application/json'],
    ['truncated', good.slice(0, Math.max(1, good.length - 3)), 'application/json'],
    ['{"a":', '{"a":', 'application/json'],
    ['a bare string', '"hello"', 'application/json'],
    ['null', 'null', 'application/json'],
    ['an array', `[${good}]`, 'application/json'],
    ['trailing garbage', `${good}}`, 'application/json'],
    ['NaN', `{"${firstKey}":NaN}`, 'application/json'],
    ['single quotes', `{'${firstKey}':'x'}`, 'application/json'],
    ['10 000 nested arrays', `${'['.repeat(10_000)}${']'.repeat(10_000)}`, 'application/json'],
    ['10 000 nested objects', `${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}`, 'application/json'],
    // a __proto__ key makes the parser scan the whole tree for poisoning
    ['10 000 nested objects and __proto__', `{"__proto__":{},"a":${'{"a":'.repeat(10_000)}1${'}'.repeat(10_001)}`, 'application/json'],
    [
      'a field nested 10 000 deep',
      JSON.stringify({ ...valid, [firstKey]: null }).replace('null', `${'['.repeat(10_000)}${']'.repeat(10_000)}`),
      'application/json',
    ],
    ['__proto__ key', good.replace(/^\{/, '{"__proto__":{"isAdmin":true},'), 'application/json'],
    ['constructor.prototype key', good.replace(/^\{/, '{"constructor":{"prototype":{"isAdmin":true}},'), 'application/json'],
    ['an unknown key', good.replace(/^\{/, '{"zzz":1,'), 'application/json'],
    ['over the 64 KiB body limit', JSON.stringify({ ...valid, pad: 'x'.repeat(70 * 1024) }), 'application/json'],
    ['text/plain', good, 'text/plain'],
    ['form-encoded', `${firstKey}=x`, 'application/x-www-form-urlencoded'],
    ['no content type', good, null],
    ['multipart', good, 'multipart/form-data; boundary=x'],
    [
      'invalid UTF-8 bytes in a string',
      quote > 0 ? Buffer.concat([utf8.subarray(0, quote), Buffer.from([0xff, 0xfe, 0xc3]), utf8.subarray(quote)]) : Buffer.from([0xff]),
      'application/json',
    ],
    ['a lone UTF-8 continuation byte body', Buffer.from([0x80, 0x7b, 0x7d]), 'application/json'],
  ];
}

/** Runs the malformed bodies against a route: never 5xx, always {error,message}, the store unchanged. */
export async function tryMalformed(s: TestServer, route: Route, valid: Record<string, unknown>, f: Failures): Promise<void> {
  const before = storeSnapshot(s);
  for (const [name, body, contentType] of malformedBodies(valid)) {
    const r = await rawRequest(s, route.method, route.path, body, { cookie: route.cookie, contentType });
    f.refused(`${route.method} ${route.path} [${name}]`, r, name);
  }
  if (storeSnapshot(s) !== before) f.add(`${route.method} ${route.path}: a malformed body changed the store`);
}

/**
 * A JSON request through Fastify's inject (the whole route, hooks and body parser without the
 * socket): about five times faster than fetch here, which keeps 500 strings × fields fast. The
 * malformed bodies go over a real socket (rawRequest).
 */
export async function send(s: TestServer, r: Route, body: unknown): Promise<HttpResult> {
  const headers: Record<string, string> = { origin: s.origin, host: `127.0.0.1:${s.port}`, 'content-type': 'application/json' };
  if (r.cookie) headers.cookie = r.cookie;
  const res = await s.app.http.inject({ method: r.method, url: r.path, headers, payload: JSON.stringify(body) });
  return { status: res.statusCode, body: parseJson(res.body), headers: new Headers() };
}

/** GET through inject, the JSON answer. */
export async function getJson<T>(s: TestServer, path: string, cookie?: string): Promise<T> {
  const headers: Record<string, string> = { host: `127.0.0.1:${s.port}`, ...(cookie ? { cookie } : {}) };
  return parseJson((await s.app.http.inject({ method: 'GET', url: path, headers })).body) as T;
}

function parseJson(text: string): unknown {
  try {
    return text ? JSON.parse(text) : null;
  } catch {
    return text;
  }
}
