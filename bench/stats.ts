import { build, type Histogram } from 'hdr-histogram-js';
import { round } from './util.ts';

export type { Histogram };

/** Latencies are recorded in µs: 1 µs … 2 min at 3 significant digits. */
export function histogram(): Histogram {
  return build({ lowestDiscernibleValue: 1, highestTrackableValue: 120_000_000, numberOfSignificantValueDigits: 3, autoResize: true });
}

export interface Latency {
  count: number;
  p50_ms: number;
  p95_ms: number;
  p99_ms: number;
  max_ms: number;
  mean_ms: number;
}

export function latency(h: Histogram): Latency {
  const ms = (us: number) => round(us / 1000, 2);
  if (h.totalCount === 0) return { count: 0, p50_ms: NaN, p95_ms: NaN, p99_ms: NaN, max_ms: NaN, mean_ms: NaN };
  return {
    count: h.totalCount,
    p50_ms: ms(h.getValueAtPercentile(50)),
    p95_ms: ms(h.getValueAtPercentile(95)),
    p99_ms: ms(h.getValueAtPercentile(99)),
    max_ms: ms(h.maxValue),
    mean_ms: ms(h.mean),
  };
}

export function merged(hs: Histogram[]): Histogram {
  const out = histogram();
  for (const h of hs) out.add(h);
  return out;
}
