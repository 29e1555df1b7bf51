#!/usr/bin/env node
// `npm run bench [-- --quick | --smoke | --only=fanout,notes | --cpu-prof]`
// Builds the server if needed, compiles bench/*.ts with esbuild, and runs the load generator
// pinned to core 1 (servers under test are pinned to core 0 by the generator itself).
import { build } from 'esbuild';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const args = process.argv.slice(2);

const b = spawnSync(process.execPath, ['scripts/build.mjs', '--if-needed'], { cwd: root, stdio: 'inherit' });
if (b.status !== 0) process.exit(b.status ?? 1);

// inside node_modules so that the compiled files resolve the project's packages
const out = join(root, 'node_modules/.cache/vuoropuhe-bench');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
await build({
  entryPoints: { main: 'bench/main.ts', 'baseline-ws': 'bench/baseline-ws.ts', 'baseline-socketio': 'bench/baseline-socketio.ts' },
  outdir: out,
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: 'inline',
  logLevel: 'warning',
});

const taskset = ['/usr/bin/taskset', '/bin/taskset'].find((p) => existsSync(p));
const node = [process.execPath, '--enable-source-maps', join(out, 'main.js'), ...args];
const [cmd, argv] = taskset ? [taskset, ['-c', '1', ...node]] : [node[0], node.slice(1)];
const child = spawn(cmd, argv, { cwd: root, stdio: 'inherit', env: { ...process.env, BENCH_ROOT: root, BENCH_BUILD: out } });
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
