// Builds the server (dist/server) and the three web apps (dist/web) with esbuild, and
// precompresses web assets with gzip. `--if-needed` skips the build when dist is newer than src.
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { readdirSync, readFileSync, statSync, writeFileSync, existsSync, rmSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const ifNeeded = process.argv.includes('--if-needed');

function newest(dir) {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

const stamp = join(root, 'dist/.built');
if (
  ifNeeded &&
  existsSync(stamp) &&
  statSync(stamp).mtimeMs > Math.max(newest(join(root, 'src')), statSync(join(root, 'package-lock.json')).mtimeMs)
) {
  process.exit(0);
}

rmSync(join(root, 'dist'), { recursive: true, force: true });

await build({
  entryPoints: ['src/server/main.ts', 'src/server/create-admin.ts', 'src/server/migrate.ts', 'src/server/privacy-scan-cli.ts'].filter((f) =>
    existsSync(join(root, f)),
  ),
  outdir: 'dist/server',
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
});

const webEntries = ['participant', 'facilitator', 'screen'].map((n) => `src/web/${n}/main.tsx`).filter((f) => existsSync(join(root, f)));
if (webEntries.length > 0) {
  await build({
    entryPoints: Object.fromEntries(webEntries.map((f) => [f.split('/')[2], f])),
    outdir: 'dist/web',
    absWorkingDir: root,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    target: ['es2020', 'chrome80', 'safari14.1', 'firefox80'],
    minify: true,
    sourcemap: false,
    jsx: 'automatic',
    jsxImportSource: 'preact',
    chunkNames: 'chunk-[hash]',
    loader: { '.css': 'css' },
    legalComments: 'none',
    logLevel: 'warning',
    define: { 'process.env.NODE_ENV': '"production"' },
  });
}
if (existsSync(join(root, 'src/web/styles/app.css'))) {
  await build({
    entryPoints: ['src/web/styles/app.css'],
    outfile: 'dist/web/app.css',
    absWorkingDir: root,
    bundle: true,
    minify: true,
    logLevel: 'warning',
  });
}

// precompress: the server sends file.gz when the browser accepts gzip
mkdirSync(join(root, 'dist/web'), { recursive: true });
for (const f of readdirSync(join(root, 'dist/web'))) {
  if (/\.(js|css|svg)$/.test(f))
    writeFileSync(join(root, 'dist/web', f + '.gz'), gzipSync(readFileSync(join(root, 'dist/web', f)), { level: 9 }));
}
writeFileSync(stamp, new Date().toISOString());
