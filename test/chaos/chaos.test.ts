import { describe, expect, it } from 'vitest';
import { runChaos, type ChaosOptions } from './chaos.ts';

/**
 * The chaos test: real server nodes as child processes, kill -9 and restart, Redis dropped,
 * phones that reconnect to any node and resend with the same ids. `npm test` runs the short
 * version; `npm run chaos` (CHAOS_FULL=1) the long one. Each injected server bug must be caught.
 */
const full = process.env.CHAOS_FULL === '1';
const base: Omit<ChaosOptions, 'store' | 'nodes'> = full
  ? { clients: 200, notesPerSecond: 50, seconds: 60, kills: 3, redisDrop: true, duplicateRate: 0.05 }
  : { clients: 40, notesPerSecond: 50, seconds: 10, kills: 2, redisDrop: true, duplicateRate: 0.05 };
const log = (s: string) => process.stdout.write(`  ${s}\n`);

describe('chaos', () => {
  it('[X1] two nodes on PostgreSQL + Redis: nothing acked is lost, nothing applied twice, nobody stuck', async () => {
    const r = await runChaos({ ...base, store: 'pg', nodes: 2, log });
    process.stdout.write(`${r.line}\n`);
    expect(r.acked).toBeGreaterThan(base.notesPerSecond * base.seconds * 0.5);
    expect(r).toMatchObject({ lost: 0, duplicated: 0, stuck: 0 });
  });

  it('[X2] one node on SQLite, killed and restarted: nothing lost', async () => {
    const r = await runChaos({ ...base, store: 'sqlite', nodes: 1, redisDrop: false, log });
    process.stdout.write(`${r.line}\n`);
    expect(r.acked).toBeGreaterThan(base.notesPerSecond * base.seconds * 0.4);
    expect(r).toMatchObject({ lost: 0, duplicated: 0, stuck: 0 });
  });

  it.each(['ack-before-commit', 'no-dedup'] as const)('[X3] the test has teeth: with the injected fault %s it fails', async (fault) => {
    const r = await runChaos({
      ...base,
      clients: 20,
      seconds: full ? 20 : 6,
      store: 'sqlite',
      nodes: 1,
      redisDrop: false,
      duplicateRate: 0.1,
      fault,
      log,
    });
    process.stdout.write(`${r.line} (fault ${fault})\n`);
    expect(r.lost + r.duplicated + r.stuck).toBeGreaterThan(0);
  });
});
