import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import { describe, expect, it } from 'vitest';
import { Node, freePort } from './chaos-nodes.ts';

describe('SIGTERM on the real process', () => {
  it('[W11] the node closes sockets with 1012 and exits 0 well within 10 s', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vp-term-'));
    const node = new Node(await freePort(), { DATA_DIR: dir });
    await node.start();
    const origin = `http://127.0.0.1:${node.port}`;
    const ws = new WebSocket(`ws://127.0.0.1:${node.port}/ws`, { origin });
    await new Promise((r, j) => (ws.once('open', r), ws.once('error', j)));
    const closed = new Promise<number>((r) => ws.once('close', (code) => r(code)));
    const proc = node.proc!;
    const exited = new Promise<number | null>((r) => proc.once('exit', (code) => r(code)));
    const t0 = Date.now();
    proc.kill('SIGTERM');
    expect(await closed).toBe(1012);
    expect(await exited).toBe(0);
    expect(Date.now() - t0).toBeLessThan(10_000);
    rmSync(dir, { recursive: true, force: true });
  });
});
