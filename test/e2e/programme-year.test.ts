// A programme year in the browser [SPEC PR6, PR11; UI4]: the coordinator commissions two
// dialogues for two facilitators of the pool with the "New commission" form (a missing name and
// facilitator are shown at their fields); each facilitator (through the API, for speed) owns
// theirs, fills readiness, agreement and participants and moves it to session 1; the coordinator
// then sees exactly those two dialogues in the statistics chart and its table. axe finds nothing
// on the coordinator view with the new form.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ProcessSummary } from '../../src/protocol/http-schema.ts';
import type { CommissionView } from '../../src/protocol/programme-schema.ts';
import { launch } from '../support/browser.ts';
import { facilitator, http, orgId, startServer, type TestServer } from '../support/test-server.ts';
import { noAxe } from './account-pages.ts';
import { statsShown } from './programme-stats.ts';

let s: TestServer;
let browser: Browser;
let org: string;
let fac1: string;
let fac2: string;
let coord: string;
let ctx: BrowserContext | undefined;

beforeAll(async () => {
  s = await startServer();
  browser = await launch();
  org = await orgId(s);
  fac1 = await facilitator(s, 'vetaja.yksi@example.fi', { name: 'Vetäjä Yksi' });
  fac2 = await facilitator(s, 'vetaja.kaksi@example.fi', { name: 'Vetäjä Kaksi' });
  coord = await facilitator(s, 'koordinaattori@example.fi', { roles: ['coordinator'], name: 'Koordinaattori' });
}, 30_000);
afterAll(async () => {
  await ctx?.close().catch(() => undefined);
  await browser?.close().catch(() => undefined);
  await s?.stop();
});

async function pageAs(cookie: string, at: string): Promise<Page> {
  ctx = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'fi-FI', timezoneId: 'Europe/Helsinki' });
  const [name, ...value] = cookie.split('=');
  await ctx.addCookies([{ name: name!, value: value.join('='), url: s.base }]);
  const page = await ctx.newPage();
  await page.goto(`${s.base}${at}`);
  return page;
}

/** The coordinator fills the "New commission" form and waits for its announcement. */
async function commission(page: Page, f: { name: string; unit: string; facilitator: string; category: string; method: string }) {
  const form = page.locator('section.pr-new');
  await form.getByLabel('Dialogin nimi').fill(f.name);
  await form.getByLabel('Dialogin yksikkö').fill(f.unit);
  await form.getByLabel('Dialogin vetäjä').selectOption({ label: f.facilitator });
  await form.getByLabel('Luokka').selectOption({ label: f.category });
  await form.getByLabel('Menetelmä').selectOption({ label: f.method });
  await form.getByRole('button', { name: 'Luo toimeksianto' }).click();
  await page.getByTestId('announcer').getByText(`Toimeksianto ${f.name} luotiin.`).waitFor();
}

/** A facilitator finds the commission that was made for them, answers it and holds session 1. */
async function hold(cookie: string, name: string, startsAt: string, participants: number): Promise<void> {
  const mine = (await http<ProcessSummary[]>(s, 'GET', '/api/processes', undefined, { cookie })).body;
  const p = mine.find((x) => x.name === name)!;
  expect(p).toMatchObject({ orgId: org, role: 'facilitator' });
  const path = `/api/processes/${p.id}`;
  const c = (await http<CommissionView>(s, 'GET', `${path}/commission`, undefined, { cookie })).body;
  const body = {
    categoryId: c.categoryId,
    method: c.method,
    plans: [{ session: 'session1', startsAt: Date.parse(startsAt), place: 'Sali' }],
    readiness: 'yes',
    agreedWith: 'Henkilöstön edustaja',
    agreedOn: '2025-08-20',
    participants,
  };
  expect((await http(s, 'PUT', `${path}/commission`, body, { cookie })).status).toBe(200);
  for (const to of ['agreed', 'session1']) expect((await http(s, 'POST', `${path}/transition`, { to }, { cookie })).status).toBe(200);
}

describe('a programme year in the browser', () => {
  test('[PR11][PR6] the coordinator commissions two dialogues and sees them in the statistics', async () => {
    const page = await pageAs(coord, `/fi/orgs/${org}/programme`);
    await page.getByRole('heading', { name: 'Dialogiohjelma: Testiorganisaatio' }).waitFor();
    const form = page.locator('section.pr-new');
    await form.getByLabel('Dialogin vetäjä').locator('option', { hasText: 'Vetäjä Kaksi' }).waitFor({ state: 'attached' });

    // nothing filled in: the name and the facilitator are asked for at their fields
    await form.getByRole('button', { name: 'Luo toimeksianto' }).click();
    await form.getByTestId('form-error').getByText('Tarkista merkityt kentät.').waitFor();
    const name = form.getByLabel('Dialogin nimi');
    expect(await name.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator(`#${(await name.getAttribute('aria-describedby'))!}`).textContent()).toBe('Anna dialogille nimi.');
    const who = form.getByLabel('Dialogin vetäjä');
    expect(await who.getAttribute('aria-describedby')).toBe('pr-new-facilitator-err');
    await page.locator('#pr-new-facilitator-err').getByText('Valitse vetäjä poolista.').waitFor();
    await noAxe(page, 'coordinator view, new commission with errors');

    await commission(page, {
      name: 'Koulun dialogi',
      unit: 'Koulu',
      facilitator: 'Vetäjä Yksi',
      category: 'Työyhteisö',
      method: 'Henkilöstökokemusdialogi',
    });
    await page.getByTestId('pr-count').getByText('1 dialogi').waitFor();
    await commission(page, {
      name: 'Kirjaston dialogi',
      unit: 'Kirjasto',
      facilitator: 'Vetäjä Kaksi',
      category: 'Erätauko',
      method: 'Erätauko',
    });
    await page.getByTestId('pr-count').getByText('2 dialogia').waitFor();
    const list = page.getByRole('table', { name: 'Dialogit', exact: true });
    expect(await list.innerText()).toContain('Koulun dialogi');
    expect(await list.innerText()).toContain('Kirjaston dialogi');
    expect(await name.getAttribute('aria-invalid')).toBeNull();
    await noAxe(page, 'coordinator view with the new form');

    // each facilitator runs their own: answered, agreed, session 1 held with its participants
    await hold(fac1, 'Koulun dialogi', '2025-09-10T09:00:00+03:00', 14);
    await hold(fac2, 'Kirjaston dialogi', '2025-10-02T17:00:00+03:00', 9);

    await page.reload();
    const stats = await statsShown(page);
    expect(stats.chart).toBe('2025-09: 1 dialogia, 14 osallistujaa; 2025-10: 1 dialogia, 9 osallistujaa');
    expect(stats.rows).toEqual([
      '2025-09 Työyhteisö Koulu 1 14',
      'Yhteensä 2025-09 1 14',
      '2025-10 Erätauko Kirjasto 1 9',
      'Yhteensä 2025-10 1 9',
    ]);
    await noAxe(page, 'coordinator view with statistics');
  });
});
