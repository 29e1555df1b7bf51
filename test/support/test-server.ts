import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join as joinPath } from 'node:path';
import pino from 'pino';
import WebSocket from 'ws';
import type { Bus } from '../../src/bus/bus.ts';
import { createApp, type App } from '../../src/server/app.ts';
import { loadConfig } from '../../src/server/config.ts';
import type { ProcessSummary, JoinResponse } from '../../src/protocol/http-schema.ts';
import type { OrgRole } from '../../src/store/store.ts';

export interface TestServer {
  app: App;
  port: number;
  base: string;
  origin: string;
  dataDir: string;
  stop(opts?: { keepData?: boolean }): Promise<void>;
}

/** A real server on port 0 with its own data directory and silent logs. */
export async function startServer(
  opts: { dataDir?: string; env?: Record<string, string>; snapshotEvery?: number; bus?: Bus; now?: () => number; webDir?: string } = {},
): Promise<TestServer> {
  const dataDir = opts.dataDir ?? mkdtempSync(joinPath(tmpdir(), 'vp-test-'));
  const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'silent', ...opts.env });
  const app = await createApp({
    config,
    log: pino({ level: 'silent' }),
    ...(opts.snapshotEvery ? { snapshotEvery: opts.snapshotEvery } : {}),
    ...(opts.bus ? { bus: opts.bus } : {}),
    ...(opts.now ? { now: opts.now } : {}),
    ...(opts.webDir ? { webDir: opts.webDir } : {}),
  });
  const port = await app.listen();
  const base = `http://127.0.0.1:${port}`;
  return {
    app,
    port,
    base,
    origin: base,
    dataDir,
    async stop(o = {}) {
      await app.close();
      if (!o.keepData) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Every route the app registered, as "METHOD /path" (Fastify's own route tree, so nothing is
 * listed by hand). HEAD is left out: Fastify adds it to every GET by itself.
 */
export function routeList(s: TestServer): string[] {
  const out: string[] = [];
  const prefix: string[] = [];
  for (const line of s.app.http.printRoutes({ commonPrefix: false }).split('\n')) {
    const m = /^((?: {4}|│ {3})*)[└├]── (\S+)(?: \(([^)]*)\))?$/.exec(line);
    if (!m) continue;
    const depth = m[1]!.length / 4;
    const path = (depth === 0 ? '' : prefix[depth - 1]!) + m[2]!;
    prefix.length = depth;
    prefix.push(path);
    for (const method of (m[3] ?? '').split(', ')) if (method && method !== 'HEAD') out.push(`${method} ${path}`);
  }
  if (!out.includes('GET /healthz')) throw new Error('route list could not be read from printRoutes');
  return out.sort();
}

export interface HttpResult<T = unknown> {
  status: number;
  body: T;
  headers: Headers;
}

/** fetch with JSON and our Origin (as a browser on our page would send). */
export async function http<T = unknown>(
  s: TestServer,
  method: string,
  path: string,
  body?: unknown,
  o: { cookie?: string; origin?: string | null; headers?: Record<string, string> } = {},
): Promise<HttpResult<T>> {
  const headers: Record<string, string> = { ...o.headers };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (o.cookie) headers.cookie = o.cookie;
  if (o.origin !== null) headers.origin = o.origin ?? s.origin;
  const res = await fetch(s.base + path, { method, headers, body: body === undefined ? null : JSON.stringify(body), redirect: 'manual' });
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    // not JSON
  }
  return { status: res.status, body: parsed as T, headers: res.headers };
}

export const PASSWORD = 'correct horse battery staple';

export const TEST_ORG = 'Testiorganisaatio';

/** The id of the organisation with this name, created when missing. */
export async function orgId(s: TestServer, name = TEST_ORG): Promise<string> {
  const store = s.app.deps.store;
  const found = await store.orgs.byName(name);
  if (found) return found.id;
  const id = `org-${Math.random().toString(36).slice(2, 10)}`;
  await store.orgs.create({ id, name, require2fa: false, retentionMonths: 12, createdAt: Date.now() });
  return id;
}

/**
 * Creates an account through the one-time setup link and returns the session cookie. The account
 * gets exactly the given roles in the given organisation (default: facilitator in TEST_ORG) and
 * is not an installation admin unless asked.
 */
export async function facilitator(
  s: TestServer,
  email = 'vetaja@example.fi',
  o: { org?: string; roles?: OrgRole[]; admin?: boolean; name?: string } = {},
): Promise<string> {
  const token = await s.app.deps.auth.issueSetupToken();
  const r = await http<{ id: string }>(s, 'POST', '/api/setup', { token, email, password: PASSWORD, name: o.name ?? 'Vetäjä' });
  if (r.status !== 201) throw new Error(`setup failed: ${r.status} ${JSON.stringify(r.body)}`);
  const store = s.app.deps.store;
  const userId = r.body.id;
  await store.users.setAdmin(userId, o.admin ?? false);
  const org = await orgId(s, o.org);
  for (const { orgId: other, role } of await store.orgs.rolesOf(userId)) await store.orgs.removeMember(other, userId, role);
  for (const role of o.roles ?? ['facilitator']) await store.orgs.addMember(org, userId, role, Date.now());
  return r.headers.get('set-cookie')!.split(';')[0]!;
}

