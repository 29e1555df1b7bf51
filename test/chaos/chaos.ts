import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import WebSocket from 'ws';
import { openPgStore } from '../../src/store/pg-store.ts';
import { openSqliteStore } from '../../src/store/sqlite-store.ts';
import type { Store } from '../../src/store/store.ts';
import { TEST_REDIS_URL, dropSchema, freshSchema, urlWithSchema } from '../support/pg.ts';
import { ChaosClient } from './chaos-client.ts';
import { Node, freePort } from './chaos-nodes.ts';

export interface ChaosOptions {
  store: 'pg' | 'sqlite';
  nodes: number;
  clients: number;
  notesPerSecond: number;
  seconds: number;
  /** kill -9 + restart this many times (round-robin over the nodes) */
  kills: number;
  /** drop every Redis connection of the nodes once, half-way */
  redisDrop: boolean;
  /** share of notes sent twice with the same id (a retry after a timeout) */
  duplicateRate: number;
  fault?: 'no-dedup' | 'ack-before-commit';
  log?: (s: string) => void;
}

export interface ChaosResult {
  acked: number;
  stored: number;
  lost: number;
  duplicated: number;
  stuck: number;
  maxRecoveryMs: number;
  line: string;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function post(
  port: number,
  path: string,
  body: unknown,
  cookie?: string,
): Promise<{ status: number; json: Record<string, unknown>; cookie: string | null }> {
  const origin = `http://127.0.0.1:${port}`;
  const res = await fetch(origin + path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin, ...(cookie ? { cookie } : {}) },
    body: JSON.stringify(body),
  });
  return {
    status: res.status,
    json: (await res.json()) as Record<string, unknown>,
    cookie: res.headers.get('set-cookie')?.split(';')[0] ?? null,
  };
}

/** Drive the facilitator to round 1 so every participant has a table. */
async function startRounds(port: number, sessionId: string, cookie: string): Promise<void> {
  const ws = new WebSocket(`ws://127.0.0.1:${port}/ws`, { origin: `http://127.0.0.1:${port}`, headers: { cookie } });
  await new Promise((r, j) => (ws.once('open', r), ws.once('error', j)));
  const acks: string[] = [];
  ws.on('message', (d) => {
    const f = JSON.parse(d.toString()) as { t: string; id?: string };
    if (f.t === 'ack' && f.id) acks.push(f.id);
  });
  ws.send(JSON.stringify({ t: 'hello', v: 1, sessionId, lastSeq: 999_999, as: 'facilitator' }));
  for (const id of ['chaos-open-1', 'chaos-round-1']) {
    await sleep(100);
    ws.send(JSON.stringify({ t: 'cmd', id, cmd: { type: 'phase.next' } }));
    const deadline = Date.now() + 5000;
    while (!acks.includes(id)) {
      if (Date.now() > deadline) throw new Error('facilitator command not acked');
      await sleep(20);
    }
  }
  ws.close();
}

/** Kill every Redis connection the nodes hold (their names start with the bus prefix). */
async function dropRedis(): Promise<number> {
  const r = new Redis(TEST_REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 1 });
  await r.connect();
  const list = (await r.client('LIST')) as string;
  const ids = list
    .split('\n')
    .filter((l) => / name=vuoropuhe:/.test(l))
    .map((l) => /\bid=(\d+)/.exec(l)?.[1])
    .filter((x): x is string => Boolean(x));
  for (const id of ids) await r.client('KILL', 'ID', id).catch(() => undefined);
  await r.quit();
  return ids.length;
}

