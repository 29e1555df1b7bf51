import type { TargetKind } from './conn-base.ts';
import type { RoundResult } from './round.ts';
import { latency, merged, type Latency } from './stats.ts';
import { median, round } from './util.ts';

/** One target's rounds pooled: latencies from the merged histograms, rates and CPU as medians. */
export interface TargetSummary {
  rounds: number;
  clients: number;
  connected: number;
  delivery: Latency;
  table_delivery: Latency;
  ack: Latency;
  delivered_ratio: number;
  deliveries_per_s: number;
  acked_per_s: number;
  server_cpu_pct: number;
  cpu_us_per_delivery: number;
  cpu_us_per_note: number;
  rss_mb: number;
  client_cpu_pct: number;
  frame_bytes: number;
  errors: Record<string, number>;
}

export function summarise(rs: RoundResult[]): TargetSummary {
  const errors: Record<string, number> = {};
  for (const r of rs) for (const [k, v] of Object.entries(r.errors)) errors[k] = (errors[k] ?? 0) + v;
  const deliveries = rs.reduce((n, r) => n + r.deliveries, 0);
  const expected = rs.reduce((n, r) => n + r.expectedDeliveries, 0);
  return {
    rounds: rs.length,
    clients: rs[0]?.clients ?? 0,
    connected: Math.min(...rs.map((r) => r.connected)),
    delivery: latency(merged(rs.map((r) => r.hist.delivery))),
    table_delivery: latency(merged(rs.map((r) => r.hist.table))),
    ack: latency(merged(rs.map((r) => r.hist.ack))),
    delivered_ratio: round(deliveries / Math.max(1, expected), 4),
    deliveries_per_s: round(median(rs.map((r) => r.deliveriesPerS)), 0),
    acked_per_s: round(median(rs.map((r) => r.ackedPerS)), 1),
    server_cpu_pct: round(median(rs.map((r) => r.serverCpuPct)), 1),
    cpu_us_per_delivery: round(median(rs.map((r) => r.cpuUsPerDelivery)), 3),
    cpu_us_per_note: round(median(rs.map((r) => r.cpuUsPerNote)), 1),
    rss_mb: round(Math.max(...rs.map((r) => r.rssMb)), 1),
    client_cpu_pct: round(median(rs.map((r) => r.clientCpuPct)), 1),
    frame_bytes: Math.max(...rs.map((r) => r.frameBytes)),
    errors,
  };
}

/** Ratio product/baseline per round (pairs measured back to back), then the median. */
export function pairedRatio(product: RoundResult[], base: RoundResult[], pick: (r: RoundResult) => number): number {
  const n = Math.min(product.length, base.length);
  const xs: number[] = [];
  for (let i = 0; i < n; i++) {
    const b = pick(base[i]!);
    if (b > 0 && Number.isFinite(b)) xs.push(pick(product[i]!) / b);
  }
  return round(median(xs), 2);
}

export type ByTarget<T> = Partial<Record<TargetKind, T>>;

/** Round results without the histograms, for the JSON file. */
export function plainRounds(rs: RoundResult[]): Omit<RoundResult, 'hist'>[] {
  return rs.map((r) => {
    const { hist: _hist, ...rest } = r;
    return rest;
  });
}
