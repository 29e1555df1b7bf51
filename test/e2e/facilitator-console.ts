// The facilitator's console and projector: opening them with the session cookie, phase changes,
// the confirm dialog and the clock's "end now".
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { activeElement, visible, waitText, waitUntil } from './wait.ts';

/** "ABCDEFGH" → "ABCD-EFGH" */
export const formatCode = (code: string) => `${code.slice(0, 4)}-${code.slice(4)}`;

/** A laptop context signed in as the facilitator (cookie from the API setup). */
export async function facilitatorContext(browser: Browser, base: string, cookie: string): Promise<BrowserContext> {
  const ctx = await browser.newContext({ viewport: { width: 1366, height: 768 }, bypassCSP: true, locale: 'fi-FI' });
  ctx.setDefaultTimeout(15_000);
  const eq = cookie.indexOf('=');
  await ctx.addCookies([{ name: cookie.slice(0, eq), value: cookie.slice(eq + 1), url: base }]);
  return ctx;
}

/** The one big "next phase" button (its name says what happens). */
export function nextButton(page: Page, label: string) {
  return page.locator('.f-next').getByRole('button', { name: label, exact: true });
}

/** The open confirm dialog (native <dialog> with showModal). */
export function dialog(page: Page) {
  return page.locator('dialog[open]');
}

/**
 * Answers an open confirm dialog: checks its title, that the safe choice has focus when the
 * action is destructive, and presses the confirming button.
 */
export async function confirmDialog(page: Page, o: { title: string | RegExp; ok: string; focusOnCancel: boolean }): Promise<void> {
  const d = dialog(page);
  await visible(d, `confirm dialog ${String(o.title)}`);
  const name = await d.getAttribute('aria-labelledby');
  await waitText(page.locator(`#${name}`), o.title, 'confirm dialog title');
  if (o.focusOnCancel) {
    await waitUntil(
      async () => {
        const a = await activeElement(page);
        if (a.tag === 'button' && a.text === 'Peruuta') return true;
        throw new Error(`focus on ${JSON.stringify(a)}`);
      },
      3000,
      'focus on Peruuta in the confirm dialog',
    );
  }
  await d.getByRole('button', { name: o.ok, exact: true }).click();
  await page.locator('dialog[open]').waitFor({ state: 'detached', timeout: 5000 });
}

/** Presses the next-phase button; confirms when a dialog is expected (running clock). */
export async function nextPhase(page: Page, label: string, confirm: { title: string | RegExp } | null = null): Promise<void> {
  const b = await visible(nextButton(page, label), `next-phase button "${label}"`);
  await b.click();
  if (confirm) await confirmDialog(page, { title: confirm.title, ok: label, focusOnCancel: true });
}

/** "Lopeta kierros nyt" (or the theming one) with its confirm dialog. */
export async function endClock(page: Page, button: string, phaseTitle: string): Promise<void> {
  await page.getByRole('group', { name: 'Kellon ohjaus' }).getByRole('button', { name: button }).click();
  await confirmDialog(page, { title: `Lopetetaanko aika nyt (${phaseTitle})?`, ok: 'Lopeta aika', focusOnCancel: true });
}

/** The console's polite announcement region. */
export function announcer(page: Page) {
  return page.getByTestId('announcer');
}
