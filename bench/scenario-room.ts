import { connectAll, probeLoop, senderTag, type ConnectSpec } from './clients.ts';
import { Sink, type Conn } from './conn-base.ts';
import { startPinned, type ServerProc } from './procs.ts';
import { ProductServer, type Facilitator } from './product.ts';
import { latency } from './stats.ts';
import { NOTE_TEXTS, log, round, sleep, until, type BenchOptions } from './util.ts';

/**
 * 3. Room size: connect N participants and read the server's RSS before and after. The product
 * caps a session at LIMITS.maxParticipants; the bench fills one session up to the cap and opens
 * further sessions for the rest (and reports the cap). One note per session at the end checks
 * that every socket is live.
 */
export function roomParams(o: BenchOptions) {
  // the idle probe lasts longer than one heartbeat period (15 s)
  if (o.smoke) return { clients: 20, probeMs: 0, baseProbeMs: 0 };
  if (o.quick) return { clients: 2_000, probeMs: 16_000, baseProbeMs: 0 };
  return { clients: 5_000, probeMs: 16_000, baseProbeMs: 3_000 };
}

interface RoomFigures {
  clients: number;
  rss_before_mb: number;
  rss_half_mb: number;
  rss_mb: number;
  rss_per_conn_kb: number;
  connect_s: number;
  delivered: string;
  first_broadcast_p99_ms: number;
  idle_loop_probe: { seconds: number; rtt_p50_ms: number; rtt_p99_ms: number; rtt_max_ms: number; stalls_over_20ms: number } | null;
}

/**
 * RSS per connection is the slope between half and all of the clients connected, so that heap
 * growth from start-up (which differs between the targets) does not count as per-connection cost.
 */
async function measure(
  label: string,
  proc: ServerProc,
  specs: ConnectSpec[],
  firstOfRoom: number[],
  expected: number,
  probeMs: number,
  facs: Facilitator[] = [],
): Promise<RoomFigures> {
  await sleep(1_000);
  const before = proc.rssMb();
  const sink = new Sink();
  const t0 = Date.now();
  const half = Math.floor(specs.length / 2);
  const lib = (c: ConnectSpec, i: number) => (i === 0 ? { ...c, library: true } : c);
  const a = await connectAll(specs.slice(0, half).map(lib), sink, 100);
  await sleep(1_000);
  const rssHalf = proc.rssMb();
  const t1 = Date.now();
  const b = await connectAll(specs.slice(half), sink, 100);
  const connectS = (Date.now() - t1 + (t1 - 1_000 - t0)) / 1000;
  const conns: (Conn | null)[] = [...a.conns, ...b.conns];
  const failed = a.failed + b.failed;
  if (failed) log(`  ${label}: ${failed} connections failed (${a.firstError ?? b.firstError})`);
  try {
    await sleep(1_000);
    sink.open();
    for (const i of firstOfRoom) conns[i]?.sendNote(senderTag(i), NOTE_TEXTS[0]!);
    sink.shut();
    await until(() => sink.deliveries >= expected - failed, 15_000);
    await sleep(2_000);
    const rss = proc.rssMb();
    // idle with everyone connected: how long does the loop stall (heartbeat: hb + ping to every socket)?
    const probe =
      probeMs > 0 && specs[0]?.kind !== 'socketio'
        ? await probeLoop(proc.port, specs[0]?.kind === 'ws' ? '/ws?room=probe' : '/ws', probeMs)
        : null;
    const connected = conns.filter(Boolean).length;
    const f: RoomFigures = {
      clients: connected,
      rss_before_mb: round(before, 1),
      rss_half_mb: round(rssHalf, 1),
      rss_mb: round(rss, 1),
      rss_per_conn_kb: round(((rss - rssHalf) * 1024) / Math.max(1, connected - half), 1),
      connect_s: round(connectS, 1),
      delivered: `${sink.deliveries}/${expected}`,
      first_broadcast_p99_ms: latency(sink.delivery).p99_ms,
      idle_loop_probe: probe && {
        seconds: probeMs / 1000,
        rtt_p50_ms: probe.rtt.p50_ms,
        rtt_p99_ms: probe.rtt.p99_ms,
        rtt_max_ms: probe.rtt.max_ms,
        stalls_over_20ms: probe.stalls_over_20ms,
      },
    };
    log(`  ${label}: ${JSON.stringify(f)}`);
    return f;
  } finally {
    for (const c of conns) c?.close();
    for (const fac of facs) fac.close();
    await sleep(1_500);
  }
}

