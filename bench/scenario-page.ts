import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ProductServer } from './product.ts';
import { ROOT, log, median, round, type BenchOptions } from './util.ts';
import { OFFLINE_CHROMIUM_FLAGS } from '../test/support/browser.ts';

/**
 * 5. Page weight: the JS and CSS a participant downloads for /fi/join/<code> (participant.js and
 * the chunks it imports, statically, transitively; app.css), gzip as served (the build's .gz
 * files); then Lighthouse's performance score and LCP for that page under its default mobile
 * profile (simulated slow 4G, 4× CPU slowdown) in Debian's Chromium.
 */
const WEB = join(ROOT, 'dist/web');
const STATIC_IMPORT = /(?:\bfrom|\bimport)\s*"\.\/(chunk-[A-Za-z0-9_-]+\.js)"/g;
const DYNAMIC_IMPORT = /\bimport\(\s*"\.\/(chunk-[A-Za-z0-9_-]+\.js)"\s*\)/g;

function gzipBytes(file: string): number {
  const gz = join(WEB, file + '.gz');
  return existsSync(gz) ? readFileSync(gz).length : gzipSync(readFileSync(join(WEB, file)), { level: 9 }).length;
}

/** participant.js and every chunk it imports (transitively); dynamic imports listed apart. */
export function participantFiles(): { eager: string[]; lazy: string[] } {
  const eager: string[] = [];
  const lazy = new Set<string>();
  const queue = ['participant.js'];
  while (queue.length > 0 && eager.length < 200) {
    const f = queue.shift()!;
    if (eager.includes(f)) continue;
    eager.push(f);
    const src = readFileSync(join(WEB, f), 'utf8');
    for (const m of src.matchAll(DYNAMIC_IMPORT)) lazy.add(m[1]!);
    for (const m of src.replace(DYNAMIC_IMPORT, '').matchAll(STATIC_IMPORT)) queue.push(m[1]!);
  }
  return { eager, lazy: [...lazy].filter((f) => !eager.includes(f)) };
}

const CHROME_FLAGS = ['--headless=new', ...OFFLINE_CHROMIUM_FLAGS];

interface LhResult {
  score: number;
  lcp: number;
  fcp: number;
  tbt: number;
  cls: number;
  version: string;
}

async function lighthouseOnce(url: string, chromePath: string): Promise<LhResult> {
  const { launch } = await import('chrome-launcher');
  const { default: lighthouse } = await import('lighthouse');
  const userDataDir = mkdtempSync(join(tmpdir(), 'vp-bench-chrome-'));
  const chrome = await launch({ chromePath, chromeFlags: CHROME_FLAGS, userDataDir, logLevel: 'silent', maxConnectionRetries: 100 });
  try {
    const r = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
    if (!r) throw new Error('lighthouse returned nothing');
    const lhr = r.lhr;
    if (lhr.runtimeError) throw new Error(`lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const num = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
    return {
      score: Math.round((lhr.categories.performance?.score ?? NaN) * 100),
      lcp: num('largest-contentful-paint'),
      fcp: num('first-contentful-paint'),
      tbt: num('total-blocking-time'),
      cls: num('cumulative-layout-shift'),
      version: lhr.lighthouseVersion,
    };
  } finally {
    chrome.kill();
    rmSync(userDataDir, { recursive: true, force: true });
  }
}

export async function page(o: BenchOptions) {
  const { eager, lazy } = participantFiles();
  const js = eager.map((f) => ({ file: f, bytes: readFileSync(join(WEB, f)).length, gzip_bytes: gzipBytes(f) }));
  const css = existsSync(join(WEB, 'app.css'))
    ? [{ file: 'app.css', bytes: readFileSync(join(WEB, 'app.css')).length, gzip_bytes: gzipBytes('app.css') }]
    : [];
  const jsGz = js.reduce((n, f) => n + f.gzip_bytes, 0);
  const cssGz = css.reduce((n, f) => n + f.gzip_bytes, 0);
  const lazyGz = lazy.reduce((n, f) => n + gzipBytes(f), 0);
  log(`page: participant JS ${(jsGz / 1024).toFixed(1)} KB gzip in ${js.length} files, CSS ${(cssGz / 1024).toFixed(1)} KB`);

  const runs = o.smoke ? 0 : o.quick ? 1 : 3;
  const chromePath = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-headless-shell'].find(
    (p): p is string => !!p && existsSync(p),
  );
  const lh: LhResult[] = [];
  let error: string | null = runs === 0 ? 'skipped in smoke mode' : chromePath ? null : 'no Chromium (apt-get install chromium)';
  let urlPath = '/fi/join/<code>';
  if (runs > 0 && chromePath) {
    const product = await ProductServer.start({ name: 'product-page' });
    try {
      await product.setup();
      const s = await product.createSession(4);
      urlPath = `/fi/join/${s.joinCode}`;
      for (let i = 0; i < runs; i++) {
        try {
          const r = await lighthouseOnce(`${product.origin}${urlPath}`, chromePath);
          log(
            `  lighthouse run ${i + 1}: score ${r.score}, LCP ${Math.round(r.lcp)} ms, FCP ${Math.round(r.fcp)} ms, TBT ${Math.round(r.tbt)} ms`,
          );
          lh.push(r);
        } catch (e) {
          error = e instanceof Error ? e.message : String(e);
          log(`  lighthouse run ${i + 1} failed: ${error}`);
        }
      }
    } finally {
      await product.stop();
    }
  }
  const med = (pick: (r: LhResult) => number) => (lh.length ? round(median(lh.map(pick)), 0) : null);
  return {
    url_path: urlPath,
    files: [...js, ...css],
    lazy_chunks: lazy,
    lazy_js_gzip_kb: round(lazyGz / 1024, 1),
    participant_js_gzip_kb: round(jsGz / 1024, 1),
    participant_css_gzip_kb: round(cssGz / 1024, 1),
    total_gzip_kb: round((jsGz + cssGz) / 1024, 1),
    lighthouse_version: lh[0]?.version ?? null,
    lighthouse_runs: lh.length,
    lighthouse_error: lh.length ? null : error,
    performance_score: med((r) => r.score),
    lcp_ms: med((r) => r.lcp),
    fcp_ms: med((r) => r.fcp),
    tbt_ms: med((r) => r.tbt),
    cls: lh.length ? round(median(lh.map((r) => r.cls)), 3) : null,
  };
}
