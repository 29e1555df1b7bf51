// Keyboard only, end to end (WCAG 2.1.1, 2.4.7): a participant joins (types the code and a name,
// Enter) and writes a note; the facilitator's console starts the round, rotates the groups,
// ends the clock and adds a minute; the phone sorts notes into a theme (theming.ts's keyboard
// path). Only page.keyboard is used — Tab / Shift+Tab (tabTo), Enter, Space, arrows, typing —
// and every page counts pointerdown / mousedown events, which must stay 0. Focus is visible
// (outline or box-shadow) at the steps checked. The live regions get the phase changes and the
// two-minute warning at once.
import { describe, expect, test } from 'vitest';
import { withServerAndBrowser } from './app-fixture.ts';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { Actor } from '../../src/domain/types.ts';
import { createProcess, facilitator, http, join, type TestServer } from '../support/test-server.ts';
import { advanceTo } from './a11y-world.ts';
import { announcer, facilitatorContext, formatCode } from './facilitator-console.ts';
import { tabTo } from './keyboard.ts';
import { execute, osState } from './os-fixture.ts';
import { LOBBY_H1, newPhoneContext, toast, type Phone } from './phones.ts';
import type { Run } from './session-run.ts';
import { themeByKeyboard } from './theming.ts';
import { textOf, visible, waitContains, waitH1, waitText, waitUntil } from './wait.ts';

let s: TestServer;
let browser: Browser;
const contexts = withServerAndBrowser((app) => ({ s, browser } = app));

/** Counts pointer presses in every page of the context (there must be none). */
async function countPointers(ctx: BrowserContext): Promise<void> {
  await ctx.addInitScript(() => {
    const w = window as unknown as { __pointerPresses: number };
    w.__pointerPresses = 0;
    for (const type of ['pointerdown', 'mousedown'])
      addEventListener(
        type,
        () => {
          w.__pointerPresses++;
        },
        true,
      );
  });
}

const pointerPresses = (page: Page) => page.evaluate(() => (window as unknown as { __pointerPresses: number }).__pointerPresses);

/**
 * The focused element shows a focus indicator: a non-none outline or a box-shadow. An outline
 * must also contrast at least 3:1 with the background behind it (1.4.11).
 */
