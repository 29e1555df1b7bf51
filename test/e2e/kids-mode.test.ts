// Child mode and the bilingual projector in the browser: the facilitator turns child mode on with
// the keyboard only; a 320 px phone shows the bigger layout, the pictogram of what to do now and
// the children's wording, without sideways scrolling and with 44 px targets, axe-clean in light
// and dark; then the projector gets Swedish as its second language. [SPEC UI5, UI6]
import { describe, expect, test } from 'vitest';
import { withServerAndBrowser } from './app-fixture.ts';
import type { Browser, Page } from 'playwright-core';
import type { Actor } from '../../src/domain/types.ts';
import type { JoinResponse } from '../../src/protocol/http-schema.ts';
import { createProcess, facilitator, http, join, type TestServer } from '../support/test-server.ts';
import { announcer, facilitatorContext, formatCode } from './facilitator-console.ts';
import { tabTo } from './keyboard.ts';
import { execute, osState } from './os-fixture.ts';
import { phoneLayout } from './phone-layout.ts';
import { LOBBY_H1 } from './phones.ts';
import { expectNoAxe } from './session-run.ts';
import { visible, waitContains, waitH1, waitText, waitUntil } from './wait.ts';

let s: TestServer | undefined;
let browser: Browser | undefined;
const contexts = withServerAndBrowser((app) => ({ s, browser } = app));

