// Deadline-based waiting for the browser test (playwright-core has no `expect`).
import type { Locator, Page } from 'playwright-core';

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/**
 * Polls `fn` until it returns a truthy value (a thrown error counts as "not yet") and returns
 * that value; after `ms` it fails with `what` and the last value or error seen.
 */
export async function waitUntil<T>(fn: () => T | Promise<T>, ms: number, what: string, every = 50): Promise<NonNullable<T>> {
  const deadline = Date.now() + ms;
  let last: unknown;
  let error: unknown;
  for (;;) {
    try {
      last = await fn();
      error = undefined;
      if (last) return last as NonNullable<T>;
    } catch (e) {
      error = e;
    }
    if (Date.now() > deadline) {
      const seen = error instanceof Error ? error.message : error !== undefined ? String(error) : JSON.stringify(last);
      throw new Error(`timed out after ${ms} ms waiting for ${what}; last seen: ${seen?.slice(0, 800)}`);
    }
    await sleep(every);
  }
}

/** All visible text of every element the locator matches now (no auto-wait), joined by newlines. */
export async function textOf(loc: Locator): Promise<string> {
  return (await loc.allInnerTexts())
    .join('\n')
    .replace(/\u00a0/g, ' ')
    .trim();
}

/** Waits until the locator's text equals (string) or matches (RegExp) what is expected; returns the text. */
export async function waitText(loc: Locator, expected: string | RegExp, what: string, ms = 10_000): Promise<string> {
  let text = '';
  await waitUntil(
    async () => {
      text = await textOf(loc);
      if (typeof expected === 'string' ? text === expected : expected.test(text)) return true;
      throw new Error(`text was ${JSON.stringify(text)}, wanted ${String(expected)}`);
    },
    ms,
    what,
  );
  return text;
}

/** Waits until the locator's text contains the given piece. */
export async function waitContains(loc: Locator, piece: string, what: string, ms = 10_000): Promise<string> {
  let text = '';
  await waitUntil(
    async () => {
      text = await textOf(loc);
      if (text.includes(piece)) return true;
      throw new Error(`text was ${JSON.stringify(text)}, wanted it to contain ${JSON.stringify(piece)}`);
    },
    ms,
    what,
  );
  return text;
}

/** Waits until a locator matches a visible element. */
export async function visible(loc: Locator, what: string, ms = 10_000): Promise<Locator> {
  try {
    await loc.first().waitFor({ state: 'visible', timeout: ms });
  } catch (e) {
    throw new Error(`not visible within ${ms} ms: ${what} (${(e as Error).message.split('\n')[0]})`);
  }
  return loc.first();
}

/** Waits until the accessible h1 of a page has exactly this text. */
export function waitH1(page: Page, text: string, who: string, ms = 10_000): Promise<string> {
  return waitText(page.getByRole('heading', { level: 1 }), text, `${who}: h1 "${text}"`, ms);
}

/** A short description of the element that has keyboard focus. */
export async function activeElement(page: Page): Promise<{ tag: string; id: string; label: string; text: string; value: string }> {
  return page.evaluate(() => {
    const a = document.activeElement as HTMLElement | null;
    return {
      tag: a?.tagName.toLowerCase() ?? '',
      id: a?.id ?? '',
      label: a?.getAttribute('aria-label') ?? '',
      text: (a?.textContent ?? '').trim().slice(0, 80),
      value: a instanceof HTMLSelectElement || a instanceof HTMLInputElement ? a.value : '',
    };
  });
}
