#!/usr/bin/env node
// The `vuoropuhe` command: `vuoropuhe privacy-scan` (stdin → JSON lines), `vuoropuhe start`.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const [cmd] = process.argv.slice(2);
const entries = { 'privacy-scan': 'dist/server/privacy-scan-cli.js', start: 'dist/server/main.js', 'create-admin': 'dist/server/create-admin.js', migrate: 'dist/server/migrate.js' };
if (!cmd || !(cmd in entries)) {
  process.stderr.write(`usage: vuoropuhe <${Object.keys(entries).join('|')}>\n`);
  process.exit(64);
}
const built = spawnSync(process.execPath, ['scripts/build.mjs', '--if-needed'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
if (built.status !== 0) process.exit(built.status ?? 1);
const run = spawnSync(process.execPath, [entries[cmd]], { cwd: root, stdio: 'inherit' });
process.exit(run.status ?? 1);