/** Signs in again (e.g. after a fake clock has outrun the cookie) and returns the new cookie. */
export async function signIn(s: TestServer, email: string): Promise<string> {
  const r = await http(s, 'POST', '/api/login', { email, password: PASSWORD });
  if (r.status !== 200) throw new Error(`login failed: ${r.status} ${JSON.stringify(r.body)}`);
  return r.headers.get('set-cookie')!.split(';')[0]!;
}

export async function createProcess(s: TestServer, cookie: string, extra: Record<string, unknown> = {}): Promise<ProcessSummary> {
  const r = await http<ProcessSummary>(
    s,
    'POST',
    '/api/processes',
    { name: 'Perhekeskuksen dialogi', organisation: 'Hyvinvointialue', ...extra },
    { cookie },
  );
  if (r.status !== 201) throw new Error(`create failed: ${r.status} ${JSON.stringify(r.body)}`);
  return r.body;
}

export async function join(s: TestServer, code: string, name?: string): Promise<JoinResponse> {
  const r = await http<JoinResponse>(s, 'POST', '/api/join', { code, lang: 'fi', ...(name ? { name } : {}) });
  if (r.status !== 200) throw new Error(`join failed: ${r.status} ${JSON.stringify(r.body)}`);
  return r.body;
}

/** A real WebSocket client that records frames and waits for them with deadlines. */
export class WsProbe {
  readonly frames: Record<string, unknown>[] = [];
  closed: { code: number; reason: string } | null = null;
  private waiters: (() => void)[] = [];

  private constructor(readonly ws: WebSocket) {
    ws.on('message', (d) => {
      this.frames.push(JSON.parse(d.toString()) as Record<string, unknown>);
      this.notify();
    });
    ws.on('close', (code, reason) => {
      this.closed = { code, reason: reason.toString() };
      this.notify();
    });
  }

  static async open(s: TestServer, o: { cookie?: string; origin?: string } = {}): Promise<WsProbe> {
    const ws = new WebSocket(`ws://127.0.0.1:${s.port}/ws`, {
      origin: o.origin ?? s.origin,
      headers: o.cookie ? { cookie: o.cookie } : {},
    });
    const probe = new WsProbe(ws);
    await new Promise<void>((res, rej) => {
      ws.once('open', () => res());
      ws.once('error', rej);
    });
    return probe;
  }

  send(frame: unknown): void {
    this.ws.send(typeof frame === 'string' ? frame : JSON.stringify(frame));
  }

  /** Resolves with the first frame (from index `from`) matching pred, or throws after ms. */
  async waitFor<T = Record<string, unknown>>(pred: (f: Record<string, unknown>) => boolean, ms = 5000, from = 0): Promise<T> {
    const deadline = Date.now() + ms;
    for (;;) {
      const hit = this.frames.slice(from).find(pred);
      if (hit) return hit as T;
      if (Date.now() > deadline) throw new Error(`timeout waiting for frame; got ${JSON.stringify(this.frames.slice(-5))}`);
      await this.next(deadline - Date.now());
    }
  }

  async waitClose(ms = 5000): Promise<{ code: number; reason: string }> {
    const deadline = Date.now() + ms;
    while (!this.closed) {
      if (Date.now() > deadline) throw new Error('timeout waiting for close');
      await this.next(deadline - Date.now());
    }
    return this.closed;
  }

  /** All events received so far, in order. */
  events(): { seq: number; type: string; [k: string]: unknown }[] {
    return this.frames.flatMap((f) => (f.t === 'events' ? (f.events as { seq: number; type: string }[]) : []));
  }

  close(): void {
    this.ws.close();
  }

  private next(ms: number): Promise<void> {
    return new Promise((res) => {
      const t = setTimeout(res, Math.max(1, ms));
      this.waiters.push(() => {
        clearTimeout(t);
        res();
      });
    });
  }

  private notify(): void {
    const w = this.waiters;
    this.waiters = [];
    for (const f of w) f();
  }
}

/** Open a socket and complete hello; resolves after the welcome frame. */
export async function connect(
  s: TestServer,
  o: { sessionId: string; as: 'participant' | 'facilitator' | 'screen'; token?: string; cookie?: string; lastSeq?: number },
): Promise<WsProbe> {
  const p = await WsProbe.open(s, o.cookie ? { cookie: o.cookie } : {});
  p.send({ t: 'hello', v: 1, sessionId: o.sessionId, lastSeq: o.lastSeq ?? 0, as: o.as, ...(o.token ? { token: o.token } : {}) });
  await p.waitFor((f) => f.t === 'welcome' || f.t === 'err');
  return p;
}

let counter = 0;
/** A unique client id for commands, notes and themes. */
export function cid(prefix = 'c'): string {
  counter++;
  return `${prefix}${Date.now().toString(36)}${counter.toString(36).padStart(4, '0')}`;
}

/** Send a command and wait for its ack or error. */
export async function command(p: WsProbe, cmd: Record<string, unknown>, id = cid()): Promise<Record<string, unknown>> {
  const from = p.frames.length;
  p.send({ t: 'cmd', id, cmd });
  return p.waitFor((f) => (f.t === 'ack' || f.t === 'err') && f.id === id, 5000, from);
}
