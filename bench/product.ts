import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import type { Command } from '../src/domain/commands.ts';
import type { ServerFrame } from '../src/protocol/frames.ts';
import type { JoinResponse, ProcessSummary } from '../src/protocol/http-schema.ts';
import { startPinned, type ServerProc } from './procs.ts';
import { ROOT, pool, sleep } from './util.ts';

/**
 * The product as the bench sees it: `node dist/server/main.js` pinned to the server core, driven
 * over its public HTTP API and WebSocket like the chaos test does (test/chaos/chaos.ts).
 */
export interface ProductOptions {
  name: string;
  /** extra environment (DATABASE_URL, REDIS_URL); default: SQLite in a fresh temp dir */
  env?: Record<string, string>;
  cpuProf?: boolean;
}

export class ProductServer {
  cookie = '';
  private constructor(
    public proc: ServerProc,
    private readonly dataDir: string | null,
    private readonly o: ProductOptions,
  ) {}

  private static spawn(o: ProductOptions, dataDir: string | null, port?: number): Promise<ServerProc> {
    // BENCH_NODE_ARGS: extra flags for the product's node (e.g. --trace-gc); its output then goes to bench/results/<name>.log
    const nodeArgs: string[] = (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean);
    if (o.cpuProf) {
      const dir = join(ROOT, 'bench/results/prof');
      mkdirSync(dir, { recursive: true });
      nodeArgs.push('--cpu-prof', `--cpu-prof-dir=${dir}`, `--cpu-prof-name=${o.name}-${Date.now()}.cpuprofile`);
    }
    return startPinned({
      name: o.name,
      script: 'dist/server/main.js',
      env: { ...(dataDir ? { DATA_DIR: dataDir } : {}), ...o.env },
      nodeArgs,
      ...(port ? { port } : {}),
    });
  }

  static async start(o: ProductOptions): Promise<ProductServer> {
    const dataDir = o.env?.DATABASE_URL ? null : mkdtempSync(join(tmpdir(), 'vp-bench-'));
    return new ProductServer(await ProductServer.spawn(o, dataDir), dataDir, o);
  }

  /** Stop and start the same node (same data, same port): in-memory state such as rate limiters starts over. */
  async restart(): Promise<void> {
    const port = this.port;
    await this.proc.stop();
    this.proc = await ProductServer.spawn(this.o, this.dataDir, port);
  }

  get port(): number {
    return this.proc.port;
  }

  get origin(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async post<T>(path: string, body: unknown, cookie?: string): Promise<{ status: number; json: T; cookie: string | null }> {
    const res = await fetch(this.origin + path, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: this.origin, ...(cookie ? { cookie } : {}) },
      body: JSON.stringify(body),
    });
    const text = await res.text();
    return {
      status: res.status,
      json: (text ? JSON.parse(text) : null) as T,
      cookie: res.headers.get('set-cookie')?.split(';')[0] ?? null,
    };
  }

  /** First facilitator through the one-time setup link the server printed. */
  async setup(): Promise<void> {
    let token: string | undefined;
    for (let i = 0; i < 100 && !token; i++) {
      token = /\/setup#([A-Za-z0-9_-]+)/.exec(this.proc.output)?.[1];
      if (!token) await sleep(50);
    }
    if (!token) throw new Error(`no setup link in the server output: ${this.proc.output}`);
    const r = await this.post('/api/setup', { token, email: 'bench@example.fi', password: 'bench bench bench', name: 'Bench' });
    if (r.status !== 201 || !r.cookie) throw new Error(`setup failed: ${r.status} ${JSON.stringify(r.json)}`);
    this.cookie = r.cookie;
  }

  async createSession(tableCount: number): Promise<{ id: string; joinCode: string }> {
    const r = await this.post<ProcessSummary & { sessions: { id: string; joinCode: string }[] }>(
      '/api/processes',
      { name: 'Bench', organisation: 'Bench', tableCount },
      this.cookie,
    );
    if (r.status !== 201) throw new Error(`create process failed: ${r.status} ${JSON.stringify(r.json)}`);
    return r.json.sessions[0]!;
  }

  /**
   * Joins up to n participants over HTTP with limited concurrency (bounded by n). Stops at the
   * first refusal (the session's participant limit) and reports it.
   */
  async joinMany(joinCode: string, n: number, concurrency = 8): Promise<{ joins: JoinResponse[]; refused: string | null; ms: number }> {
    const joins: JoinResponse[] = [];
    let refused: string | null = null;
    const t0 = Date.now();
    await pool(
      Array.from({ length: n }, (_, i) => i),
      concurrency,
      async () => {
        if (refused) return;
        const r = await this.post<JoinResponse & { error?: string }>('/api/join', { code: joinCode, lang: 'fi' });
        if (r.status === 200) joins.push(r.json);
        else refused ??= `${r.status} ${r.json.error ?? ''}`;
      },
    );
    return { joins, refused, ms: Date.now() - t0 };
  }

  /**
   * joinMany, restarting the node when its join limiter answers 429 [SPEC J5] (bounded: 10 times).
   * Stops at any other refusal (409 too_many_participants: the session is full).
   */
  async joinUpTo(joinCode: string, n: number): Promise<{ joins: JoinResponse[]; refused: string | null; ms: number; restarts: number }> {
    const joins: JoinResponse[] = [];
    let ms = 0;
    let restarts = 0;
    for (;;) {
      const j = await this.joinMany(joinCode, n - joins.length);
      joins.push(...j.joins);
      ms += j.ms;
      if (!j.refused?.startsWith('429') || restarts >= 10) return { joins, refused: j.refused, ms, restarts };
      restarts++;
      await this.restart();
    }
  }

  /** The facilitator's socket (parses every frame; there is only one per session). */
  async facilitator(sessionId: string): Promise<Facilitator> {
    const f = new Facilitator(this.port, this.cookie, sessionId);
    await f.ready;
    return f;
  }

  async stop(): Promise<void> {
    await this.proc.stop();
    if (process.env.BENCH_NODE_ARGS) writeFileSync(join(ROOT, `bench/results/${this.o.name}.log`), this.proc.output);
    if (this.dataDir) rmSync(this.dataDir, { recursive: true, force: true });
  }
}

