#!/usr/bin/env node
// Summarises a V8 .cpuprofile (from `npm run bench -- --cpu-prof`, in bench/results/prof/):
// self time by function and by package/file, and inclusive time of chosen frames.
// Usage: node bench/prof-top.mjs <file.cpuprofile> [top=25]
import { readFileSync } from 'node:fs';

const [file, topArg] = process.argv.slice(2);
if (!file) {
  console.error('usage: node bench/prof-top.mjs <file.cpuprofile> [top]');
  process.exit(2);
}
const top = Number(topArg ?? 25);
const prof = JSON.parse(readFileSync(file, 'utf8'));
const byId = new Map(prof.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

// sample counts → time per node (µs)
const dt = new Map();
for (let i = 0; i < prof.samples.length; i++) {
  const id = prof.samples[i];
  dt.set(id, (dt.get(id) ?? 0) + (prof.timeDeltas[i] ?? 0));
}
const total = [...dt.values()].reduce((a, b) => a + b, 0);

const where = (cf) => {
  const u = cf.url || '';
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(u);
  if (m) return m[1];
  if (u.includes('/dist/server/')) return 'product';
  if (u.startsWith('node:')) return u;
  return u ? u.split('/').slice(-1)[0] : '(native/vm)';
};
const key = (cf) => `${cf.functionName || '(anonymous)'} ${where(cf)}:${cf.lineNumber + 1}`;

const selfBy = new Map();
const pkgBy = new Map();
for (const [id, t] of dt) {
  const n = byId.get(id);
  selfBy.set(key(n.callFrame), (selfBy.get(key(n.callFrame)) ?? 0) + t);
  const w = ['(idle)', '(program)', '(garbage collector)'].includes(n.callFrame.functionName)
    ? n.callFrame.functionName
    : where(n.callFrame);
  pkgBy.set(w, (pkgBy.get(w) ?? 0) + t);
}

// inclusive time per function name (each sample counted once per name on its stack)
const incl = new Map();
for (const [id, t] of dt) {
  const seen = new Set();
  for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
    const k = key(byId.get(cur).callFrame);
    if (seen.has(k)) continue;
    seen.add(k);
    incl.set(k, (incl.get(k) ?? 0) + t);
  }
}

const pct = (t) => ((t / total) * 100).toFixed(1).padStart(5) + '%';
const show = (title, m, n) => {
  console.log(`\n${title}`);
  for (const [k, t] of [...m].sort((a, b) => b[1] - a[1]).slice(0, n))
    console.log(`  ${pct(t)}  ${(t / 1000).toFixed(0).padStart(7)} ms  ${k}`);
};
console.log(`${file}: ${(total / 1e6).toFixed(1)} s sampled`);
show('self time by package/file', pkgBy, 15);
show('self time by function', selfBy, top);
show('inclusive time by function', incl, top);
