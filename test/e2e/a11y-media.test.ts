// Accessibility checks beyond axe, on a Learning Café round driven straight through the engine:
// - prefers-reduced-motion: reduce → no CSS animation or transition longer than 0.01 s on the
//   phone and the projector (WCAG 2.3.3 / the app's promise in base.css);
// - 200 % zoom (1.4.4, 1.4.10): the console and the process page at 640 × 400 CSS px (1280 × 800
//   at 200 %) have no horizontal page scroll and no control cut off;
// - the clock says its state in words, not only in colour (1.4.1): running, paused, the last two
//   minutes, ended — on the console, the phone and the projector;
// - the phone's live region summarises a burst of others' notes into one message.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { locationOf } from '../../src/domain/rotation.ts';
import type { Actor } from '../../src/domain/types.ts';
import type { JoinResponse, ProcessSummary } from '../../src/protocol/http-schema.ts';
import { launch } from '../support/browser.ts';
import { createProcess, facilitator, http, join, startServer, type TestServer } from '../support/test-server.ts';
import { allViews } from './a11y-views.ts';
import { advanceTo, buildWorld, type World } from './a11y-world.ts';
import { facilitatorContext } from './facilitator-console.ts';
import { execute, osState } from './os-fixture.ts';
import { newPhoneContext } from './phones.ts';
import { visible, waitText, waitUntil } from './wait.ts';

let s: TestServer;
let browser: Browser;
const contexts: BrowserContext[] = [];
let cookie: string;
let fac: Actor;
let proc: ProcessSummary;
let sessionId: string;
let code: string;
let mine: JoinResponse;
let console_: Page;
let phone: Page;
let screen: Page;
let world: World;

beforeAll(async () => {
  s = await startServer();
  browser = await launch();
  cookie = await facilitator(s);
  const me = await http<{ id: string }>(s, 'GET', '/api/me', undefined, { cookie });
  fac = { role: 'facilitator', userId: me.body.id };
  proc = await createProcess(s, cookie, { name: 'Liikkeen ja zoomauksen dialogi', tableCount: 2 });
  sessionId = proc.sessions[0]!.id;
  code = proc.sessions[0]!.joinCode;
  mine = await join(s, code, 'Maija');
  for (const name of ['Pekka', 'Liisa', 'Ahmed']) await join(s, code, name);
  await advanceTo(s, sessionId, fac, 'round');
  world = await buildWorld(s);

  const fctx = await facilitatorContext(browser, s.base, cookie);
  contexts.push(fctx);
  console_ = await fctx.newPage();
  await console_.goto(`${s.base}/fi/sessions/${sessionId}`);
  screen = await fctx.newPage();
  await screen.setViewportSize({ width: 1920, height: 1080 });
  await screen.goto(`${s.base}/fi/screen/${sessionId}`);
  const pctx = await newPhoneContext(browser);
  contexts.push(pctx);
  await pctx.addInitScript(({ k, v }) => localStorage.setItem(k, v), { k: `vp.join.${code}`, v: JSON.stringify(mine) });
  phone = await pctx.newPage();
  await phone.goto(`${s.base}/fi/join/${code}`);
  await visible(phone.locator('#note-text'), 'phone: note form');
  await visible(screen.locator('.s-clock'), 'projector: clock');
  await visible(console_.locator('.f-clock'), 'console: clock');
}, 60_000);

afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => undefined);
  await browser?.close().catch(() => undefined);
  await s?.stop();
});

/** Someone in the same group as my phone (at my table in this round). */
async function tableMate(): Promise<Actor> {
  const st = await osState(s, sessionId);
  const at = locationOf(st, mine.participantId)!.tableId;
  const mate = st.participants.find((p) => p.id !== mine.participantId && locationOf(st, p.id)?.tableId === at)!;
  return { role: 'participant', participantId: mate.id };
}

/** Elements (and ::before / ::after) with an animation or transition longer than 0.01 s. */
function moving(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const secs = (v: string) =>
      Math.max(0, ...v.split(',').map((x) => (x.trim().endsWith('ms') ? parseFloat(x) / 1000 : parseFloat(x) || 0)));
    const out: string[] = [];
    for (const el of document.querySelectorAll('*')) {
      for (const pseudo of [null, '::before', '::after']) {
        const st = getComputedStyle(el, pseudo);
        const anim = st.animationName !== 'none' && secs(st.animationDuration) > 0.01;
        const trans = st.transitionProperty !== 'none' && secs(st.transitionDuration) > 0.01;
        if (anim || trans)
          out.push(
            `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}${pseudo ?? ''}: ${anim ? `animation ${st.animationName} ${st.animationDuration}` : ''} ${trans ? `transition ${st.transitionProperty} ${st.transitionDuration}` : ''}`,
          );
      }
    }
    // anything the browser is running right now
    for (const a of document.getAnimations())
      if (a.playState === 'running') out.push(`running: ${(a as CSSAnimation).animationName ?? a.id}`);
    return out;
  });
}

