// Right to left and bidi: the phone and the projector in Arabic are mirrored (dir="rtl"), the
// facilitator's content keeps its own language (lang="en", dir="ltr"), and a note mixing Arabic,
// a Finnish word and a number keeps its logical order both on the Arabic phone and on Finnish
// pages (dir="auto" / <bdi>). Selectors avoid translated names: the ar/so catalogues may change.
// docs/ACCESSIBILITY.md "Right to left and bidi".
import { describe, expect, test } from 'vitest';
import { withServerAndBrowser } from './app-fixture.ts';
import type { Browser, Locator, Page } from 'playwright-core';
import type { Actor } from '../../src/domain/types.ts';
import { createProcess, facilitator, http, type TestServer } from '../support/test-server.ts';
import { facilitatorContext } from './facilitator-console.ts';
import { execute, osState } from './os-fixture.ts';
import { newPhoneContext } from './phones.ts';
import { expectNoAxe } from './session-run.ts';
import { visible, waitUntil } from './wait.ts';

let s: TestServer | undefined;
let browser: Browser | undefined;
const contexts = withServerAndBrowser((app) => ({ s, browser } = app));

/** Arabic "note … point" around a Finnish word and a number. */
const AR_START = 'ملاحظة';
const FI_WORD = 'Päiväkoti';
const NOTE = `${AR_START} ${FI_WORD} 12 نقطة`;
const QUESTION = { fi: 'Mikä toimii hyvin?', sv: '', en: 'What works well?' };

async function phone(b: Browser): Promise<Page> {
  const ctx = await newPhoneContext(b);
  contexts.push(ctx);
  return ctx.newPage();
}

async function html(page: Page): Promise<{ lang: string; dir: string }> {
  return page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }));
}

/** The box of the first occurrence of a piece of text inside an element (a DOM Range, not the element). */
function boxOf(el: Locator, piece: string): Promise<{ left: number; right: number }> {
  return el.evaluate((node, p) => {
    const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
    for (let t = walker.nextNode(); t; t = walker.nextNode()) {
      const at = t.textContent!.indexOf(p);
      if (at < 0) continue;
      const r = document.createRange();
      r.setStart(t, at);
      r.setEnd(t, at + p.length);
      const b = r.getBoundingClientRect();
      return { left: b.left, right: b.right };
    }
    throw new Error(`"${p}" not found`);
  }, piece);
}

/** dir=auto resolved to rtl, and the Finnish word is drawn left of the Arabic word before it. */
async function expectBidi(el: Locator, what: string): Promise<void> {
  expect(await el.evaluate((n) => getComputedStyle(n).direction), `${what}: direction`).toBe('rtl');
  const ar = await boxOf(el, AR_START);
  const fi = await boxOf(el, FI_WORD);
  expect(fi.right, `${what}: "${FI_WORD}" left of "${AR_START}"`).toBeLessThanOrEqual(ar.left + 1);
}

/** The box of an element's text (a Range over its contents: a block label is as wide as its form). */
function textBox(loc: Locator): Promise<{ x: number; right: number }> {
  return loc.evaluate((node) => {
    const r = document.createRange();
    r.selectNodeContents(node);
    const b = r.getBoundingClientRect();
    return { x: b.left, right: b.right };
  });
}

async function box(loc: Locator): Promise<{ x: number; right: number }> {
  const b = (await loc.boundingBox())!;
  return { x: b.x, right: b.x + b.width };
}