export async function room(o: BenchOptions) {
  const p = roomParams(o);
  log(`room: ${p.clients} participants`);
  const product = await ProductServer.start({ name: 'product-room', cpuProf: o.cpuProf });
  let productFig: RoomFigures;
  let limit: number | null = null;
  let joinsPerS = 0;
  let joinLimitedAfter: number | null = null;
  const sessions: { id: string; tokens: string[]; fac: Facilitator }[] = [];
  try {
    await product.setup();
    // Joins: fill a session up to its cap (409 too_many_participants), then open the next one.
    // A node also caps all joins (burst, then a slow refill: 429 rate_limited [SPEC J5]); the
    // scenario measures memory, not the join limiter, so it restarts the node when it hits it.
    const raw: { id: string; joinCode: string; tokens: string[] }[] = [];
    let joined = 0;
    let joinMs = 0;
    for (let step = 0; joined < p.clients && step < 200; step++) {
      let cur = raw.at(-1);
      if (!cur || cur.tokens.length === limit) {
        if (raw.length >= 50) break;
        const s = await product.createSession(4);
        raw.push((cur = { ...s, tokens: [] }));
      }
      const j = await product.joinMany(
        cur.joinCode,
        Math.min(p.clients - joined, limit === null ? p.clients : limit - cur.tokens.length),
        16,
      );
      joinMs += j.ms;
      joined += j.joins.length;
      cur.tokens.push(...j.joins.map((x) => x.token));
      if (j.refused?.startsWith('429')) {
        joinLimitedAfter ??= joined;
        log(`  node refused joins with ${j.refused} after ${joined} joins: restarting it`);
        await product.restart();
      } else if (j.refused?.startsWith('409')) limit ??= cur.tokens.length;
      else if (j.refused) throw new Error(`join refused: ${j.refused}`);
    }
    joinsPerS = round(joined / (joinMs / 1000), 0);
    log(
      `  ${joined} joined into ${raw.length} session(s) at ${joinsPerS} joins/s${limit !== null ? `; a session takes at most ${limit}` : ''}`,
    );
    for (const r of raw) {
      const fac = await product.facilitator(r.id);
      await fac.startRounds();
      sessions.push({ id: r.id, tokens: r.tokens, fac });
    }
    const specs: ConnectSpec[] = [];
    const firsts: number[] = [];
    for (const s of sessions) {
      firsts.push(specs.length);
      for (const token of s.tokens) specs.push({ kind: 'product', port: product.port, sessionId: s.id, token, head: s.fac.head });
    }
    productFig = await measure(
      'product',
      product.proc,
      specs,
      firsts,
      specs.length,
      p.probeMs,
      sessions.map((s) => s.fac),
    );
  } finally {
    await product.stop();
  }
  const base = async (kind: 'ws' | 'socketio') => {
    const sp = await startPinned({ name: `baseline-${kind}`, script: `${process.env.BENCH_BUILD}/baseline-${kind}.js` });
    try {
      const specs: ConnectSpec[] = Array.from({ length: p.clients }, () => ({ kind, port: sp.port, room: 'room' }));
      return await measure(kind, sp, specs, [0], p.clients, p.baseProbeMs);
    } finally {
      await sp.stop();
    }
  };
  const ws = await base('ws');
  const socketio = await base('socketio');
  return {
    target_clients: p.clients,
    clients: productFig.clients,
    sessions: sessions.length,
    max_participants_per_session: limit,
    joins_per_s: joinsPerS,
    /** joins a fresh node accepted before answering 429 (the node-wide join limiter) */
    join_rate_limited_after: joinLimitedAfter,
    rss_mb: productFig.rss_mb,
    rss_per_conn_kb: productFig.rss_per_conn_kb,
    ratio_rss_per_conn_vs_ws: round(productFig.rss_per_conn_kb / ws.rss_per_conn_kb, 2),
    ratio_rss_per_conn_vs_socketio: round(productFig.rss_per_conn_kb / socketio.rss_per_conn_kb, 2),
    product: productFig,
    baselines: { ws, socketio },
  };
}
