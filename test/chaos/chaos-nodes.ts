import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

/** A server node as a child process (`node dist/server/main.js`), killable with SIGKILL. */
export class Node {
  proc: ChildProcess | null = null;
  output = '';

  constructor(
    readonly port: number,
    private readonly env: Record<string, string>,
  ) {}

  async start(): Promise<void> {
    this.output = '';
    const proc = spawn(process.execPath, ['dist/server/main.js'], {
      env: { ...process.env, ...this.env, PORT: String(this.port), HOST: '127.0.0.1', LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.proc = proc;
    proc.stdout!.on('data', (d: Buffer) => (this.output += d.toString()));
    proc.stderr!.on('data', (d: Buffer) => (this.output += d.toString()));
    const deadline = Date.now() + 15_000;
    while (Date.now() < deadline) {
      if (proc.exitCode !== null) throw new Error(`node on ${this.port} exited: ${this.output}`);
      try {
        if ((await fetch(`http://127.0.0.1:${this.port}/healthz`)).ok) return;
      } catch {
        // not yet listening
      }
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`node on ${this.port} did not start: ${this.output}`);
  }

  /** kill -9: no shutdown hooks, in-flight work is cut off. */
  kill9(): void {
    this.proc?.kill('SIGKILL');
    this.proc = null;
  }

  get alive(): boolean {
    return this.proc !== null && this.proc.exitCode === null;
  }

  async stop(): Promise<void> {
    const p = this.proc;
    if (!p || p.exitCode !== null) return;
    const done = new Promise((r) => p.once('exit', r));
    p.kill('SIGTERM');
    await Promise.race([done, new Promise((r) => setTimeout(r, 10_000))]);
    if (p.exitCode === null) p.kill('SIGKILL');
  }

  /** the one-time setup token printed on first start */
  setupToken(): string | null {
    return /\/setup#([A-Za-z0-9_-]+)/.exec(this.output)?.[1] ?? null;
  }
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
