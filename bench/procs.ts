import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { ROOT, log, sleep } from './util.ts';

/** Core of the server under test; the load generator runs on the other one (bench/run.mjs). */
export const SERVER_CORE = '0';

const TASKSET = ['/usr/bin/taskset', '/bin/taskset'].find((p) => existsSync(p)) ?? null;
const CLK_TCK = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100;
  } catch {
    return 100;
  }
})();

const live = new Set<ServerProc>();
/** Never leave a server behind, also when the bench fails. */
export function killAll(): void {
  for (const p of live) p.proc.kill('SIGKILL');
  live.clear();
}

export async function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const srv = createServer();
    srv.once('error', rej);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => res(port));
    });
  });
}

/** A server process pinned to SERVER_CORE, with its CPU time and RSS read from /proc. */
export class ServerProc {
  private out = '';

  constructor(
    readonly name: string,
    readonly proc: ChildProcess,
    readonly port: number,
  ) {
    const keep = (d: Buffer) => {
      this.out = (this.out + d.toString()).slice(-64 * 1024);
    };
    proc.stdout?.on('data', keep);
    proc.stderr?.on('data', keep);
  }

  get output(): string {
    return this.out;
  }

  get pid(): number {
    return this.proc.pid!;
  }

  get alive(): boolean {
    return this.proc.exitCode === null && this.proc.signalCode === null;
  }

  /** user + system CPU time of the whole process (all threads), in µs; 10 ms resolution. */
  cpuUs(): number {
    const stat = readFileSync(`/proc/${this.pid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // fields after the command: [0]=state (field 3) … utime is field 14, stime field 15
    return ((Number(f[11]) + Number(f[12])) * 1e6) / CLK_TCK;
  }

  /** Resident set size in MB (VmRSS). */
  rssMb(): number {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${this.pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : NaN;
  }

  /** SIGTERM, then SIGKILL after 12 s. */
  async stop(): Promise<void> {
    live.delete(this);
    if (!this.alive) return;
    const done = new Promise((r) => this.proc.once('exit', r));
    this.proc.kill('SIGTERM');
    await Promise.race([done, sleep(12_000)]);
    if (this.alive) this.proc.kill('SIGKILL');
  }
}

export interface StartOptions {
  name: string;
  /** script path relative to the repository root */
  script: string;
  env?: Record<string, string>;
  nodeArgs?: string[];
  port?: number;
}

/** `taskset -c 0 node <script>`; resolves once GET /healthz answers (15 s bound). */
export async function startPinned(o: StartOptions): Promise<ServerProc> {
  const port = o.port ?? (await freePort());
  const args = [...(o.nodeArgs ?? []), o.script];
  const [cmd, argv] = TASKSET ? [TASKSET, ['-c', SERVER_CORE, process.execPath, ...args]] : [process.execPath, args];
  if (!TASKSET) log('warning: taskset not found, server not pinned');
  const proc = spawn(cmd, argv, {
    cwd: ROOT,
    env: { ...process.env, HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...o.env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const sp = new ServerProc(o.name, proc, port);
  live.add(sp);
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    if (!sp.alive) throw new Error(`${o.name} exited: ${sp.output}`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/healthz`)).ok) return sp;
    } catch {
      // not listening yet
    }
    await sleep(50);
  }
  await sp.stop();
  throw new Error(`${o.name} did not start within 15 s: ${sp.output}`);
}

/** CPU time of this (load-generator) process in µs, to show the client side was not the bottleneck. */
export function selfCpuUs(): number {
  const u = process.cpuUsage();
  return u.user + u.system;
}
