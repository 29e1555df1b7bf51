// The wellbeing survey in the browser [SPEC WB5, WB6, WB9; UI4]: five phones answer their links
// (token read from the #fragment and removed from the address bar), the facilitator's survey page
// shows "too few answers" at 4 and the figures at 5, and with the post survey answered the change
// chart; axe finds nothing on any of these views.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ProcessSummary } from '../../src/protocol/http-schema.ts';
import { axeScan, describeViolations, launch } from '../support/browser.ts';
import { createProcess, facilitator, http, startServer, type TestServer } from '../support/test-server.ts';
import { newPhoneContext } from './phones.ts';

let s: TestServer;
let browser: Browser;
let owner: string;
let proc: ProcessSummary;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  s = await startServer();
  browser = await launch();
  owner = await facilitator(s);
  proc = await createProcess(s, owner, { name: 'Kyselyn dialogi' });
});
afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => undefined);
  await browser?.close().catch(() => undefined);
  await s?.stop();
});

async function noAxe(page: Page, where: string): Promise<void> {
  const v = await axeScan(page);
  expect(v, `${where}: ${describeViolations(v)}`).toEqual([]);
}

async function links(phase: 'pre' | 'post', count: number): Promise<string[]> {
  await http(s, 'POST', `/api/processes/${proc.id}/surveys`, { phase }, { cookie: owner });
  const r = await http<{ links: string[] }>(s, 'POST', `/api/processes/${proc.id}/surveys/${phase}/links`, { count }, { cookie: owner });
  return r.body.links;
}

/** A phone opens its link and answers every statement with `value` (the last one "can't say"). */
async function answerOnPhone(link: string, value: number, scan: boolean): Promise<void> {
  const ctx = await newPhoneContext(browser);
  contexts.push(ctx);
  const page = await ctx.newPage();
  await page.goto(link);
  const sets = page.locator('fieldset');
  await sets.first().waitFor();
  expect(new URL(page.url()).hash).toBe('');
  if (scan) await noAxe(page, 'survey form');
  const n = await sets.count();
  for (let i = 0; i < n - 1; i++)
    await sets
      .nth(i)
      .getByRole('radio', { name: new RegExp(`^${value}\\b`) })
      .check();
  await sets
    .nth(n - 1)
    .getByRole('radio', { name: 'En osaa sanoa' })
    .check();
  await page.getByRole('button', { name: 'Lähetä vastaukset' }).click();
  await page.getByRole('heading', { name: 'Kiitos vastauksestasi!' }).waitFor();
  if (scan) await noAxe(page, 'thank-you');
  await ctx.close();
}

async function facilitatorPage(): Promise<Page> {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true, locale: 'fi-FI' });
  contexts.push(ctx);
  const [name, ...value] = owner.split('=');
  await ctx.addCookies([{ name: name!, value: value.join('='), url: s.base }]);
  const page = await ctx.newPage();
  await page.goto(`${s.base}/fi/processes/${proc.id}/survey`);
  await page.getByRole('heading', { name: 'Tulokset' }).waitFor();
  return page;
}

describe('wellbeing survey in the browser', () => {
  test('[WB5][WB9] five answers by link: "too few" at 4, figures at 5', async () => {
    const pre = await links('pre', 5);
    for (const [i, link] of pre.slice(0, 4).entries()) await answerOnPhone(link, i + 1, i === 0);
    let page = await facilitatorPage();
    await page.getByText('Liian vähän vastauksia', { exact: false }).first().waitFor();
    expect(await page.locator('table').count()).toBe(0);
    await noAxe(page, 'results, too few');
    await answerOnPhone(pre[4]!, 5, false);
    page = await facilitatorPage();
    await page.getByRole('table').first().waitFor();
    expect(await page.getByRole('table').first().innerText()).toContain('3,00');
    // a used link then says only that it does not work
    const again = await (await browser.newContext({ bypassCSP: true })).newPage();
    await again.goto(pre[0]!);
    await again.getByRole('heading', { name: 'Linkki ei toimi' }).waitFor();
    await again.context().close();
  });

  test('[WB6][UI4] with the post survey answered, the change chart; no axe violations', async () => {
    const post = await links('post', 5);
    for (const link of post) await http(s, 'POST', `/api/survey/${link.split('#')[1]}`, { answers: [5, 4, 4, 4, 4, 4, 4, null] });
    const page = await facilitatorPage();
    await page.getByRole('table', { name: 'Muutos alusta loppuun' }).waitFor();
    // seven statements with figures, the "can't say" one suppressed
    expect(await page.locator('svg.sv-ci').count()).toBe(7);
    await noAxe(page, 'results with the chart');
  });
});
