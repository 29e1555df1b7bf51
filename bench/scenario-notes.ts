import { senderTag, type ConnectSpec } from './clients.ts';
import { startPinned, type ServerProc } from './procs.ts';
import { ProductServer, type Facilitator } from './product.ts';
import { runRound, roundLine, type RoundResult } from './round.ts';
import { pairedRatio, plainRounds, summarise } from './summary.ts';
import { log, type BenchOptions } from './util.ts';

/**
 * 2. Notes: C participant clients in S sessions of 8 tables (a session has at most 8 tables, so
 * 7 sessions ≈ 56 tables stand in for "50 tables"), R notes/s round-robin over all clients.
 * Ack latency (after the durable commit: SQLite WAL, synchronous=FULL) at the writer, delivery
 * latency at every other socket of the writer's session, and at the writer's table members.
 * The product sends every note to the whole session; a fourth run, "ws per-table", is the raw ws
 * baseline with one room per table: what routing notes by table would cost.
 */
export function notesParams(o: BenchOptions) {
  if (o.smoke) return { clients: 20, sessions: 2, ratePerS: 20, rounds: 1, warmMs: 300, productMs: 2_000, baseMs: 2_000 };
  if (o.quick) return { clients: 1_000, sessions: 7, ratePerS: 500, rounds: 1, warmMs: 700, productMs: 6_000, baseMs: 3_000 };
  return { clients: 1_000, sessions: 7, ratePerS: 500, rounds: 3, warmMs: 2_000, productMs: 30_000, baseMs: 10_000 };
}

