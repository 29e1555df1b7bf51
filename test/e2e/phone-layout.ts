// Reflow and target size on a phone page: no horizontal scrolling, every visible control at least
// 44 × 44 CSS px (a checkbox or radio counts with its label, as in reflow.test.ts).
import type { Page } from 'playwright-core';

export interface PhoneLayout {
  scrollWidth: number;
  clientWidth: number;
  /** controls under the minimum target size: "name (w×h)" */
  small: string[];
}

export function phoneLayout(page: Page, min = 44): Promise<PhoneLayout> {
  return page.evaluate((min) => {
    const doc = document.documentElement;
    const text = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
    const shown = (el: Element) => {
      const st = getComputedStyle(el);
      return st.visibility !== 'hidden' && st.display !== 'none' && el.getClientRects().length > 0;
    };
    const inlineLink = (el: HTMLElement) =>
      el.tagName === 'A' && getComputedStyle(el).display === 'inline' && text(el.parentElement).length > text(el).length;
    const small: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>('button, a[href], input:not([type=hidden]), select, textarea, [role=button]')) {
      if (!shown(el) || el.closest('[hidden], [inert], [aria-hidden="true"]') || inlineLink(el)) continue;
      const r = el.getBoundingClientRect();
      let w = r.width;
      let h = r.height;
      const labels = (el as HTMLInputElement).labels;
      if ((w <= 1 || h <= 1 || ['checkbox', 'radio', 'file'].includes(el.getAttribute('type') ?? '')) && labels) {
        for (const l of labels) {
          const lr = l.getBoundingClientRect();
          w = Math.max(w, lr.width);
          h = Math.max(h, lr.height);
        }
      }
      if (w <= 1 && h <= 1) continue;
      if (w < min - 0.5 || h < min - 0.5) small.push(`"${text(el) || el.id}" (${Math.round(w)}×${Math.round(h)})`);
    }
    return { scrollWidth: doc.scrollWidth, clientWidth: doc.clientWidth, small };
  }, min);
}
