import { performance } from 'node:perf_hooks';

/** Small helpers shared by the bench modules (load-generator side). */

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Microseconds on this process's monotonic clock; every timestamp in a frame uses it. */
export const nowUs = (): number => Math.round(performance.now() * 1000);

/** Repository root (set by bench/run.mjs). */
export const ROOT = process.env.BENCH_ROOT ?? process.cwd();

const t0 = Date.now();
/** Progress goes to stderr; the result table goes to stdout. */
export function log(msg: string): void {
  process.stderr.write(`[bench ${((Date.now() - t0) / 1000).toFixed(1).padStart(6)}s] ${msg}\n`);
}

/** Resolves true when pred() holds, false after timeoutMs; polls every stepMs. */
export async function until(pred: () => boolean, timeoutMs: number, stepMs = 20): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (!pred()) {
    if (Date.now() > deadline) return false;
    await sleep(stepMs);
  }
  return true;
}

/** Runs fn over items with at most `concurrency` in flight. Bounded by items.length. */
export async function pool<T>(items: readonly T[], concurrency: number, fn: (item: T, i: number) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      await fn(items[i]!, i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
}

/** The 12-digit µs timestamp carried in note and command ids (no JSON parse needed to read it). */
export function stamp(us: number): string {
  return String(us).padStart(12, '0');
}

/** Reads 12 ASCII digits at byte offset p. */
export function readStamp(buf: Buffer, p: number): number {
  let v = 0;
  for (let k = 0; k < 12; k++) v = v * 10 + (buf[p + k]! - 48);
  return v;
}

export function median(xs: number[]): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

export const round = (x: number, digits = 2): number => (Number.isFinite(x) ? Number(x.toFixed(digits)) : x);

export interface BenchOptions {
  quick: boolean;
  smoke: boolean;
  /** scenarios to run (default: all) */
  only: Set<string> | null;
  /** write V8 CPU profiles of the product server (bench/results/prof/) */
  cpuProf: boolean;
}

export function parseArgs(argv: string[]): BenchOptions {
  const onlyArg = argv.find((a) => a.startsWith('--only='));
  return {
    quick: argv.includes('--quick'),
    smoke: argv.includes('--smoke'),
    only: onlyArg ? new Set(onlyArg.slice('--only='.length).split(',')) : null,
    cpuProf: argv.includes('--cpu-prof'),
  };
}

/** A realistic note (no digits, so the privacy scan finds nothing to confirm). */
export const NOTE_TEXTS = [
  'Perheet tarvitsevat yhden paikan, josta saa apua ilman jonoja ja monta soittoa.',
  'Koulukuraattorin ja neuvolan yhteistyö toimii hyvin, kun tieto kulkee ajoissa.',
  'Vanhempien vertaistuki illalla, kun lapset ovat hoidossa samassa talossa.',
  'Nuorten oma ääni kuuluviin: kysytään heiltä ennen kuin palvelu suunnitellaan.',
];