/** Horizontal page scroll, and controls cut off by the viewport or by an ancestor that clips. */
function clipped(page: Page): Promise<{ scroll: string | null; cut: string[] }> {
  return page.evaluate(() => {
    const doc = document.documentElement;
    const vw = doc.clientWidth;
    const scroll = doc.scrollWidth > vw ? `page scrolls sideways: ${doc.scrollWidth} > ${vw}` : null;
    const cut: string[] = [];
    const name = (el: Element) => `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''} "${(el.textContent ?? '').trim().slice(0, 40)}"`;
    for (const el of document.querySelectorAll<HTMLElement>('button, a[href], input:not([type=hidden]), select, textarea')) {
      if (el.closest('[hidden], .visually-hidden, dialog:not([open])') || el.getClientRects().length === 0) continue;
      const st = getComputedStyle(el);
      if (st.visibility === 'hidden' || st.display === 'none') continue;
      const r = el.getBoundingClientRect();
      if (r.width <= 1 || r.height <= 1) continue;
      // off-screen on purpose until focused (the skip link)
      if (r.right < -1000) continue;
      // inside a region that scrolls sideways by itself (a wide data table, 1.4.10's exception): reachable
      let scroller: Element | null = null;
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
        const ox = getComputedStyle(p).overflowX;
        if (ox === 'auto' || ox === 'scroll') {
          scroller = p;
          break;
        }
      }
      if (!scroller && (r.left < -0.5 || r.right > vw + 0.5))
        cut.push(`${name(el)} outside the viewport [${Math.round(r.left)}…${Math.round(r.right)}]`);
      // text of the control itself cut off
      if (['BUTTON', 'A', 'SELECT'].includes(el.tagName) && el.scrollWidth > el.clientWidth + 1 && st.overflowX !== 'visible')
        cut.push(`${name(el)} text cut (${el.scrollWidth} > ${el.clientWidth})`);
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
        const ps = getComputedStyle(p);
        if (ps.overflowX === 'visible') continue;
        const pr = p.getBoundingClientRect();
        // a scroll container is fine (the control can be scrolled to); hidden / clip is not
        if ((ps.overflowX === 'hidden' || ps.overflowX === 'clip') && (r.right > pr.right + 1 || r.left < pr.left - 1))
          cut.push(`${name(el)} clipped by ${p.tagName.toLowerCase()}.${[...p.classList].join('.')}`);
      }
    }
    return { scroll, cut };
  });
}

