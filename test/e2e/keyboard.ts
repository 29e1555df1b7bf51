// Keyboard-only helpers: focus moves only with Tab / Shift+Tab through page.keyboard.
import type { Page } from 'playwright-core';

/**
 * Presses Tab (or Shift+Tab when the target comes before the focused element in the document)
 * until the focused element matches `selector`. No focus(), click() or fill(): this is the path a
 * keyboard user takes. Fails after `max` presses.
 */
export async function tabTo(page: Page, selector: string, what: string, max = 150): Promise<void> {
  for (let i = 0; i <= max; i++) {
    const where = await page.evaluate((sel) => {
      const a = document.activeElement;
      if (a && a !== document.body && a.matches(sel)) return 'here';
      const target = document.querySelector(sel);
      if (!target) return 'missing';
      if (!a || a === document.body) return 'after';
      // DOCUMENT_POSITION_PRECEDING (2): the target comes before the focused element
      return a.compareDocumentPosition(target) & Node.DOCUMENT_POSITION_PRECEDING ? 'before' : 'after';
    }, selector);
    if (where === 'here') return;
    if (where === 'missing') throw new Error(`tabTo: nothing matches ${selector} (${what})`);
    await page.keyboard.press(where === 'before' ? 'Shift+Tab' : 'Tab');
  }
  const a = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 200) ?? '');
  throw new Error(`tabTo: ${what} (${selector}) not reached in ${max} key presses; focus is on ${a}`);
}

/** The selected option's value of the focused <select> (or '' when focus is elsewhere). */
export function focusedValue(page: Page): Promise<string> {
  return page.evaluate(() => {
    const a = document.activeElement;
    return a instanceof HTMLSelectElement || a instanceof HTMLInputElement ? a.value : '';
  });
}
