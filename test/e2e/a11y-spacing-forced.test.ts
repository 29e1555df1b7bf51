// Two visual accessibility checks on seeded Café states (a11y-world.ts):
// - text spacing (WCAG 1.4.12): the bookmarklet's styles (line height 1.5, paragraph spacing 2em,
//   letter spacing 0.12em, word spacing 0.16em on every element) injected into the phone (join,
//   round, theming), the projector (round) and the console (round): no text is cut off by an
//   element that hides its overflow, and the phone does not scroll sideways;
// - forced colours (Windows high contrast, emulateMedia forcedColors 'active'): focus rings are
//   still drawn (in a colour unlike the background), zone bands have a visible border, and the
//   selected language, the clock's warning and the chosen Open Space theme keep an edge.
// Contexts use bypassCSP only so that the test's <style> can be added.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launch } from '../support/browser.ts';
import { startServer, type TestServer } from '../support/test-server.ts';
import { buildWorld, SESSION_KEYS, type World } from './a11y-world.ts';
import { execute, osState } from './os-fixture.ts';

let s: TestServer;
let w: World;
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  s = await startServer();
  [w, browser] = await Promise.all([buildWorld(s), launch()]);
}, 90_000);

afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => undefined);
  await browser?.close().catch(() => undefined);
  await s?.stop();
});

type Kind = 'phone' | 'projector' | 'console';

async function device(kind: Kind): Promise<Page> {
  const phone = kind === 'phone';
  const ctx = await browser.newContext({
    viewport: phone ? { width: 360, height: 740 } : kind === 'projector' ? { width: 1920, height: 1080 } : { width: 1366, height: 768 },
    isMobile: phone,
    hasTouch: phone,
    bypassCSP: true,
    locale: 'fi-FI',
    reducedMotion: 'reduce',
  });
  ctx.setDefaultTimeout(15_000);
  contexts.push(ctx);
  if (phone) {
    const all: Record<string, string> = {};
    for (const k of SESSION_KEYS) all[`vp.join.${w[k].code}`] = JSON.stringify(w[k].phone);
    await ctx.addInitScript((entries) => {
      for (const [k, v] of Object.entries(entries)) localStorage.setItem(k, v);
    }, all);
  } else {
    const eq = w.cookie.indexOf('=');
    await ctx.addCookies([{ name: w.cookie.slice(0, eq), value: w.cookie.slice(eq + 1), url: s.base }]);
  }
  return ctx.newPage();
}

async function open(page: Page, path: string, ready: string): Promise<void> {
  await page.goto(`${s.base}${path}`, { waitUntil: 'commit' });
  await page.locator(ready).first().waitFor({ state: 'visible' });
}

/** The WCAG 1.4.12 bookmarklet's values, on every element. */
const SPACING = `
  *, *::before, *::after {
    line-height: 1.5 !important;
    letter-spacing: 0.12em !important;
    word-spacing: 0.16em !important;
  }
  p { margin-block-end: 2em !important; }
`;