async function expectFocusVisible(page: Page, what: string): Promise<void> {
  const f = await page.evaluate(() => {
    const a = document.activeElement as HTMLElement | null;
    if (!a || a === document.body) return { ok: false, ratio: 0, el: 'body' };
    const st = getComputedStyle(a);
    const outline = st.outlineStyle !== 'none' && parseFloat(st.outlineWidth) > 0;
    const shadow = st.boxShadow !== 'none';
    const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
    const lum = (c: string) => {
      const [r, g, b] = rgb(c)
        .map((v) => v / 255)
        .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    // the first opaque background behind the element (the outline is drawn outside it)
    let bg = 'rgb(255, 255, 255)';
    for (let p = a.parentElement; p; p = p.parentElement) {
      const c = getComputedStyle(p).backgroundColor;
      const parts = rgb(c);
      if (parts.length === 3 || (parts.length === 4 && parts[3]! >= 0.99)) {
        bg = c;
        break;
      }
    }
    const [l1, l2] = [lum(st.outlineColor), lum(bg)].sort((x, y) => y - x);
    const ratio = outline ? (l1! + 0.05) / (l2! + 0.05) : 99;
    return {
      ok: outline || shadow,
      ratio,
      el: `${a.tagName.toLowerCase()}#${a.id}.${[...a.classList].join('.')} outline ${st.outlineStyle} ${st.outlineWidth} ${st.outlineColor} on ${bg}, shadow ${st.boxShadow}`,
    };
  });
  expect.soft(f.ok, `${what}: focus indicator on ${f.el}`).toBe(true);
  expect.soft(f.ratio, `${what}: focus outline contrast on ${f.el}`).toBeGreaterThanOrEqual(3);
}

/** After a phase change the console moves focus to the phase heading (and shows it). */
async function phaseFocused(page: Page, what: string): Promise<void> {
  await waitUntil(
    () => page.evaluate(() => document.activeElement?.id === 'phase-title'),
    5000,
    `console: focus on the phase heading (${what})`,
  );
  await expectFocusVisible(page, `console: phase heading (${what})`);
}

describe('keyboard only', () => {
  test('join, write a note, run the round from the console, theme the notes — no pointer at all', async () => {
    const cookie = await facilitator(s);
    const me = await http<{ id: string }>(s, 'GET', '/api/me', undefined, { cookie });
    const fac: Actor = { role: 'facilitator', userId: me.body.id };
    const proc = await createProcess(s, cookie, { name: 'Näppäimistön dialogi', tableCount: 4 });
    const sessionId = proc.sessions[0]!.id;
    const code = proc.sessions[0]!.joinCode;

    // (a) the phone joins: Tab to the code field, type it, Tab to the name, type it, Enter
    const pctx = await newPhoneContext(browser);
    contexts.push(pctx);
    await countPointers(pctx);
    const page = await pctx.newPage();
    await page.goto(`${s.base}/fi/join`);
    await visible(page.locator('#join-code'), 'join page');
    await tabTo(page, '#join-code', 'join code field');
    await expectFocusVisible(page, 'join code field');
    await page.keyboard.type(formatCode(code));
    await tabTo(page, '#join-name', 'name field');
    await page.keyboard.type('Maija');
    await page.keyboard.press('Enter');
    await waitH1(page, LOBBY_H1, 'phone: lobby');
    const stored = await page.evaluate((k) => localStorage.getItem(k), `vp.join.${code}`);
    const phone: Phone = {
      who: 'keyboard phone',
      ctx: pctx,
      page,
      id: (JSON.parse(stored!) as { participantId: string }).participantId,
      name: 'Maija',
    };
    // three more people, so that four groups rotate over four tables
    for (const name of ['Pekka', 'Liisa', 'Ahmed']) await join(s, code, name);

    // (c) the console: the next-phase button with Enter (opening, then round 1)
    const fctx = await facilitatorContext(browser, s.base, cookie);
    contexts.push(fctx);
    await countPointers(fctx);
    const console_ = await fctx.newPage();
    await console_.goto(`${s.base}/fi/sessions/${sessionId}`);
    await visible(console_.locator('.f-next-button'), 'console: next-phase button');
    await tabTo(console_, '.f-next-button', 'next-phase button');
    await expectFocusVisible(console_, 'console: next-phase button');
    await console_.keyboard.press('Enter');
    await waitUntil(async () => (await osState(s, sessionId)).phase === 'opening', 5000, 'opening');
    await phaseFocused(console_, 'opening');
    await tabTo(console_, '.f-next-button', 'next-phase button (start round 1)');
    await console_.keyboard.press('Enter');
    await waitUntil(async () => (await osState(s, sessionId)).phase === 'round', 5000, 'round 1');
    await phaseFocused(console_, 'round 1');
    // the phase change reaches both live regions at once
    await waitContains(announcer(console_), 'Nyt: ', 'console: phase change announced');
    const round1 = await waitText(page.getByRole('heading', { level: 1 }), /^Mene pöytään \d$/, 'phone: round 1 heading');
    await waitContains(toast(phone), round1, 'phone: round 1 announced in the live region');

    // (a) the note — on a phone in the dark scheme: Tab to the text area, type, Tab to Lähetä, Enter
    await page.emulateMedia({ colorScheme: 'dark' });
    await tabTo(page, '#note-text', 'note field');
    await expectFocusVisible(page, 'note field');
    await page.keyboard.type('Kuunnellaan toisiamme loppuun asti');
    await tabTo(page, 'form.p-note-form button[type="submit"]', 'send button');
    await expectFocusVisible(page, 'send button');
    await page.keyboard.press('Enter');
    await visible(page.locator('.p-sent.saved').filter({ hasText: 'Kuunnellaan toisiamme' }), 'phone: note saved');

    // (c) rotation: the clock runs, so a confirm dialog opens with focus on Cancel; Tab, Enter
    await tabTo(console_, '.f-next-button', 'next-phase button (round 2)');
    await console_.keyboard.press('Enter');
    await visible(console_.locator('dialog[open]'), 'console: confirm dialog');
    await waitUntil(() => console_.evaluate(() => document.activeElement?.closest('dialog[open]') !== null), 3000, 'focus in the dialog');
    await console_.keyboard.press('Tab');
    await expectFocusVisible(console_, 'console: confirm button in the dialog');
    await console_.keyboard.press('Enter');
    await waitUntil(async () => (await osState(s, sessionId)).round === 1, 5000, 'round 2');
    await phaseFocused(console_, 'round 2');
    const round2 = await waitUntil(
      async () => {
        const h = await textOf(page.getByRole('heading', { level: 1 }));
        return h !== round1 && /^Mene pöytään \d$/.test(h) ? h : null;
      },
      5000,
      'phone: round 2 heading',
    );
    await waitContains(toast(phone), round2, 'phone: round 2 announced in the live region');

    // the clock: end it now (confirm), then +1 min: the two-minute warning is announced at once
    await tabTo(console_, '.f-clock-controls button.danger', 'end the round now');
    await console_.keyboard.press('Enter');
    await visible(console_.locator('dialog[open]'), 'console: end-now dialog');
    await waitUntil(() => console_.evaluate(() => document.activeElement?.closest('dialog[open]') !== null), 3000, 'focus in the dialog');
    await console_.keyboard.press('Tab');
    await console_.keyboard.press('Enter');
    await waitUntil(async () => (await osState(s, sessionId)).clock?.ended === true, 5000, 'clock ended');
    await tabTo(console_, '.f-clock-controls button:nth-child(2)', '+1 min');
    await expectFocusVisible(console_, 'console: +1 min');
    await console_.keyboard.press('Enter');
    await waitContains(toast(phone), 'Kaksi minuuttia jäljellä', 'phone: two-minute warning in the live region', 5000);
    await waitContains(announcer(console_), 'Kaksi minuuttia jäljellä', 'console: two-minute warning in the live region', 5000);

    // (b) theming: the phone writes in the last round, then sorts its table's notes by keyboard
    await advanceTo(s, sessionId, fac, 'round');
    for (let i = 0; i < 6 && (await osState(s, sessionId)).round < 3; i++) await execute(s, sessionId, fac, { type: 'phase.next' });
    const mine: Actor = { role: 'participant', participantId: phone.id };
    await execute(s, sessionId, mine, { type: 'note.add', noteId: 'n-kb-last', text: 'Viimeisen kierroksen lappu' });
    await advanceTo(s, sessionId, fac, 'theming');
    await visible(page.locator('#new-theme'), 'phone: theming board');
    const run = { s, sessionId } as unknown as Run;
    await themeByKeyboard(run, phone);

    expect(await pointerPresses(page), 'pointer presses on the phone').toBe(0);
    expect(await pointerPresses(console_), 'pointer presses on the console').toBe(0);
  });
});