export async function runChaos(o: ChaosOptions): Promise<ChaosResult> {
  const log = o.log ?? (() => undefined);
  const schema = freshSchema();
  const dataDir = o.store === 'sqlite' ? mkdtempSync(join(tmpdir(), 'vp-chaos-')) : '';
  const env: Record<string, string> =
    o.store === 'pg'
      ? { DATABASE_URL: urlWithSchema(schema), ...(o.nodes > 1 ? { REDIS_URL: TEST_REDIS_URL } : {}) }
      : { DATA_DIR: dataDir };
  if (o.fault) env.CHAOS_FAULT = o.fault;
  const nodes: Node[] = [];
  for (let i = 0; i < o.nodes; i++) nodes.push(new Node(await freePort(), env));
  const clients: ChaosClient[] = [];
  try {
    for (const n of nodes) await n.start();
    const p0 = nodes[0]!.port;
    const setup = await post(p0, '/api/setup', {
      token: nodes[0]!.setupToken(),
      email: 'chaos@example.fi',
      password: 'chaos chaos chaos',
      name: 'Chaos',
    });
    if (setup.status !== 201) throw new Error(`setup failed: ${JSON.stringify(setup.json)}`);
    const proc = await post(p0, '/api/processes', { name: 'Chaos', organisation: 'Test', tableCount: 2 }, setup.cookie!);
    const session = (proc.json.sessions as { id: string; joinCode: string }[])[0]!;
    const tokens: string[] = [];
    for (let i = 0; i < o.clients; i++) {
      const j = await post(nodes[i % nodes.length]!.port, '/api/join', { code: session.joinCode, lang: 'fi' });
      tokens.push(j.json.token as string);
    }
    await startRounds(p0, session.id, setup.cookie!);
    const ports = () => nodes.map((n) => n.port);
    for (let i = 0; i < o.clients; i++) clients.push(new ChaosClient(ports, session.id, tokens[i]!, i, (p) => `http://127.0.0.1:${p}`));
    for (const c of clients) c.connect();
    const ready = Date.now() + 20_000;
    while (clients.some((c) => !c.isOnline) && Date.now() < ready) await sleep(50);

    // load: notes at a steady total rate, round-robin over the clients
    let k = 0;
    const load = setInterval(() => {
      const c = clients[k % clients.length]!;
      const id = `k${k}${randomBytes(4).toString('hex')}`;
      c.write(`n${id}`, `chaos note ${k}`, `c${id}`, Math.random() < o.duplicateRate);
      k++;
    }, 1000 / o.notesPerSecond);

    // faults of the world: kill -9 and restart, Redis connections dropped
    const t0 = Date.now();
    const plan: { at: number; run: () => Promise<void> }[] = [];
    for (let i = 1; i <= o.kills; i++) {
      const victim = nodes[(i - 1) % nodes.length]!;
      plan.push({
        at: (o.seconds * 1000 * i) / (o.kills + 1),
        run: async () => {
          log(`kill -9 node :${victim.port}`);
          victim.kill9();
          await sleep(600);
          await victim.start();
          log(`restarted node :${victim.port}`);
        },
      });
    }
    if (o.redisDrop) plan.push({ at: o.seconds * 500 + 250, run: async () => log(`redis connections dropped: ${await dropRedis()}`) });
    plan.sort((a, b) => a.at - b.at);
    for (const step of plan) {
      await sleep(Math.max(0, t0 + step.at - Date.now()));
      await step.run();
    }
    await sleep(Math.max(0, t0 + o.seconds * 1000 - Date.now()));
    clearInterval(load);

    // settle: every outbox empty and every client caught up, or give up after 30 s
    const store: Store = o.store === 'pg' ? await openPgStore(env.DATABASE_URL!) : openSqliteStore(join(dataDir, 'vuoropuhe.db'));
    let head = 0;
    const settle = Date.now() + 30_000;
    for (;;) {
      head = await store.events.head(session.id);
      if (clients.every((c) => c.pending === 0 && c.lastSeq >= head)) break;
      if (Date.now() > settle) break;
      await sleep(200);
    }
    const events = await store.events.read(session.id, 0, Number.MAX_SAFE_INTEGER);
    await store.close();

    const counts = new Map<string, number>();
    for (const e of events) if (e.type === 'note.added') counts.set(e.note.id, (counts.get(e.note.id) ?? 0) + 1);
    const acked = new Set(clients.flatMap((c) => [...c.acked]));
    const lost = [...acked].filter((id) => !counts.has(id)).length;
    const duplicated = [...counts.values()].filter((n) => n > 1).length + clients.reduce((n, c) => n + c.duplicateAnswers, 0);
    const behind = clients.filter((c) => c.seen.size !== counts.size || [...counts.keys()].some((id) => !c.seen.has(id))).length;
    const stuck = clients.reduce((n, c) => n + c.pending + c.refused.length, 0) + behind;
    const maxRecoveryMs = Math.max(0, ...clients.flatMap((c) => c.recoveries));
    const line = `chaos: acked=${acked.size} stored=${counts.size} lost=${lost} duplicated=${duplicated} stuck=${stuck} max_recovery_ms=${maxRecoveryMs}`;
    return { acked: acked.size, stored: counts.size, lost, duplicated, stuck, maxRecoveryMs, line };
  } finally {
    for (const c of clients) c.stop();
    await Promise.all(nodes.map((n) => n.stop()));
    if (o.store === 'pg') await dropSchema(schema);
    else rmSync(dataDir, { recursive: true, force: true });
  }
}