export async function notes(o: BenchOptions) {
  const p = notesParams(o);
  log(
    `notes: ${p.clients} clients in ${p.sessions} sessions × 8 tables, ${p.ratePerS} notes/s, ${p.rounds} rounds (product ${p.productMs / 1000} s, baselines ${p.baseMs / 1000} s)`,
  );
  const product = await ProductServer.start({ name: 'product-notes', cpuProf: o.cpuProf });
  const servers: ServerProc[] = [];
  const facs: Facilitator[] = [];
  try {
    await product.setup();
    const sessions: { id: string; tokens: string[]; participantIds: string[] }[] = [];
    const t0 = Date.now();
    // everyone joins first (a join-limiter restart would cut facilitator sockets), then each
    // session's facilitator starts round 1
    const created: { id: string; joinCode: string }[] = [];
    for (let s = 0; s < p.sessions; s++) created.push(await product.createSession(8));
    for (let s = 0; s < p.sessions; s++) {
      const want = Math.ceil((p.clients - s) / p.sessions);
      const j = await product.joinUpTo(created[s]!.joinCode, want);
      if (j.joins.length < want) throw new Error(`session ${s}: only ${j.joins.length} of ${want} joined (${j.refused})`);
      sessions.push({ id: created[s]!.id, tokens: j.joins.map((x) => x.token), participantIds: j.joins.map((x) => x.participantId) });
    }
    for (const session of sessions) {
      const fac = await product.facilitator(session.id);
      await fac.startRounds();
      facs.push(fac);
    }
    log(`  ${p.clients} participants joined and ${p.sessions} sessions started in ${Date.now() - t0} ms`);
    const ws = await startPinned({ name: 'baseline-ws', script: `${process.env.BENCH_BUILD}/baseline-ws.js` });
    const sio = await startPinned({ name: 'baseline-socketio', script: `${process.env.BENCH_BUILD}/baseline-socketio.js` });
    servers.push(ws, sio);

    const sizes = sessions.map((s) => s.tokens.length);
    // round 1: group g sits at table g [SPEC R1]; the baselines get the same seating
    const tableOf = (i: number): number => {
      const s = i % p.sessions;
      const pid = sessions[s]!.participantIds[Math.floor(i / p.sessions)]!;
      return facs[s]!.groups[pid] ?? 0;
    };
    const tables = Array.from({ length: p.clients }, (_, i) => tableOf(i));
    const tableSize = new Map<string, number>();
    for (let i = 0; i < p.clients; i++)
      tableSize.set(`${i % p.sessions}-${tables[i]}`, (tableSize.get(`${i % p.sessions}-${tables[i]}`) ?? 0) + 1);
    type Variant = 'product' | 'ws' | 'socketio' | 'ws_tables';
    const specs = (v: Variant): ConnectSpec[] =>
      Array.from({ length: p.clients }, (_, i) => {
        const s = i % p.sessions;
        const table = tables[i]!;
        const selfTag = senderTag(i, table);
        if (v === 'product')
          return {
            kind: v,
            port: product.port,
            sessionId: sessions[s]!.id,
            token: sessions[s]!.tokens[Math.floor(i / p.sessions)]!,
            head: facs[s]!.head,
            selfTag,
            table,
          };
        if (v === 'socketio') return { kind: v, port: sio.port, room: `notes${s}`, selfTag, table };
        return { kind: 'ws', port: ws.port, room: v === 'ws' ? `notes${s}` : `notes${s}-t${table}`, selfTag, table };
      });
    const receivers = (v: Variant) => (i: number) =>
      (v === 'ws_tables' ? tableSize.get(`${i % p.sessions}-${tables[i]}`)! : sizes[i % p.sessions]!) - 1;
    const procOf: Record<Variant, ServerProc> = { product: product.proc, ws, socketio: sio, ws_tables: ws };
    const results: Record<Variant, RoundResult[]> = { product: [], ws: [], socketio: [], ws_tables: [] };
    for (let r = 0; r < p.rounds; r++) {
      for (const v of ['product', 'ws', 'socketio', 'ws_tables'] as const) {
        const res = await runRound({
          kind: v === 'ws_tables' ? 'ws' : v,
          label: `${v} r${r + 1}`,
          procs: [procOf[v]],
          clients: specs(v),
          senders: Array.from({ length: p.clients }, (_, i) => i),
          receiversOf: receivers(v),
          ratePerS: p.ratePerS,
          warmMs: p.warmMs,
          measureMs: v === 'product' ? p.productMs : p.baseMs,
          drainMs: 20_000,
        });
        log(roundLine(res));
        results[v].push(res);
      }
    }
    const s = summarise(results.product);
    const ack99 = (x: RoundResult) => x.ack.p99_ms;
    const del99 = (x: RoundResult) => x.delivery.p99_ms;
    const cpu = (x: RoundResult) => x.cpuUsPerNote;
    return {
      clients: p.clients,
      sessions: p.sessions,
      tables: p.sessions * 8,
      target_notes_per_s: p.ratePerS,
      seconds_per_round: p.productMs / 1000,
      rounds: p.rounds,
      notes_per_s: s.acked_per_s,
      ack_p50_ms: s.ack.p50_ms,
      ack_p95_ms: s.ack.p95_ms,
      ack_p99_ms: s.ack.p99_ms,
      ack_max_ms: s.ack.max_ms,
      delivery_p50_ms: s.delivery.p50_ms,
      delivery_p95_ms: s.delivery.p95_ms,
      delivery_p99_ms: s.delivery.p99_ms,
      delivery_max_ms: s.delivery.max_ms,
      table_delivery_p50_ms: s.table_delivery.p50_ms,
      table_delivery_p99_ms: s.table_delivery.p99_ms,
      mean_table_size: Math.round((p.clients / (p.sessions * 8)) * 10) / 10,
      delivered_ratio: s.delivered_ratio,
      server_cpu_pct: s.server_cpu_pct,
      cpu_us_per_note: s.cpu_us_per_note,
      cpu_us_per_delivery: s.cpu_us_per_delivery,
      rss_mb: s.rss_mb,
      errors: s.errors,
      ratio_ack_p99_vs_ws: pairedRatio(results.product, results.ws, ack99),
      ratio_ack_p99_vs_socketio: pairedRatio(results.product, results.socketio, ack99),
      ratio_delivery_p99_vs_ws: pairedRatio(results.product, results.ws, del99),
      ratio_cpu_per_note_vs_ws: pairedRatio(results.product, results.ws, cpu),
      ratio_cpu_per_note_vs_socketio: pairedRatio(results.product, results.socketio, cpu),
      product: s,
      baselines: { ws: summarise(results.ws), socketio: summarise(results.socketio), ws_per_table: summarise(results.ws_tables) },
      round_results: {
        product: plainRounds(results.product),
        ws: plainRounds(results.ws),
        socketio: plainRounds(results.socketio),
        ws_per_table: plainRounds(results.ws_tables),
      },
    };
  } finally {
    for (const f of facs) f.close();
    await product.stop();
    for (const sp of servers) await sp.stop();
  }
}
