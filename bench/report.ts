import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { cpus, release, totalmem } from 'node:os';
import { join } from 'node:path';
import type { fanout } from './scenario-fanout.ts';
import type { notes } from './scenario-notes.ts';
import type { page } from './scenario-page.ts';
import type { room } from './scenario-room.ts';
import type { scaleout } from './scenario-scaleout.ts';
import type { TargetSummary } from './summary.ts';
import { ROOT } from './util.ts';

export interface Target {
  name: string;
  target: string;
  value: string;
  met: boolean | null;
}

export interface Results {
  meta: {
    mode: string;
    started: string;
    seconds: number;
    machine: ReturnType<typeof machine>;
    product_build: ReturnType<typeof productBuild>;
    loadavg_start: number[];
    loadavg_end: number[];
  };
  fanout?: Awaited<ReturnType<typeof fanout>>;
  notes?: Awaited<ReturnType<typeof notes>>;
  room?: Awaited<ReturnType<typeof room>>;
  scaleout?: Awaited<ReturnType<typeof scaleout>>;
  page?: Awaited<ReturnType<typeof page>>;
  targets?: Target[];
}

/** Which build of the product was measured (the engine changes under the bench). */
export function productBuild() {
  const main = join(ROOT, 'dist/server/main.js');
  const stamp = join(ROOT, 'dist/.built');
  return {
    built_at: existsSync(stamp) ? readFileSync(stamp, 'utf8').trim() : null,
    server_sha1: existsSync(main) ? createHash('sha1').update(readFileSync(main)).digest('hex').slice(0, 12) : null,
  };
}

export function machine() {
  const c = cpus();
  return {
    cpus: c.length,
    cpu_model: c[0]?.model ?? 'unknown',
    mem_gb: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    kernel: release(),
    server_core: 0,
    load_generator_core: 1,
  };
}

const yes = (b: boolean | null) => (b === null ? 'n/a' : b ? 'MET' : 'NOT MET');

/** The issue's targets, judged on this run's figures. */
export function targets(r: Results): Target[] {
  const t: Target[] = [];
  const f = r.fanout;
  if (f) {
    t.push({ name: 'fan-out CPU per delivery vs raw ws', target: '≤ 1.5×', value: `${f.ratio_cpu_vs_ws}×`, met: f.ratio_cpu_vs_ws <= 1.5 });
    t.push({
      name: 'fan-out CPU per delivery vs Socket.IO',
      target: '< 1×',
      value: `${f.ratio_cpu_vs_socketio}×`,
      met: f.ratio_cpu_vs_socketio < 1,
    });
    t.push({ name: `fan-out to ${f.clients}: p99`, target: '≤ 75 ms', value: `${f.p99_ms} ms`, met: f.p99_ms <= 75 });
  }
  const n = r.notes;
  if (n) {
    t.push({
      name: 'notes sustained',
      target: `${n.target_notes_per_s}/s`,
      value: `${n.notes_per_s}/s`,
      met: n.notes_per_s >= 0.98 * n.target_notes_per_s && n.delivered_ratio >= 0.999,
    });
    t.push({ name: 'notes ack p99 (durable)', target: '≤ 25 ms', value: `${n.ack_p99_ms} ms`, met: n.ack_p99_ms <= 25 });
    t.push({ name: 'notes delivery p99', target: '≤ 50 ms', value: `${n.delivery_p99_ms} ms`, met: n.delivery_p99_ms <= 50 });
  }
  const m = r.room;
  if (m) {
    t.push({
      name: `${m.target_clients} participants in ONE session`,
      target: 'possible',
      value: m.max_participants_per_session === null ? 'yes' : `no: limit ${m.max_participants_per_session}`,
      met: m.max_participants_per_session === null,
    });
    t.push({
      name: `${m.clients} connected participants: server RSS`,
      target: '< 200 MB',
      value: `${m.rss_mb} MB`,
      met: m.clients >= m.target_clients && m.rss_mb < 200,
    });
  }
  const s = r.scaleout;
  if (s) {
    t.push({ name: 'scale-out added latency p50', target: '≤ 5 ms', value: `${s.added_p50_ms} ms`, met: s.added_p50_ms <= 5 });
    t.push({ name: 'scale-out added latency p99', target: '≤ 20 ms', value: `${s.added_p99_ms} ms`, met: s.added_p99_ms <= 20 });
  }
  const p = r.page;
  if (p) {
    t.push({
      name: 'participant JS (gzip)',
      target: '≤ 35 KB',
      value: `${p.participant_js_gzip_kb} KB`,
      met: p.participant_js_gzip_kb <= 35,
    });
    t.push({
      name: 'join page LCP (Lighthouse mobile, slow 4G)',
      target: '≤ 2000 ms',
      value: p.lcp_ms === null ? `n/a (${p.lighthouse_error})` : `${p.lcp_ms} ms`,
      met: p.lcp_ms === null ? null : p.lcp_ms <= 2000,
    });
  }
  return t;
}

