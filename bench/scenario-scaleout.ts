import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { ConnectSpec } from './clients.ts';
import { ProductServer } from './product.ts';
import { runRound, roundLine, type RoundResult } from './round.ts';
import { plainRounds, summarise } from './summary.ts';
import { log, median, round, type BenchOptions } from './util.ts';

/**
 * 4. Scale-out: PostgreSQL + Redis. Writers always on node A. "One node": the receivers are on A
 * too, B is not running. "Two nodes": B runs and the receivers are on B, so every delivery
 * crosses Redis (signal) + PostgreSQL (B reads the events). Rounds alternate 1N, 2N, 1N, 2N…;
 * added latency = p(2N) − p(1N) per pair, median over pairs. Both nodes share the server core.
 */
const PG_URL = process.env.BENCH_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';
const REDIS_URL = process.env.BENCH_REDIS_URL || 'redis://127.0.0.1:6379';

export function scaleoutParams(o: BenchOptions) {
  if (o.smoke) return { receivers: 20, senders: 2, ratePerS: 10, rounds: 1, warmMs: 300, measureMs: 2_000 };
  if (o.quick) return { receivers: 200, senders: 4, ratePerS: 20, rounds: 1, warmMs: 1_000, measureMs: 4_000 };
  return { receivers: 200, senders: 4, ratePerS: 20, rounds: 3, warmMs: 2_000, measureMs: 8_000 };
}

async function dropSchema(schema: string): Promise<void> {
  const c = new pg.Client({ connectionString: PG_URL });
  await c.connect();
  try {
    await c.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  } finally {
    await c.end();
  }
}

export async function scaleout(o: BenchOptions) {
  const p = scaleoutParams(o);
  const schema = `vp_bench_${randomBytes(6).toString('hex')}`;
  const u = new URL(PG_URL);
  u.searchParams.set('schema', schema);
  const env = { DATABASE_URL: u.toString(), REDIS_URL };
  log(`scaleout: schema ${schema}, ${p.receivers} receivers, ${p.ratePerS} notes/s, ${p.rounds} round pairs`);
  const a = await ProductServer.start({ name: 'node-a', env, cpuProf: o.cpuProf });
  let b: ProductServer | null = null;
  try {
    await a.setup();
    const session = await a.createSession(4);
    const total = p.receivers + p.senders;
    const j = await a.joinUpTo(session.joinCode, total);
    if (j.joins.length < total) throw new Error(`only ${j.joins.length} of ${total} joined (${j.refused})`);
    const fac = await a.facilitator(session.id);
    await fac.startRounds();
    const specs = (receiverPort: number): ConnectSpec[] =>
      j.joins.map((x, i) => ({
        kind: 'product' as const,
        port: i < p.senders ? a.port : receiverPort,
        sessionId: session.id,
        token: x.token,
        head: fac.head,
        mute: i < p.senders,
      }));
    const one: RoundResult[] = [];
    const two: RoundResult[] = [];
    const common = {
      kind: 'product' as const,
      senders: Array.from({ length: p.senders }, (_, i) => i),
      receiversOf: () => p.receivers,
      ratePerS: p.ratePerS,
      warmMs: p.warmMs,
      measureMs: p.measureMs,
    };
    for (let r = 0; r < p.rounds; r++) {
      const r1 = await runRound({ ...common, label: `one node r${r + 1}`, procs: [a.proc], clients: specs(a.port) });
      log(roundLine(r1));
      one.push(r1);
      b = await ProductServer.start({ name: 'node-b', env, cpuProf: o.cpuProf });
      const r2 = await runRound({ ...common, label: `two nodes r${r + 1}`, procs: [a.proc, b.proc], clients: specs(b.port) });
      log(roundLine(r2));
      two.push(r2);
      await b.stop();
      b = null;
    }
    fac.close();
    const added = (pick: (x: RoundResult) => number) => round(median(one.map((x, i) => pick(two[i]!) - pick(x))), 2);
    return {
      receivers: p.receivers,
      events_per_s: p.ratePerS,
      rounds: p.rounds,
      added_p50_ms: added((x) => x.delivery.p50_ms),
      added_p99_ms: added((x) => x.delivery.p99_ms),
      one_node: summarise(one),
      two_nodes: summarise(two),
      round_results: { one_node: plainRounds(one), two_nodes: plainRounds(two) },
    };
  } finally {
    await b?.stop();
    await a.stop();
    await dropSchema(schema).catch((e: unknown) => log(`  could not drop schema ${schema}: ${String(e)}`));
  }
}