describe('reduced motion, 200 % zoom, the clock in words, calm live regions', () => {
  test('prefers-reduced-motion: reduce → nothing moves on the phone and the projector', async () => {
    const problems: string[] = [];
    for (const [what, page] of [
      ['phone in a round', phone],
      ['projector in a round', screen],
    ] as const) {
      await page.emulateMedia({ reducedMotion: 'reduce' });
      for (const m of await moving(page)) problems.push(`${what}: ${m}`);
    }
    // a toast on the phone (it fades in without reduced motion): someone at my table writes a note
    await execute(s, sessionId, await tableMate(), { type: 'note.add', noteId: 'n-motion', text: 'Liikkeetön lappu' });
    await waitUntil(() => phone.locator('.p-toast.shown').count(), 5000, 'phone: a toast is shown');
    for (const m of await moving(phone)) problems.push(`phone with a toast: ${m}`);
    // without the preference the same pages do animate (so the check can see motion at all)
    await phone.emulateMedia({ reducedMotion: 'no-preference' });
    const normal = await moving(phone);
    expect(normal.length, 'phone without reduced motion has some transition').toBeGreaterThan(0);
    expect(problems, problems.join('\n')).toEqual([]);
  });

  test('200 % zoom: the console and the process page at 640 × 400 CSS px, no sideways scroll, nothing cut off', async () => {
    const ctx = await browser.newContext({ viewport: { width: 640, height: 400 }, deviceScaleFactor: 2, locale: 'fi-FI' });
    contexts.push(ctx);
    const eq = cookie.indexOf('=');
    await ctx.addCookies([{ name: cookie.slice(0, eq), value: cookie.slice(eq + 1), url: s.base }]);
    const page = await ctx.newPage();
    const problems: string[] = [];
    for (const [what, path, ready] of [
      ['console in a round', `/fi/sessions/${sessionId}`, '.f-next-button'],
      ['process page', `/fi/processes/${proc.id}`, 'main h2'],
    ] as const) {
      await page.goto(`${s.base}${path}`);
      await visible(page.locator(ready), `${what} at 640 px`);
      const c = await clipped(page);
      if (c.scroll) problems.push(`${what}: ${c.scroll}`);
      for (const x of c.cut) problems.push(`${what}: ${x}`);
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });

  test('200 % zoom and reduced motion: every laptop page of the registry at 640 × 400 CSS px (Finnish)', async () => {
    const ctx = await browser.newContext({ viewport: { width: 640, height: 400 }, deviceScaleFactor: 2, locale: 'fi-FI' });
    contexts.push(ctx);
    const eq = world.cookie.indexOf('=');
    const page = await ctx.newPage();
    const out = await browser.newContext({ viewport: { width: 640, height: 400 }, deviceScaleFactor: 2, locale: 'fi-FI' });
    contexts.push(out);
    const anon = await out.newPage();
    await ctx.addCookies([{ name: world.cookie.slice(0, eq), value: world.cookie.slice(eq + 1), url: s.base }]);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await anon.emulateMedia({ reducedMotion: 'reduce' });
    const problems: string[] = [];
    for (const v of allViews().filter((x) => x.device === 'laptop' || x.device === 'console')) {
      const p = v.signedIn ? page : anon;
      await p.goto(`${s.base}/fi${v.path(world)}`);
      await visible(p.locator(v.ready), `${v.name} at 640 px`);
      await v.act?.(p, world);
      const c = await clipped(p);
      if (c.scroll) problems.push(`${v.name}: ${c.scroll}`);
      for (const x of c.cut) problems.push(`${v.name}: ${x}`);
      for (const m of await moving(p)) problems.push(`${v.name} (reduced motion): ${m}`);
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });

  test('the clock says running, paused, the last two minutes and ended in words everywhere', async () => {
    const consoleText = () => console_.locator('.f-clock').innerText();
    const phoneText = phone.locator('.p-clock');
    const screenText = screen.locator('.s-clock-text');
    // running
    await waitText(phoneText, /^◷?\s*\d+ min jäljellä$/, 'phone: running');
    await waitText(screenText, /^\d+ min jäljellä$/, 'projector: running');
    expect(await consoleText()).toMatch(/\d+ min jäljellä/);
    // paused
    await execute(s, sessionId, fac, { type: 'clock.pause' });
    await waitText(phoneText, /Kello pysäytetty · \d+ min jäljellä/, 'phone: paused');
    await waitText(screenText, /Kello pysäytetty · \d+ min jäljellä/, 'projector: paused');
    await waitUntil(async () => /Kello pysäytetty – \d+ min jäljellä/.test(await consoleText()), 5000, 'console: paused');
    await execute(s, sessionId, fac, { type: 'clock.resume' });
    // ended
    await execute(s, sessionId, fac, { type: 'clock.end' });
    await waitText(phoneText, /Aika päättyi/, 'phone: ended');
    await waitText(screenText, 'Aika päättyi', 'projector: ended');
    await waitUntil(async () => (await consoleText()).includes('Aika päättyi'), 5000, 'console: ended');
    // the last two minutes: a restarted clock with one minute
    await execute(s, sessionId, fac, { type: 'clock.extend', minutes: 1 });
    await waitText(phoneText, /^◷?\s*(1 min|\d+ s) jäljellä$/, 'phone: the last minutes in words');
    await waitText(screenText, /(1 min|\d+ s) jäljellä/, 'projector: the last minutes in words');
    await waitUntil(async () => (await consoleText()).includes('Kaksi minuuttia jäljellä'), 5000, 'console: the warning in words');
    expect(await phone.locator('.p-clock').getAttribute('class')).toContain('warning');
  });

  test('a burst of notes at my table is one summary in the phone’s live region', async () => {
    // someone at my table (same group) writes three notes in a moment
    const actor = await tableMate();
    await new Promise((r) => setTimeout(r, 3000)); // the window of earlier announcements is over
    const seen: string[] = [];
    await phone.exposeFunction('__seenToast', (t: string) => void seen.push(t));
    await phone.evaluate(() => {
      const region = document.querySelector('.p-toast[aria-live]')!;
      new MutationObserver(() => (window as unknown as { __seenToast(t: string): void }).__seenToast(region.textContent ?? '')).observe(
        region,
        {
          childList: true,
          characterData: true,
          subtree: true,
        },
      );
    });
    for (let i = 1; i <= 3; i++) await execute(s, sessionId, actor, { type: 'note.add', noteId: `n-burst-${i}`, text: `Purske ${i}` });
    await waitUntil(
      () => seen.some((x) => x.includes('Pöytääsi tuli 3 uutta lappua.')),
      5000,
      `phone: one summary (seen ${JSON.stringify(seen)})`,
    );
    await new Promise((r) => setTimeout(r, 3000));
    const notes = seen.filter((x) => x.includes('lapp'));
    expect(
      notes.map((x) => x.trim()),
      'one announcement for the three notes',
    ).toEqual(['Pöytääsi tuli 3 uutta lappua.']);
  });
});