function table(head: string[], rows: (string | number)[][]): string {
  const cells = [head, ...rows.map((r) => r.map(String))];
  const w = head.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) => '  ' + r.map((c, i) => (i === 0 ? c.padEnd(w[i]!) : c.padStart(w[i]!))).join('  ');
  return [line(head), '  ' + w.map((x) => '-'.repeat(x)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

function latRows(label: string, s: TargetSummary | undefined): (string | number)[] {
  if (!s) return [label, '-', '-', '-', '-', '-', '-', '-', '-', '-'];
  const d = s.delivery;
  return [
    label,
    d.p50_ms,
    d.p95_ms,
    d.p99_ms,
    d.max_ms,
    s.deliveries_per_s,
    s.server_cpu_pct,
    s.cpu_us_per_delivery,
    s.rss_mb,
    s.client_cpu_pct,
  ];
}

export function printReport(r: Results): void {
  const out: string[] = [];
  const m = r.meta.machine;
  out.push(
    '',
    `Vuoropuhe bench (${r.meta.mode}) — ${m.cpus} × ${m.cpu_model}, ${m.mem_gb} GB, Node ${m.node}; server on core 0, load on core 1; ${r.meta.seconds} s`,
    `  build ${r.meta.product_build.server_sha1} (${r.meta.product_build.built_at}); load average at start ${r.meta.loadavg_start.join(' ')}, at end ${r.meta.loadavg_end.join(' ')}`,
  );
  const head = ['target', 'p50 ms', 'p95 ms', 'p99 ms', 'max ms', 'deliv/s', 'srv cpu %', 'cpu µs/deliv', 'rss MB', 'client cpu %'];
  if (r.fanout) {
    const f = r.fanout;
    out.push(
      '',
      `1. fan-out: ${f.clients} sockets in one session (${f.participants_joined} participants × ${f.sockets_per_participant}), ${f.events_per_s} note.added/s, ${f.frame_bytes} B frames, ${f.rounds} rounds × ${f.seconds_per_round} s`,
    );
    out.push(table(head, [latRows('product', f.product), latRows('raw ws', f.baselines.ws), latRows('socket.io', f.baselines.socketio)]));
    out.push(
      `  ratios product/ws: cpu ${f.ratio_cpu_vs_ws}×, p99 ${f.ratio_p99_vs_ws}×; product/socket.io: cpu ${f.ratio_cpu_vs_socketio}×, p99 ${f.ratio_p99_vs_socketio}×; delivered ${(f.delivered_ratio * 100).toFixed(2)}%`,
    );
  }
  if (r.notes) {
    const n = r.notes;
    out.push(
      '',
      `2. notes: ${n.clients} clients, ${n.sessions} sessions × 8 = ${n.tables} tables, ${n.target_notes_per_s} notes/s, ${n.rounds} rounds (product ${n.seconds_per_round} s each)`,
    );
    const h = [
      'target',
      'notes/s',
      'ack p50',
      'ack p95',
      'ack p99',
      'ack max',
      'deliv p50',
      'deliv p99',
      'deliv max',
      'table p99',
      'srv cpu %',
      'cpu µs/note',
      'client cpu %',
    ];
    const row = (label: string, s: TargetSummary) => [
      label,
      s.acked_per_s,
      s.ack.p50_ms,
      s.ack.p95_ms,
      s.ack.p99_ms,
      s.ack.max_ms,
      s.delivery.p50_ms,
      s.delivery.p99_ms,
      s.delivery.max_ms,
      s.table_delivery.p99_ms,
      s.server_cpu_pct,
      s.cpu_us_per_note,
      s.client_cpu_pct,
    ];
    out.push(
      table(h, [
        row('product', n.product),
        row('raw ws', n.baselines.ws),
        row('socket.io', n.baselines.socketio),
        row('raw ws, room per table', n.baselines.ws_per_table),
      ]),
    );
    out.push(
      `  ratios product/ws: ack p99 ${n.ratio_ack_p99_vs_ws}×, delivery p99 ${n.ratio_delivery_p99_vs_ws}×, cpu/note ${n.ratio_cpu_per_note_vs_ws}×; errors ${JSON.stringify(n.errors)}; delivered ${(n.delivered_ratio * 100).toFixed(2)}%`,
    );
  }
  if (r.room) {
    const x = r.room;
    out.push(
      '',
      `3. room: ${x.clients} participants connected in ${x.sessions} session(s) (one session holds at most ${x.max_participants_per_session ?? 'unlimited'})`,
    );
    const h = ['target', 'clients', 'rss idle MB', 'rss half MB', 'rss MB', 'KB/conn', 'connect s', 'delivered'];
    const row = (label: string, s: (typeof x)['baselines']['ws']) => [
      label,
      s.clients,
      s.rss_before_mb,
      s.rss_half_mb,
      s.rss_mb,
      s.rss_per_conn_kb,
      s.connect_s,
      s.delivered,
    ];
    out.push(table(h, [row('product', x.product), row('raw ws', x.baselines.ws), row('socket.io', x.baselines.socketio)]));
    const pr = (label: string, f: (typeof x)['product']) =>
      f.idle_loop_probe
        ? `${label} RTT p50 ${f.idle_loop_probe.rtt_p50_ms} / p99 ${f.idle_loop_probe.rtt_p99_ms} / max ${f.idle_loop_probe.rtt_max_ms} ms over ${f.idle_loop_probe.seconds} s (${f.idle_loop_probe.stalls_over_20ms} probes > 20 ms)`
        : `${label} n/a`;
    out.push(
      `  idle event-loop probe with everyone connected (a 'time' frame every 10 ms): ${pr('product', x.product)}; ${pr('raw ws', x.baselines.ws)}`,
    );
    out.push(
      `  KB/conn = RSS slope from half to all connected; ratio product/ws ${x.ratio_rss_per_conn_vs_ws}×, product/socket.io ${x.ratio_rss_per_conn_vs_socketio}×; ` +
        `joins ${x.joins_per_s}/s over HTTP${x.join_rate_limited_after !== null ? ` (a fresh node answered 429 after ${x.join_rate_limited_after} joins; the bench restarted it)` : ''}`,
    );
  }
  if (r.scaleout) {
    const s = r.scaleout;
    out.push('', `4. scale-out (PostgreSQL + Redis): ${s.receivers} receivers, ${s.events_per_s} notes/s, ${s.rounds} round pairs`);
    const h = ['setup', 'p50 ms', 'p95 ms', 'p99 ms', 'max ms', 'ack p50', 'ack p99', 'srv cpu %'];
    const row = (label: string, t: TargetSummary) => [
      label,
      t.delivery.p50_ms,
      t.delivery.p95_ms,
      t.delivery.p99_ms,
      t.delivery.max_ms,
      t.ack.p50_ms,
      t.ack.p99_ms,
      t.server_cpu_pct,
    ];
    out.push(table(h, [row('one node', s.one_node), row('two nodes (via B)', s.two_nodes)]));
    out.push(`  added by the second node: p50 +${s.added_p50_ms} ms, p99 +${s.added_p99_ms} ms`);
  }
  if (r.page) {
    const p = r.page;
    out.push('', `5. page weight: ${p.url_path}`);
    out.push(
      table(
        ['file', 'bytes', 'gzip bytes'],
        p.files.map((f) => [f.file, f.bytes, f.gzip_bytes]),
      ),
    );
    out.push(`  participant JS ${p.participant_js_gzip_kb} KB gzip + CSS ${p.participant_css_gzip_kb} KB gzip = ${p.total_gzip_kb} KB`);
    out.push(
      p.lcp_ms === null
        ? `  Lighthouse: not run (${p.lighthouse_error})`
        : `  Lighthouse ${p.lighthouse_version} (mobile, slow 4G, ${p.lighthouse_runs} runs, median): performance ${p.performance_score}, LCP ${p.lcp_ms} ms, FCP ${p.fcp_ms} ms, TBT ${p.tbt_ms} ms, CLS ${p.cls}`,
    );
  }
  if (r.targets?.length) {
    out.push('', 'Targets (issue 7):');
    out.push(
      table(
        ['target', 'goal', 'measured', 'verdict'],
        r.targets.map((t) => [t.name, t.target, t.value, yes(t.met)]),
      ),
    );
  }
  out.push('');
  process.stdout.write(out.join('\n') + '\n');
}
