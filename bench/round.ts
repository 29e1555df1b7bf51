import { connectAll, drive, senderTag, type ConnectSpec } from './clients.ts';
import { Sink, type TargetKind } from './conn-base.ts';
import { selfCpuUs, type ServerProc } from './procs.ts';
import { latency, type Histogram, type Latency } from './stats.ts';
import { NOTE_TEXTS, log, round, sleep, until } from './util.ts';

/** One measured run of one target: connect, warm up, send at a fixed rate, drain, disconnect. */
export interface RoundSpec {
  kind: TargetKind;
  label: string;
  /** the server process whose CPU and RSS are read (several nodes: all of them) */
  procs: ServerProc[];
  clients: ConnectSpec[];
  /** indices into clients that send notes (round-robin) */
  senders: number[];
  /** how many clients receive a note sent by sender i (for the expected count) */
  receiversOf: (senderIndex: number) => number;
  ratePerS: number;
  warmMs: number;
  measureMs: number;
  /** drain bound after the last send */
  drainMs?: number;
}

export interface RoundResult {
  kind: TargetKind;
  label: string;
  clients: number;
  connected: number;
  connectFailed: number;
  connectMs: number;
  sent: number;
  acks: number;
  deliveries: number;
  expectedDeliveries: number;
  errors: Record<string, number>;
  closedDuringRun: Record<string, number>;
  seconds: number;
  sentPerS: number;
  ackedPerS: number;
  deliveriesPerS: number;
  serverCpuMs: number;
  serverCpuPct: number;
  cpuUsPerDelivery: number;
  cpuUsPerNote: number;
  rssMb: number;
  clientCpuPct: number;
  frameBytes: number;
  delivery: Latency;
  /** deliveries to the writer's table members only (when clients have tables) */
  tableDelivery: Latency;
  ack: Latency;
  /** raw histograms (µs), merged across rounds by the caller; not written to JSON */
  hist: { delivery: Histogram; ack: Histogram; table: Histogram };
}

export async function runRound(o: RoundSpec): Promise<RoundResult> {
  const sink = new Sink();
  const tc = Date.now();
  // the first client of every round is the library one (`ws` / `socket.io-client`), as a cross-check
  const specs = o.clients.map((c, i) => (i === 0 ? { ...c, library: true } : c));
  const { conns, failed, firstError } = await connectAll(specs, sink, 100);
  const connectMs = Date.now() - tc;
  if (failed > 0) log(`  ${o.label}: ${failed} of ${o.clients.length} connections failed (${firstError})`);
  const idx = o.senders.filter((i) => conns[i]);
  const senders = idx.map((i) => conns[i]!);
  const tags = idx.map((i) => senderTag(i, o.clients[i]!.table));
  const connected = conns.filter(Boolean).length;
  try {
    await drive(senders, tags, NOTE_TEXTS, o.ratePerS, o.warmMs);
    await sleep(300);
    const cpu0 = o.procs.reduce((n, p) => n + p.cpuUs(), 0);
    const self0 = selfCpuUs();
    const t0 = performance.now();
    sink.open();
    const sent = await drive(senders, tags, NOTE_TEXTS, o.ratePerS, o.measureMs);
    sink.shut();
    let expected = 0;
    for (let k = 0; k < sent; k++) expected += o.receiversOf(idx[k % idx.length]!);
    await until(() => sink.deliveries >= expected && sink.acks >= sent, o.drainMs ?? 5_000, 10);
    const seconds = (performance.now() - t0) / 1000;
    if (sink.worst) {
      const w = [...sink.worst].sort((a, b) => b[1] - a[1]).slice(0, 8);
      log(
        `  ${o.label} slowest events (sent at s after start → worst delivery ms): ${w.map(([t, l]) => `${((t - sink.fromUs) / 1e6).toFixed(2)}→${(l / 1000).toFixed(0)}`).join(' ')}`,
      );
    }
    const cpu1 = o.procs.reduce((n, p) => n + p.cpuUs(), 0);
    const self1 = selfCpuUs();
    const cpuUs = cpu1 - cpu0;
    const sendSeconds = o.measureMs / 1000;
    return {
      kind: o.kind,
      label: o.label,
      clients: o.clients.length,
      connected,
      connectFailed: failed,
      connectMs,
      sent,
      acks: sink.acks,
      deliveries: sink.deliveries,
      expectedDeliveries: expected,
      errors: Object.fromEntries(sink.errorCodes),
      closedDuringRun: Object.fromEntries([...sink.closeCodes].map(([k, v]) => [String(k), v])),
      seconds: round(seconds, 2),
      sentPerS: round(sent / sendSeconds, 1),
      // achieved: acks over the whole time it took to get them (sending + draining the backlog)
      ackedPerS: round(sink.acks / seconds, 1),
      deliveriesPerS: round(sink.deliveries / seconds, 0),
      serverCpuMs: round(cpuUs / 1000, 0),
      serverCpuPct: round((cpuUs / 1e6 / seconds) * 100, 1),
      cpuUsPerDelivery: round(cpuUs / Math.max(1, sink.deliveries), 3),
      cpuUsPerNote: round(cpuUs / Math.max(1, sent), 1),
      rssMb: round(
        o.procs.reduce((n, p) => n + p.rssMb(), 0),
        1,
      ),
      clientCpuPct: round(((self1 - self0) / 1e6 / seconds) * 100, 1),
      frameBytes: sink.frameBytes,
      delivery: latency(sink.delivery),
      tableDelivery: latency(sink.tableDelivery),
      ack: latency(sink.ack),
      hist: { delivery: sink.delivery, ack: sink.ack, table: sink.tableDelivery },
    };
  } finally {
    for (const c of conns) c?.close();
    await sleep(o.clients.length > 1000 ? 1000 : 400);
  }
}

/** One line of progress per round. */
export function roundLine(r: RoundResult): string {
  const d = r.delivery;
  return (
    `  ${r.label.padEnd(22)} conn ${r.connected}/${r.clients} sent ${r.sent} acks ${r.acks} deliv ${r.deliveries}/${r.expectedDeliveries}` +
    ` p50 ${d.p50_ms} p99 ${d.p99_ms} max ${d.max_ms} ms | ack p99 ${r.ack.p99_ms} ms | cpu ${r.serverCpuPct}% ${r.cpuUsPerDelivery} µs/deliv` +
    ` | rss ${r.rssMb} MB | client cpu ${r.clientCpuPct}%${Object.keys(r.errors).length ? ` | errors ${JSON.stringify(r.errors)}` : ''}` +
    `${Object.keys(r.closedDuringRun).length ? ` | closed ${JSON.stringify(r.closedDuringRun)}` : ''}`
  );
}