describe('right to left and bidi', () => {
  test('Arabic and Somali join pages, an Arabic phone in a Café round, Arabic and Finnish projectors', async () => {
    const server = s!;
    const b = browser!;
    const cookie = await facilitator(server);
    const me = await http<{ id: string }>(server, 'GET', '/api/me', undefined, { cookie });
    const fac: Actor = { role: 'facilitator', userId: me.body.id };
    const proc = await createProcess(server, cookie, { tableCount: 2, name: 'Oikealta vasemmalle' });
    const sessionId = proc.sessions[0]!.id;
    const code = proc.sessions[0]!.joinCode;

    // 1. the join page: Finnish (left to right) and Arabic (mirrored), then Somali
    const fi = await phone(b);
    await fi.goto(`${server.base}/fi/join`);
    await visible(fi.locator('#join-code'), 'fi join page');
    const ar = await phone(b);
    await ar.goto(`${server.base}/ar/join/${code}`);
    await visible(ar.locator('#join-code'), 'ar join page');
    expect(await html(ar)).toEqual({ lang: 'ar', dir: 'rtl' });
    expect(await html(fi)).toEqual({ lang: 'fi', dir: 'ltr' });
    const langs = await ar.locator('.p-langs a').evaluateAll((as) => as.map((a) => [a.getAttribute('lang'), a.getAttribute('hreflang')]));
    expect(langs).toEqual(['fi', 'sv', 'en', 'ar', 'so'].map((l) => [l, l]));
    expect(await ar.locator('.p-langs a[lang="ar"]').getAttribute('aria-current')).toBe('page');
    // the start side is on the right: the app name at the header's right edge, the language links run right to left
    const edges = async (page: Page) => ({
      header: await box(page.locator('.p-header')),
      name: await box(page.locator('.p-app-name')),
      first: await box(page.locator('.p-langs li').first()),
      last: await box(page.locator('.p-langs li').last()),
    });
    const [l, r] = [await edges(fi), await edges(ar)];
    expect(l.name.x - l.header.x, 'fi: app name near the left edge').toBeLessThan(20);
    expect(r.header.right - r.name.right, 'ar: app name near the right edge').toBeLessThan(20);
    expect(r.name.x - r.header.x, 'ar: room on the left of the app name').toBeGreaterThan(40);
    expect(l.first.x, 'fi: suomi before Soomaali, left to right').toBeLessThan(l.last.x);
    expect(r.first.x, 'ar: suomi before Soomaali, right to left').toBeGreaterThan(r.last.x);
    // a field's label hugs the start edge: the left edge in Finnish, the right edge in Arabic
    const [arForm, arLabel] = [await box(ar.locator('form.p-join')), await textBox(ar.locator('label[for="join-code"]'))];
    const [fiForm, fiLabel] = [await box(fi.locator('form.p-join')), await textBox(fi.locator('label[for="join-code"]'))];
    expect(Math.abs(fiLabel.x - fiForm.x), 'fi: label at the left edge').toBeLessThan(2);
    expect(Math.abs(arForm.right - arLabel.right), 'ar: label at the right edge').toBeLessThan(2);
    expect(arLabel.x - arForm.x, 'ar: room on the left of the label').toBeGreaterThan(20);
    // the statement is fi/sv/en: the Arabic page links to the English one
    expect(await ar.locator('.p-footer a').getAttribute('href')).toBe('/en/accessibility');
    await expectNoAxe(ar, 'Arabic join page');
    const so = await phone(b);
    await so.goto(`${server.base}/so/join`);
    await visible(so.locator('#join-code'), 'so join page');
    expect(await html(so)).toEqual({ lang: 'so', dir: 'ltr' });
    await expectNoAxe(so, 'Somali join page');
    await so.context().close();
    await fi.context().close();

    // 2. the Arabic phone joins through the form; its content language is English
    const table = (await osState(server, sessionId)).tables[0]!;
    await execute(server, sessionId, fac, { type: 'table.update', tableId: table.id, questions: [{ id: 'q1', text: QUESTION }] });
    await execute(server, sessionId, fac, { type: 'session.configure', showNotesOnScreen: true });
    await ar.locator('form.p-join button[type="submit"]').click();
    await waitUntil(() => ar.evaluate((k) => localStorage.getItem(k), `vp.join.${code}`), 10_000, 'ar phone joined');
    const joined = (await osState(server, sessionId)).participants;
    expect(joined.map((p) => p.lang)).toEqual(['en']);

    // the Arabic projector in the lobby: the join address still reads left to right
    const fctx = await facilitatorContext(b, server.base, cookie);
    contexts.push(fctx);
    const arScreen = await fctx.newPage();
    await arScreen.setViewportSize({ width: 1920, height: 1080 });
    await arScreen.goto(`${server.base}/ar/screen/${sessionId}`);
    const url = await visible(arScreen.locator('.s-url span'), 'ar projector: join address');
    expect(await url.evaluate((e) => getComputedStyle(e).direction)).toBe('ltr');
    const [host, path] = [await boxOf(url, '127.0.0.1'), await boxOf(url, `/join/${code}`)];
    expect(host.right, 'ar projector: the host left of the path').toBeLessThanOrEqual(path.left + 1);

    // 3. a Café round: questions in English marked as such, a mixed note written on the phone
    for (let i = 0; i < 6 && (await osState(server, sessionId)).phase !== 'round'; i++)
      await execute(server, sessionId, fac, { type: 'phase.next' });
    const field = await visible(ar.locator('#note-text'), 'ar phone: note field');
    const question = ar.locator('ol.p-questions li span');
    await visible(question, 'ar phone: the question');
    expect(
      await question.evaluate((e) => [e.textContent, e.getAttribute('lang'), e.getAttribute('dir'), getComputedStyle(e).direction]),
    ).toEqual([QUESTION.en, 'en', 'ltr', 'ltr']);
    await field.fill(NOTE);
    await ar.locator('form.p-note-form button[type="submit"]').click();
    const arNote = await visible(ar.locator('ul.p-notes .p-note-text').filter({ hasText: FI_WORD }), 'ar phone: the note listed');
    await expectBidi(arNote, 'ar phone');
    await expectNoAxe(ar, 'Arabic phone in a Café round');

    // 4. projectors: Arabic (mirrored), and Finnish with the Arabic note in its own direction
    await visible(arScreen.locator('.s-notes li').filter({ hasText: FI_WORD }), 'ar projector: the note');
    expect(await html(arScreen)).toEqual({ lang: 'ar', dir: 'rtl' });
    await expectBidi(arScreen.locator('.s-notes li bdi').filter({ hasText: FI_WORD }), 'ar projector');
    await expectNoAxe(arScreen, 'Arabic projector in a Café round');
    const fiScreen = await fctx.newPage();
    await fiScreen.setViewportSize({ width: 1920, height: 1080 });
    await fiScreen.goto(`${server.base}/fi/screen/${sessionId}`);
    const fiNote = await visible(fiScreen.locator('.s-notes li bdi').filter({ hasText: FI_WORD }), 'fi projector: the note');
    expect(await html(fiScreen)).toEqual({ lang: 'fi', dir: 'ltr' });
    expect(await fiScreen.locator('body').evaluate((e) => getComputedStyle(e).direction)).toBe('ltr');
    await expectBidi(fiNote, 'fi projector');
    // the facilitator's table titles: English marked as such on the Arabic projector, Finnish on the Finnish one
    const title = (page: Page) =>
      page
        .locator('.s-zone-name span')
        .first()
        .evaluate((e) => [e.getAttribute('lang'), e.getAttribute('dir'), getComputedStyle(e).direction]);
    expect(await title(arScreen)).toEqual(['en', 'ltr', 'ltr']);
    expect(await title(fiScreen)).toEqual(['fi', 'ltr', 'ltr']);
  });
});