/** Elements that hide their overflow and whose content is bigger than their box (text cut off). */
function cutText(page: Page): Promise<{ out: string[]; checked: number }> {
  return page.evaluate(() => {
    const out: string[] = [];
    let checked = 0;
    const name = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}${[...el.classList].map((c) => '.' + c).join('')} "${(el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 50)}"`;
    for (const el of document.querySelectorAll<HTMLElement>('body *')) {
      if (el.getClientRects().length === 0 || !(el.textContent ?? '').trim()) continue;
      const st = getComputedStyle(el);
      const hides = (o: string) => o === 'hidden' || o === 'clip';
      const [ox, oy] = [hides(st.overflowX), hides(st.overflowY)];
      if (!ox && !oy && st.textOverflow !== 'ellipsis') continue;
      // visually hidden on purpose (screen-reader text, the skip link before it is focused)
      if (
        el.closest('.visually-hidden, .sr-only') ||
        (el.clientWidth <= 1 && el.clientHeight <= 1) ||
        st.clip === 'rect(0px, 0px, 0px, 0px)'
      )
        continue;
      checked++;
      if (ox && el.scrollWidth > el.clientWidth + 1) out.push(`${name(el)} cut sideways (${el.scrollWidth} > ${el.clientWidth})`);
      if (oy && el.scrollHeight > el.clientHeight + 1) out.push(`${name(el)} cut at the bottom (${el.scrollHeight} > ${el.clientHeight})`);
    }
    const doc = document.documentElement;
    if (doc.scrollWidth > doc.clientWidth) out.push(`page scrolls sideways (${doc.scrollWidth} > ${doc.clientWidth})`);
    return { out, checked };
  });
}

describe('text spacing and forced colours', () => {
  test('text spacing (1.4.12): nothing is cut off on the phone, the projector and the console', async () => {
    const phone = await device('phone');
    const screen = await device('projector');
    const con = await device('console');
    const problems: string[] = [];
    let checked = 0;
    const views: [string, Page, string, string][] = [
      ['phone: join form', phone, '/fi/join', '#join-code'],
      ['phone: a Café round', phone, `/fi/join/${w.round.code}`, 'form.p-note-form #note-text'],
      ['phone: theming', phone, `/fi/join/${w.theming.code}`, '#new-theme'],
      ['phone: child-mode round', phone, `/fi/join/${w.kidsRound.code}`, '.p-kids-state'],
      ['phone: Open Space group work', phone, `/fi/join/${w.osGroups.code}`, '.os-flip li'],
      ['phone: a Café round in Arabic', phone, `/ar/join/${w.round.code}`, 'form.p-note-form #note-text'],
      ['projector: a round', screen, `/fi/screen/${w.round.sessionId}`, '.s-page .s-big'],
      ['projector: a round, fi + sv', screen, `/fi/screen/${w.biSv.sessionId}`, 'h1 [lang="sv"]'],
      ['console: a round', con, `/fi/sessions/${w.round.sessionId}`, '.f-next button'],
      ['console: Open Space group work', con, `/fi/sessions/${w.osGroups.sessionId}`, 'li.f-os-group'],
    ];
    for (const [what, page, path, ready] of views) {
      await open(page, path, ready);
      await page.addStyleTag({ content: SPACING });
      if (page === phone && checked === 0) {
        // the check sees a cut text at all: a probe that clips its own words is reported
        await page.evaluate(() => {
          const d = document.createElement('div');
          d.id = 'probe';
          d.textContent = 'Tämä teksti ei mahdu laatikkoonsa';
          Object.assign(d.style, { overflow: 'hidden', inlineSize: '40px', whiteSpace: 'nowrap' });
          document.body.append(d);
        });
        expect((await cutText(page)).out.join('\n'), 'the probe is reported').toContain('div#probe');
        await page.evaluate(() => document.getElementById('probe')!.remove());
      }
      // the styles apply (else the check would prove nothing)
      expect(
        await page
          .locator(ready)
          .first()
          .evaluate((e) => getComputedStyle(e).letterSpacing),
        what,
      ).not.toBe('normal');
      const c = await cutText(page);
      checked += c.checked;
      for (const x of c.out) problems.push(`${what}: ${x}`);
    }
    expect(problems, problems.join('\n')).toEqual([]);
    // some elements that hide their overflow were measured (else the check would prove nothing)
    expect(checked).toBeGreaterThan(0);
  });

  test('forced colours: focus rings, zone bands, the clock warning and selected items stay visible', async () => {
    const phone = await device('phone');
    const screen = await device('projector');
    const con = await device('console');
    const problems: string[] = [];

    /** border widths (px) of the first element matching, in forced colours */
    const edge = (page: Page, sel: string) =>
      page
        .locator(sel)
        .first()
        .evaluate((e) => {
          const st = getComputedStyle(e);
          const widths = [st.borderTopWidth, st.borderBottomWidth, st.borderInlineStartWidth, st.borderInlineEndWidth].map(parseFloat);
          const outline = st.outlineStyle !== 'none' ? parseFloat(st.outlineWidth) : 0;
          return { border: Math.min(...widths), style: st.borderTopStyle, outline };
        });
    const expectEdge = async (what: string, page: Page, sel: string) => {
      const e = await edge(page, sel);
      if (!((e.border >= 1 && e.style !== 'none') || e.outline >= 2))
        problems.push(`${what} (${sel}): no visible edge ${JSON.stringify(e)}`);
    };
    /** Tab until something is focused; its outline is drawn and unlike the background */
    const expectRing = async (what: string, page: Page) => {
      await page.keyboard.press('Tab');
      const r = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const st = getComputedStyle(el);
        return {
          el: `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}`,
          style: st.outlineStyle,
          width: parseFloat(st.outlineWidth),
          colour: st.outlineColor,
          bg: getComputedStyle(document.body).backgroundColor,
        };
      });
      if (!r) problems.push(`${what}: Tab focused nothing`);
      else if (r.style === 'none' || r.width < 2 || r.colour === r.bg)
        problems.push(`${what}: focus ring not visible ${JSON.stringify(r)}`);
    };

    await open(phone, `/fi/join/${w.round.code}`, 'form.p-note-form #note-text');
    // without forced colours the band is its colour alone (so the edge below comes from forced-colors.css)
    expect((await edge(phone, '.p-table-band')).border, 'zone band without forced colours').toBe(0);
    for (const p of [phone, screen, con]) await p.emulateMedia({ forcedColors: 'active' });
    expect(await phone.evaluate(() => matchMedia('(forced-colors: active)').matches), 'forced colours emulated').toBe(true);
    await expectEdge('phone: zone band', phone, '.p-table-band');
    await expectEdge('phone: the current language', phone, `.p-langs a[aria-current='page']`);
    await expectRing('phone', phone);
    // the clock's warning state (its class, as the last two minutes set it)
    await phone.locator('.p-clock').evaluate((e) => e.classList.add('warning'));
    await expectEdge('phone: the clock warning', phone, '.p-clock.warning');

    // the chosen Open Space theme in the marketplace (our phone chooses the first theme here)
    const st = await osState(s, w.osMarket.sessionId);
    await execute(
      s,
      w.osMarket.sessionId,
      { role: 'participant', participantId: w.osMarket.phone.participantId },
      {
        type: 'os.choose',
        offerId: st.os!.offers[0]!.id,
      },
    );
    await open(phone, `/fi/join/${w.osMarket.code}`, 'li.os-theme.here');
    await expectEdge('phone: the chosen Open Space theme', phone, 'li.os-theme.here');
    const [here, other] = await Promise.all(
      ['li.os-theme.here', 'li.os-theme:not(.here)'].map((sel) =>
        phone
          .locator(sel)
          .first()
          .evaluate((e) => `${getComputedStyle(e).borderTopColor} ${getComputedStyle(e).borderTopWidth}`),
      ),
    );
    if (here === other) problems.push(`phone: the chosen theme's edge is like the others' (${here})`);

    await open(screen, `/fi/screen/${w.round.sessionId}`, '.s-page .s-big');
    await expectEdge('projector: zone band', screen, '.s-zone-head');
    await screen.locator('.s-clock').evaluate((e) => e.classList.add('warning'));
    await expectEdge('projector: the clock warning', screen, '.s-clock.warning');

    await open(con, `/fi/sessions/${w.round.sessionId}`, '.f-next button');
    await expectEdge('console: zone band', con, '.f-table-band');
    await expectEdge('console: the current language', con, `.f-lang a[aria-current='true']`);
    await con.locator('.f-clock').evaluate((e) => e.classList.add('f-clock-warning'));
    await expectEdge('console: the clock warning', con, '.f-clock-warning');
    await expectRing('console', con);
    expect(problems, problems.join('\n')).toEqual([]);
  });
});
