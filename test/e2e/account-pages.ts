// Shared steps of the account browser test: contexts, signing in on the page, TOTP codes, and
// reading a download.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { base32Decode, totpAt } from '../../src/services/totp.ts';
import { expectNoAxe } from './session-run.ts';
import { waitH1 } from './wait.ts';

const require = createRequire(import.meta.url);
let axeSource: string | null = null;

/**
 * axe under the page's real CSP: addScriptTag would be an inline script (refused by
 * script-src 'self'), so the source is evaluated through the DevTools protocol instead.
 */
export async function noAxe(page: Page, what: string): Promise<void> {
  axeSource ??= await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  await expectNoAxe(page, what);
}

/** A fresh laptop with the page's own CSP (the QR image must pass it); signed out. */
export async function laptop(browser: Browser, contexts: BrowserContext[]): Promise<Page> {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'fi-FI', acceptDownloads: true });
  ctx.setDefaultTimeout(10_000);
  contexts.push(ctx);
  return ctx.newPage();
}

/** Step 1 of signing in on the page: e-mail and password. */
export async function typePassword(page: Page, email: string, password: string): Promise<void> {
  await waitH1(page, 'Kirjaudu sisään', `${email}: sign-in page`);
  await page.locator('#login-email').fill(email);
  await page.locator('#login-password').fill(password);
  await page.getByRole('button', { name: 'Kirjaudu', exact: true }).click();
}

/** The TOTP code of the moment `at` for a base32 secret as the page shows it (grouped). */
export function codeFor(secret: string, at: number): string {
  const key = base32Decode(secret);
  if (!key) throw new Error(`not base32: ${secret}`);
  return totpAt(key, at);
}

/** A 6-digit code that is surely not right now (the current one + 500 000, mod 10^6). */
export function wrongCodeFor(secret: string, at: number): string {
  return String((Number(codeFor(secret, at)) + 500_000) % 1e6).padStart(6, '0');
}

/** Clicks something that starts a download and returns the downloaded file's text and name. */
export async function downloadText(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const file = await download.path();
  return { name: download.suggestedFilename(), text: await readFile(file, 'utf8') };
}
