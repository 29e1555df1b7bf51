import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { killAll } from './procs.ts';
import { machine, printReport, productBuild, targets, type Results } from './report.ts';
import { fanout } from './scenario-fanout.ts';
import { notes } from './scenario-notes.ts';
import { page } from './scenario-page.ts';
import { room } from './scenario-room.ts';
import { scaleout } from './scenario-scaleout.ts';
import { ROOT, log, parseArgs } from './util.ts';

/** The load generator (pinned to core 1 by bench/run.mjs): runs the scenarios, prints, writes JSON. */
const o = parseArgs(process.argv.slice(2));
const mode = o.smoke ? 'smoke' : o.quick ? 'quick' : 'full';
// a runaway bench stops itself: the whole run is bounded in time as well
const BOUND_MS = { smoke: 120_000, quick: 240_000, full: 20 * 60_000 }[mode];
const watchdog = setTimeout(() => {
  log(`time bound of ${BOUND_MS / 1000} s reached: stopping`);
  killAll();
  process.exit(2);
}, BOUND_MS);
watchdog.unref();
for (const sig of ['SIGINT', 'SIGTERM'] as const) {
  process.on(sig, () => {
    killAll();
    process.exit(130);
  });
}
process.on('exit', killAll);

const wanted = (name: string) => (o.smoke ? name === 'fanout' : !o.only || o.only.has(name));
const started = Date.now();
const results: Results = {
  meta: {
    mode,
    started: new Date().toISOString(),
    seconds: 0,
    machine: machine(),
    product_build: productBuild(),
    // other work on the machine while the bench ran (it is shared): 1, 5, 15 min load averages
    loadavg_start: loadavg().map((x) => Math.round(x * 100) / 100),
    loadavg_end: [],
  },
};
let failed = false;

async function step<K extends 'fanout' | 'notes' | 'room' | 'scaleout' | 'page'>(
  name: K,
  fn: () => Promise<NonNullable<Results[K]>>,
): Promise<void> {
  if (!wanted(name)) return;
  const t = Date.now();
  try {
    results[name] = await fn();
    log(`${name}: done in ${((Date.now() - t) / 1000).toFixed(0)} s`);
  } catch (e) {
    failed = true;
    log(`${name}: FAILED ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    killAll();
  }
}

await step('fanout', () => fanout(o));
await step('notes', () => notes(o));
await step('room', () => room(o));
await step('scaleout', () => scaleout(o));
await step('page', () => page(o));

// the smoke run is a test of the harness: every target must have received every event, error-free
if (o.smoke) {
  const f = results.fanout;
  const all = f ? [f.product, f.baselines.ws, f.baselines.socketio] : [];
  const bad = all.filter((t) => t.delivered_ratio !== 1 || Object.keys(t.errors).length > 0 || t.connected !== t.clients);
  if (!f || bad.length > 0) {
    failed = true;
    log(`smoke: FAILED ${JSON.stringify(all.map((t) => ({ delivered: t.delivered_ratio, errors: t.errors, connected: t.connected })))}`);
  }
}

results.meta.seconds = Math.round((Date.now() - started) / 1000);
results.meta.loadavg_end = loadavg().map((x) => Math.round(x * 100) / 100);
results.targets = targets(results);
printReport(results);
const dir = join(ROOT, 'bench/results');
mkdirSync(dir, { recursive: true });
const file = join(dir, o.smoke ? 'smoke.json' : o.quick ? 'latest-quick.json' : 'latest.json');
writeFileSync(file, JSON.stringify(results, null, 2) + '\n');
log(`wrote ${file} (${results.meta.seconds} s)`);
process.exit(failed ? 1 : 0);