/** A small phone (320 CSS px) of someone who joined over HTTP; bypassCSP only so that axe can be injected. */
async function kidsPhone(b: Browser, base: string, code: string, j: JoinResponse): Promise<Page> {
  const ctx = await b.newContext({
    viewport: { width: 320, height: 640 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    bypassCSP: true,
    locale: 'fi-FI',
    // the toast fades in and out; half-way it has too little contrast for axe, so no fading here
    reducedMotion: 'reduce',
  });
  ctx.setDefaultTimeout(15_000);
  contexts.push(ctx);
  await ctx.addInitScript(({ k, v }) => localStorage.setItem(k, v), { k: `vp.join.${code}`, v: JSON.stringify(j) });
  const page = await ctx.newPage();
  await page.goto(`${base}/fi/join/${code}`);
  return page;
}

/** No sideways scrolling at 320 px and every control at least 44 × 44 px. */
async function expectFits(page: Page, view: string): Promise<void> {
  const m = await phoneLayout(page);
  expect.soft(m.scrollWidth, `${view}: scrolls sideways`).toBeLessThanOrEqual(m.clientWidth);
  expect.soft(m.small, `${view}: controls under 44 × 44 px`).toEqual([]);
}

/** axe once no transition runs. */
async function axeSettled(page: Page, what: string): Promise<void> {
  await waitUntil(
    () => page.evaluate(() => document.getAnimations().every((x) => x.playState !== 'running')),
    5000,
    `${what}: transitions done`,
  );
  await expectNoAxe(page, what);
}

/** The pictogram and word of what to do now (child mode). */
async function expectState(page: Page, state: 'write' | 'wait' | 'move', word: string): Promise<void> {
  const p = await visible(page.locator(`.p-kids .p-kids-state[data-kids-state="${state}"]`), `kids state ${state}`);
  await waitText(p, word, `kids state word ${word}`);
  expect(await p.locator('svg').getAttribute('aria-hidden')).toBe('true');
}

describe('child mode and the bilingual projector', () => {
  test('[UI5][UI6] keyboard toggle, a kids phone at 320 px in light and dark, the projector in fi + sv', async () => {
    const server = s!;
    const b = browser!;
    const cookie = await facilitator(server);
    const me = await http<{ id: string }>(server, 'GET', '/api/me', undefined, { cookie });
    const fac: Actor = { role: 'facilitator', userId: me.body.id };
    const proc = await createProcess(server, cookie, { tableCount: 4, name: 'Luokan 5B dialogi' });
    const sessionId = proc.sessions[0]!.id;
    const code = proc.sessions[0]!.joinCode;

    // the console: child mode on with Tab and Space only
    const fctx = await facilitatorContext(b, server.base, cookie);
    contexts.push(fctx);
    const consolePage = await fctx.newPage();
    await consolePage.goto(`${server.base}/fi/sessions/${sessionId}`);
    await waitText(consolePage.getByTestId('join-code'), formatCode(code), 'console: join code');
    await tabTo(consolePage, '#set-child-mode', 'child mode checkbox');
    await consolePage.keyboard.press('Space');
    await waitContains(announcer(consolePage), 'Lapsiystävällinen tila on päällä.', 'console: child mode announced');
    await waitUntil(async () => (await osState(server, sessionId)).settings.childMode === true, 5000, 'childMode saved');
    expect(await consolePage.locator('#set-child-mode').isChecked()).toBe(true);

    // a pupil's phone in the lobby: bigger layout, "wait" pictogram, children's words
    const pupil = await join(server, code);
    await join(server, code);
    const phone = await kidsPhone(b, server.base, code, pupil);
    await waitH1(phone, LOBBY_H1, 'kids phone: lobby');
    await visible(phone.locator('.p-root.p-kids'), 'kids phone: p-kids root');
    await expectState(phone, 'wait', 'Odota');
    await visible(phone.getByText('Olet mukana!'), 'kids phone: joined');
    await visible(phone.getByText('Odota vähän. Kohta alkaa.'), 'kids phone: lobby words');
    const base = await phone.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
    expect(base, 'base font 1.25 × 18 px').toBeGreaterThanOrEqual(22);
    await expectFits(phone, 'kids lobby');
    await axeSettled(phone, 'kids phone lobby (light)');

    // a round: "write" pictogram, the zone as weather, the children's note label
    for (let i = 0; i < 4 && (await osState(server, sessionId)).phase !== 'round'; i++)
      await execute(server, sessionId, fac, { type: 'phase.next' });
    await expectState(phone, 'write', 'Kirjoita');
    await visible(phone.getByRole('textbox', { name: 'Kirjoita ajatuksesi' }), 'kids phone: note field');
    await visible(phone.getByText('Juttele ryhmäsi kanssa. Kirjoita, mitä ajattelet.'), 'kids phone: round words');
    await visible(phone.locator('.p-table-kids .kids-picto[aria-hidden="true"]'), 'kids phone: zone pictogram');
    await expectFits(phone, 'kids round');
    await axeSettled(phone, 'kids phone round (light)');
    await phone.emulateMedia({ colorScheme: 'dark' });
    await axeSettled(phone, 'kids phone round (dark)');
    await phone.emulateMedia({ colorScheme: 'light' });

    // time is up: "move" pictogram and where to go
    await execute(server, sessionId, fac, { type: 'clock.end' });
    await expectState(phone, 'move', 'Vaihda pöytää');
    await visible(phone.locator('.p-next').getByText(/^Aika loppui! Mene pöytään \d\.$/), 'kids phone: move words');
    await phone.emulateMedia({ colorScheme: 'dark' });
    await axeSettled(phone, 'kids phone move (dark)');

    // the projector, then Swedish as its second language, chosen with the keyboard
    const screen = await fctx.newPage();
    await screen.setViewportSize({ width: 1920, height: 1080 });
    await screen.goto(`${server.base}/fi/screen/${sessionId}`);
    await waitText(screen.getByRole('heading', { level: 1 }), 'Kierros 1/4', 'projector: one language');
    await tabTo(consolePage, '#set-screen-lang', 'projector language select');
    await consolePage.keyboard.press('ArrowDown');
    await consolePage.keyboard.press('ArrowDown');
    await waitContains(announcer(consolePage), 'Valkokankaan toinen kieli: svenska.', 'console: second language announced');
    const h1 = screen.getByRole('heading', { level: 1 });
    await waitText(h1.locator('[lang="sv"]'), 'Omgång 1/4', 'projector: Swedish heading');
    await waitText(h1.locator('[lang="fi"]'), 'Kierros 1/4', 'projector: Finnish heading');
    await waitText(
      screen.locator('.s-lead [lang="sv"]'),
      'Grupperna går från bord till bord. Bordsvärden stannar kvar.',
      'projector: Swedish hint',
    );
    await visible(screen.locator('.s-zone-name [lang="sv"]'), 'projector: zone name in Swedish');
    expect((await osState(server, sessionId)).settings.screenSecondLang).toBe('sv');
    await expectNoAxe(screen, 'bilingual projector');
  });
});
