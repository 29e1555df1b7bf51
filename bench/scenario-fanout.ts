import type { ConnectSpec } from './clients.ts';
import type { TargetKind } from './conn-base.ts';
import { startPinned, type ServerProc } from './procs.ts';
import { ProductServer } from './product.ts';
import { runRound, roundLine, type RoundResult } from './round.ts';
import { pairedRatio, plainRounds, summarise } from './summary.ts';
import { log, type BenchOptions } from './util.ts';

/**
 * 1. Fan-out: N sockets in one session; a few participants write notes (a real note.added event,
 * broadcast to the whole session) at a fixed rate; latency from send to receipt at every client,
 * server CPU per delivered event. Product, raw ws and Socket.IO interleaved round by round.
 */
export function fanoutParams(o: BenchOptions) {
  if (o.smoke) return { clients: 20, ratePerS: 10, senders: 2, rounds: 1, warmMs: 300, measureMs: 2_000 };
  if (o.quick) return { clients: 2_000, ratePerS: 10, senders: 4, rounds: 2, warmMs: 700, measureMs: 3_000 };
  return { clients: 2_000, ratePerS: 10, senders: 4, rounds: 3, warmMs: 2_000, measureMs: 10_000 };
}

export async function fanout(o: BenchOptions) {
  const p = fanoutParams(o);
  log(`fanout: ${p.clients} clients, ${p.ratePerS} events/s, ${p.rounds} rounds × ${p.measureMs / 1000} s`);
  const product = await ProductServer.start({ name: 'product-fanout', cpuProf: o.cpuProf });
  const servers: ServerProc[] = [product.proc];
  try {
    await product.setup();
    const session = await product.createSession(4);
    const j = await product.joinUpTo(session.joinCode, p.clients);
    const tokens = j.joins.map((x) => x.token);
    if (tokens.length === 0) throw new Error(`no participant could join: ${j.refused}`);
    const perToken = Math.ceil(p.clients / tokens.length);
    log(
      `  joined ${tokens.length} participants in ${j.ms} ms${j.refused ? ` (then refused: ${j.refused})` : ''}; ${perToken} socket(s) per participant`,
    );
    const fac = await product.facilitator(session.id);
    await fac.startRounds();
    const ws = await startPinned({ name: 'baseline-ws', script: `${process.env.BENCH_BUILD}/baseline-ws.js` });
    const sio = await startPinned({ name: 'baseline-socketio', script: `${process.env.BENCH_BUILD}/baseline-socketio.js` });
    servers.push(ws, sio);

    const specs = (kind: TargetKind): ConnectSpec[] =>
      Array.from({ length: p.clients }, (_, i) =>
        kind === 'product'
          ? { kind, port: product.port, sessionId: session.id, token: tokens[i % tokens.length]!, head: fac.head }
          : { kind, port: kind === 'ws' ? ws.port : sio.port, room: 'fanout' },
      );
    const procOf: Record<TargetKind, ServerProc> = { product: product.proc, ws, socketio: sio };
    const results: Record<TargetKind, RoundResult[]> = { product: [], ws: [], socketio: [] };
    for (let r = 0; r < p.rounds; r++) {
      for (const kind of ['product', 'ws', 'socketio'] as const) {
        const res = await runRound({
          kind,
          label: `${kind} r${r + 1}`,
          procs: [procOf[kind]],
          clients: specs(kind),
          senders: Array.from({ length: p.senders }, (_, i) => Math.floor((i * p.clients) / p.senders)),
          receiversOf: () => p.clients,
          ratePerS: p.ratePerS,
          warmMs: p.warmMs,
          measureMs: p.measureMs,
        });
        log(roundLine(res));
        results[kind].push(res);
      }
    }
    fac.close();
    const s = summarise(results.product);
    const cpu = (x: RoundResult) => x.cpuUsPerDelivery;
    const p99 = (x: RoundResult) => x.delivery.p99_ms;
    return {
      clients: p.clients,
      events_per_s: p.ratePerS,
      rounds: p.rounds,
      seconds_per_round: p.measureMs / 1000,
      participants_joined: tokens.length,
      participant_limit_hit: j.refused,
      sockets_per_participant: perToken,
      p50_ms: s.delivery.p50_ms,
      p95_ms: s.delivery.p95_ms,
      p99_ms: s.delivery.p99_ms,
      max_ms: s.delivery.max_ms,
      deliveries_per_s: s.deliveries_per_s,
      delivered_ratio: s.delivered_ratio,
      server_cpu_pct: s.server_cpu_pct,
      cpu_us_per_delivery: s.cpu_us_per_delivery,
      cpu_us_per_event: s.cpu_us_per_note,
      rss_mb: s.rss_mb,
      frame_bytes: s.frame_bytes,
      ratio_cpu_vs_ws: pairedRatio(results.product, results.ws, cpu),
      ratio_cpu_vs_socketio: pairedRatio(results.product, results.socketio, cpu),
      ratio_p99_vs_ws: pairedRatio(results.product, results.ws, p99),
      ratio_p99_vs_socketio: pairedRatio(results.product, results.socketio, p99),
      product: s,
      baselines: { ws: summarise(results.ws), socketio: summarise(results.socketio) },
      round_results: { product: plainRounds(results.product), ws: plainRounds(results.ws), socketio: plainRounds(results.socketio) },
    };
  } finally {
    await product.stop();
    for (const sp of servers.slice(1)) await sp.stop();
  }
}
