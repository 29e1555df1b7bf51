// The accessibility statement (saavutettavuusseloste, Act 306/2019) in the browser: public in fi,
// sv and en, the installation's feedback contact from ACCESSIBILITY_CONTACT (boot data on <body>),
// the supervisory authority, no axe findings under the page's real CSP; linked from the sign-in
// page and the participant's join page. [issue 8, docs/ACCESSIBILITY.md]
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launch } from '../support/browser.ts';
import { startServer, type TestServer } from '../support/test-server.ts';
import { laptop, noAxe } from './account-pages.ts';
import { tabTo } from './keyboard.ts';
import { textOf, visible, waitH1, waitUntil } from './wait.ts';

const CONTACT = 'saavutettavuus@kunta.example.fi';
const SUPERVISOR = 'https://www.saavutettavuusvaatimukset.fi/';

const LANGS = [
  { lang: 'fi', h1: 'Saavutettavuusseloste', conforms: 'täyttää osittain', traficom: 'Liikenne- ja viestintävirasto Traficom' },
  { lang: 'sv', h1: 'Tillgänglighetsutlåtande', conforms: 'uppfyller delvis', traficom: 'Transport- och kommunikationsverket Traficom' },
  {
    lang: 'en',
    h1: 'Accessibility statement',
    conforms: 'partially conforms',
    traficom: 'Finnish Transport and Communications Agency Traficom',
  },
] as const;

let s: TestServer;
/** a second installation that has not set ACCESSIBILITY_CONTACT */
let bare: TestServer;
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  s = await startServer({ env: { ACCESSIBILITY_CONTACT: CONTACT } });
  bare = await startServer();
  browser = await launch();
});

afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => undefined);
  await browser?.close().catch(() => undefined);
  await s?.stop();
  await bare?.stop();
});

/** The hrefs of the links inside a part of the page. */
function hrefs(page: Page, selector: string): Promise<string[]> {
  return page.locator(`${selector} a`).evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
}

describe('accessibility statement in the browser', () => {
  test.each(LANGS.map((l) => [l.lang, l] as const))(
    '/%s/accessibility: signed out, the statement with the contact and Traficom, no axe findings',
    async (_, l) => {
      const page = await laptop(browser, contexts);
      await page.goto(`${s.base}/${l.lang}/accessibility`);
      await waitH1(page, l.h1, `${l.lang} statement`);
      // public: no redirect to the sign-in page, and the page is in its language
      expect(new URL(page.url()).pathname).toBe(`/${l.lang}/accessibility`);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(l.lang);
      await waitUntil(async () => (await page.title()).startsWith(l.h1), 3000, 'document title');
      // one section with an h2 for each part the law asks for
      expect(await page.getByRole('heading', { level: 2 }).count()).toBe(7);
      expect(await textOf(page.locator('main'))).toContain(l.conforms);
      expect(await textOf(page.locator('main'))).toContain('WCAG 2.1');
      // the feedback contact of this installation
      expect(await hrefs(page, '#st-feedback')).toEqual([`mailto:${CONTACT}`]);
      await visible(page.locator('#st-feedback').getByRole('link', { name: CONTACT }), 'contact link');
      // the enforcement procedure: Traficom and its accessibility monitoring site
      const enforcement = await textOf(page.locator('#st-enforcement'));
      expect(enforcement).toContain(l.traficom);
      expect(await hrefs(page, '#st-enforcement')).toEqual([SUPERVISOR]);
      expect(await textOf(page.locator('main'))).toMatch(/2026/);
      await noAxe(page, `${l.lang} statement`);
    },
  );

  test('without ACCESSIBILITY_CONTACT the statement says whom to ask instead', async () => {
    const page = await laptop(browser, contexts);
    await page.goto(`${bare.base}/en/accessibility`);
    await waitH1(page, 'Accessibility statement', 'statement without a contact');
    expect(await hrefs(page, '#st-feedback')).toEqual([]);
    expect(await textOf(page.locator('#st-feedback'))).toContain('has not given a separate contact');
    expect(await page.evaluate(() => document.body.hasAttribute('data-accessibility-contact'))).toBe(false);
  });

  test('the sign-in page links to the statement (keyboard: Tab to the link, Enter)', async () => {
    const page = await laptop(browser, contexts);
    await page.goto(`${s.base}/fi/login`);
    await waitH1(page, 'Kirjaudu sisään', 'sign-in page');
    const link = page.getByRole('link', { name: 'Saavutettavuusseloste' });
    expect(await link.getAttribute('href')).toBe('/fi/accessibility');
    await noAxe(page, 'fi sign-in page with the statement link');
    await tabTo(page, 'a[href="/fi/accessibility"]', 'statement link');
    await page.keyboard.press('Enter');
    await waitH1(page, 'Saavutettavuusseloste', 'statement from the sign-in page');
    expect(await hrefs(page, '#st-feedback')).toEqual([`mailto:${CONTACT}`]);
  });

  test('the participant join page links to the statement in its language', async () => {
    const ctx = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, locale: 'sv-FI' });
    ctx.setDefaultTimeout(10_000);
    contexts.push(ctx);
    const page = await ctx.newPage();
    await page.goto(`${s.base}/sv/join`);
    const link = page.getByRole('link', { name: 'Tillgänglighetsutlåtande' });
    await visible(link, 'statement link on the join page');
    expect(await link.getAttribute('href')).toBe('/sv/accessibility');
    await noAxe(page, 'sv join page with the statement link');
    await link.click();
    await waitH1(page, 'Tillgänglighetsutlåtande', 'statement from the join page');
    expect(await textOf(page.locator('#st-enforcement'))).toContain('Traficom');
  });
});
