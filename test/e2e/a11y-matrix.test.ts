// The accessibility matrix: every view of a11y-views.ts (every HTML page route, with the phone
// and projector in several phases) in each of its languages, each in the light and the dark
// colour scheme (emulateMedia on the loaded page, no reload), under the pages' real CSP. axe
// with the WCAG 2.1 A/AA rules must find nothing. One browser, one page per device, reused.
// Route coverage of the registry is checked without a browser in test/api/a11y-routes.test.ts.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { axeScan, describeViolations, launch } from '../support/browser.ts';
import { startServer, type TestServer } from '../support/test-server.ts';
import { allViews, type Device, type View } from './a11y-views.ts';
import { buildWorld, SESSION_KEYS, type World } from './a11y-world.ts';

const require = createRequire(import.meta.url);

let s: TestServer;
let w: World;
let browser: Browser;
let axeSource: string;
const contexts: BrowserContext[] = [];
const pages = new Map<string, Page>();
/** the colour scheme each page is emulating now */
const schemes = new Map<Page, 'light' | 'dark'>();
let scans = 0;
let scanMs = 0;
let loadMs = 0;
let injectMs = 0;
let settleMs = 0;
let seedMs = 0;
let switchMs = 0;
const started = Date.now();

beforeAll(async () => {
  s = await startServer();
  const t0 = Date.now();
  [w, browser, axeSource] = await Promise.all([
    buildWorld(s).finally(() => (seedMs = Date.now() - t0)),
    launch(),
    readFile(require.resolve('axe-core/axe.min.js'), 'utf8'),
  ]);
}, 60_000);

afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => undefined);
  await browser?.close().catch(() => undefined);
  await s?.stop();
  console.log(
    `a11y matrix: ${scans} axe scans in ${((Date.now() - started) / 1000).toFixed(1)} s (scanning ${(scanMs / 1000).toFixed(1)} s, loading ${(loadMs / 1000).toFixed(1)} s, injecting axe ${(injectMs / 1000).toFixed(1)} s, finishing transitions ${(settleMs / 1000).toFixed(1)} s, switching the scheme ${(switchMs / 1000).toFixed(1)} s, seeding ${(seedMs / 1000).toFixed(1)} s)`,
  );
});

const VIEWPORT: Record<Device, { width: number; height: number }> = {
  laptop: { width: 1280, height: 800 },
  console: { width: 1366, height: 768 },
  phone: { width: 360, height: 740 },
  projector: { width: 1920, height: 1080 },
};

/** One page per kind of context, reused across views and languages. */
async function pageFor(v: View): Promise<Page> {
  const joined = v.device === 'phone' && Object.keys(v.storage?.(w) ?? {}).length > 0;
  const key = `${v.device}:${v.signedIn ? 'in' : 'out'}:${joined ? 'joined' : 'fresh'}`;
  const had = pages.get(key);
  if (had) return had;
  const phone = v.device === 'phone';
  const ctx = await browser.newContext({ viewport: VIEWPORT[v.device], isMobile: phone, hasTouch: phone, locale: 'fi-FI' });
  ctx.setDefaultTimeout(15_000);
  contexts.push(ctx);
  if (v.signedIn) {
    const eq = w.cookie.indexOf('=');
    await ctx.addCookies([{ name: w.cookie.slice(0, eq), value: w.cookie.slice(eq + 1), url: s.base }]);
  }
  if (joined) {
    // every seeded phone's join token, so one phone context can open each session
    const all: Record<string, string> = {};
    for (const k of SESSION_KEYS) all[`vp.join.${w[k].code}`] = JSON.stringify(w[k].phone);
    await ctx.addInitScript((entries) => {
      for (const [k, val] of Object.entries(entries)) localStorage.setItem(k, val);
    }, all);
  }
  // axe comes with every document (not subject to the page's CSP), parsed while the page waits for its data
  await ctx.addInitScript({ content: axeSource });
  const page = await ctx.newPage();
  await page.emulateMedia({ colorScheme: 'light' });
  pages.set(key, page);
  return page;
}

/** axe under the page's real CSP: the source is evaluated through the DevTools protocol. */
async function scan(page: Page): Promise<string> {
  const ti = Date.now();
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  injectMs += Date.now() - ti;
  // a transition in flight (a colour fading to the new state or scheme, 1–2 s) is not a state
  // to judge: jump to its end, which is what the scan is about
  const ts = Date.now();
  await page.evaluate(() => {
    for (const a of document.getAnimations()) if (a instanceof CSSTransition && a.playState === 'running') a.finish();
  });
  settleMs += Date.now() - ts;
  scans++;
  const t0 = Date.now();
  const v = await axeScan(page);
  scanMs += Date.now() - t0;
  return v.length ? describeViolations(v) : '';
}

/** The page's background colour as painted (body, else the root). */
function background(page: Page): Promise<string> {
  return page.evaluate(() => {
    const b = getComputedStyle(document.body).backgroundColor;
    return b === 'rgba(0, 0, 0, 0)' ? getComputedStyle(document.documentElement).backgroundColor : b;
  });
}

async function open(page: Page, v: View, lang: string): Promise<void> {
  const t0 = Date.now();
  // no need to wait for the load event: the view is ready when its element is drawn
  await page.goto(`${s.base}/${lang}${v.path(w)}`, { waitUntil: 'commit' });
  // one wait in the page: the ready element is drawn, the page is in the language, it has an h1
  await page
    .waitForFunction(
      ([sel, l]) => {
        const el = document.querySelector(sel);
        return !!el && el.getClientRects().length > 0 && document.documentElement.lang === l && !!document.querySelector('h1');
      },
      [v.ready, lang] as const,
      { timeout: 15_000, polling: 50 },
    )
    .catch((e: Error) => {
      throw new Error(`${v.name} ${lang}: not ready (${v.ready}): ${e.message}`);
    });
  await v.act?.(page, w);
  loadMs += Date.now() - t0;
}

describe('accessibility matrix: every view × language × colour scheme', () => {
  for (const v of allViews()) {
    test(`${v.name} (${v.route}) in ${v.langs.join(', ')}, light and dark`, async () => {
      const page = await pageFor(v);
      const problems: string[] = [];
      for (const lang of v.langs) {
        await open(page, v, lang);
        // the page keeps the scheme it had: scan in that one, switch, scan again (one switch per load)
        const first = schemes.get(page) ?? 'light';
        const second = first === 'light' ? 'dark' : 'light';
        const a = await scan(page);
        if (a) problems.push(`${lang} ${first}:\n${a}`);
        const tw = Date.now();
        const bg = await background(page);
        await page.emulateMedia({ colorScheme: second });
        schemes.set(page, second);
        expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches), `${v.name}: ${second} emulated`).toBe(
          second === 'dark',
        );
        // the scheme really changed (else the second scan would prove nothing)
        expect(await background(page), `${v.name} ${lang}: page background after switching to ${second}`).not.toBe(bg);
        switchMs += Date.now() - tw;
        const b = await scan(page);
        if (b) problems.push(`${lang} ${second}:\n${b}`);
      }
      expect(problems, `axe violations on ${v.name}:\n${problems.join('\n')}`).toEqual([]);
    });
  }
});