export class Facilitator {
  readonly ready: Promise<void>;
  head = 0;
  /** participant → group, from the last groups.split event seen */
  groups: Record<string, number | null> = {};
  private readonly ws: WebSocket;
  private readonly answers = new Map<string, (f: ServerFrame) => void>();
  private n = 0;

  constructor(port: number, cookie: string, sessionId: string) {
    const origin = `http://127.0.0.1:${port}`;
    this.ws = new WebSocket(`ws://127.0.0.1:${port}/ws`, { origin, headers: { cookie }, perMessageDeflate: false });
    this.ready = new Promise((res, rej) => {
      const timer = setTimeout(() => rej(new Error('facilitator: no welcome')), 15_000);
      this.ws.once('error', rej);
      this.ws.on('message', (d: Buffer) => {
        const f = JSON.parse(d.toString()) as ServerFrame;
        if (f.t === 'welcome') {
          this.head = Math.max(this.head, f.head);
          clearTimeout(timer);
          res();
        } else if (f.t === 'snapshot') this.head = Math.max(this.head, f.seq);
        else if (f.t === 'events') {
          this.head = Math.max(this.head, f.events.at(-1)?.seq ?? 0);
          for (const e of f.events) if (e.type === 'groups.split') this.groups = e.groups;
        } else if ((f.t === 'ack' || f.t === 'err') && f.id) this.answers.get(f.id)?.(f);
      });
      // lastSeq beyond any head: one snapshot, no replay of the log
      this.ws.once('open', () => this.ws.send(JSON.stringify({ t: 'hello', v: 1, sessionId, lastSeq: 1e9, as: 'facilitator' })));
    });
  }

  /** Sends a command and waits for its ack (10 s bound); throws on an error frame. */
  async command(cmd: Command): Promise<number> {
    const id = `bench-fac-${Date.now().toString(36)}-${(this.n++).toString(36)}`;
    const answer = new Promise<ServerFrame>((res, rej) => {
      const timer = setTimeout(() => rej(new Error(`facilitator command ${cmd.type} not answered`)), 10_000);
      this.answers.set(id, (f) => {
        clearTimeout(timer);
        res(f);
      });
    });
    this.ws.send(JSON.stringify({ t: 'cmd', id, cmd }));
    const f = await answer;
    this.answers.delete(id);
    if (f.t !== 'ack') throw new Error(`facilitator command ${cmd.type} refused: ${JSON.stringify(f)}`);
    this.head = Math.max(this.head, f.seq);
    return f.seq;
  }

  /** lobby → opening → round 1 (splits the groups first [SPEC G3]): everyone has a table. */
  async startRounds(): Promise<void> {
    await this.command({ type: 'phase.next' });
    await this.command({ type: 'phase.next' });
  }

  close(): void {
    this.ws.close();
  }
}
