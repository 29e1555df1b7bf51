// The dialogue programme in the browser [SPEC PR1–PR6; UI4]: a facilitator fills the commission
// form (readiness "no", so the move to "agreed" asks for an override reason in a dialog) and moves
// it on via the timeline; a second commission comes through the API; the coordinator filters the
// list (the filters stay in the URL), sees the statistics chart and its table with the right
// numbers, and the CSV link answers 200. axe finds nothing on the commission page and the
// coordinator view (run under the app's real CSP).
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ProcessSummary } from '../../src/protocol/http-schema.ts';
import type { CategoryView } from '../../src/protocol/programme-schema.ts';
import { launch } from '../support/browser.ts';
import { createProcess, facilitator, http, orgId, startServer, type TestServer } from '../support/test-server.ts';
import { noAxe } from './account-pages.ts';
import { statsShown } from './programme-stats.ts';

let s: TestServer;
let browser: Browser;
let org: string;
let fac1: string;
let fac2: string;
let coord: string;
let p1: ProcessSummary;
let p2: ProcessSummary;
let cats: CategoryView[];
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  s = await startServer();
  browser = await launch();
  org = await orgId(s);
  fac1 = await facilitator(s, 'vetaja.yksi@example.fi', { name: 'Vetäjä Yksi' });
  fac2 = await facilitator(s, 'vetaja.kaksi@example.fi', { name: 'Vetäjä Kaksi' });
  coord = await facilitator(s, 'koordinaattori@example.fi', { roles: ['coordinator'], name: 'Koordinaattori' });
  p1 = await createProcess(s, fac1, { name: 'Koulun dialogi', unit: 'Koulu' });
  p2 = await createProcess(s, fac2, { name: 'Kirjaston dialogi', unit: 'Kirjasto' });
  cats = (await http<CategoryView[]>(s, 'GET', `/api/orgs/${org}/categories`, undefined, { cookie: coord })).body;
}, 30_000);
afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => undefined);
  await browser?.close().catch(() => undefined);
  await s?.stop();
});

async function pageAs(cookie: string, at: string): Promise<Page> {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'fi-FI', timezoneId: 'Europe/Helsinki' });
  contexts.push(ctx);
  const [name, ...value] = cookie.split('=');
  await ctx.addCookies([{ name: name!, value: value.join('='), url: s.base }]);
  const page = await ctx.newPage();
  await page.goto(`${s.base}${at}`);
  return page;
}

const current = (page: Page) => page.locator('.pr-timeline li[aria-current="step"]');

describe('dialogue programme in the browser', () => {
  test('[PR1–PR3] the commission form with a readiness "no" and its override; the timeline moves on', async () => {
    const page = await pageAs(fac1, `/fi/processes/${p1.id}/commission`);
    await page.getByRole('heading', { name: 'Toimeksianto', exact: true }).waitFor();
    await expect.poll(() => current(page).innerText()).toContain('Luonnos');

    // nothing answered yet: the move is refused with a clear reason
    await page.getByRole('button', { name: 'Siirrä vaiheeseen: Sovittu' }).click();
    await page.locator('#pr-tl-err').getByText('Vastaa ensin valmiuskysymykseen').waitFor();

    await page.getByLabel('Luokka').selectOption({ label: 'Työyhteisö' });
    await page.getByLabel('Työntekijät').check();
    await page.getByLabel('Aika: tilaisuus 1').fill('2025-03-10T09:00');
    await page.getByLabel('Paikka: tilaisuus 1').fill('Koulun auditorio');
    await page.getByRole('group', { name: 'Pystyykö työyhteisö tähän nyt?' }).getByLabel('Ei').check();
    await page.getByRole('note').getByText('Vastaus on ”ei”. Harkitse', { exact: false }).waitFor();
    await page.getByLabel('Kenen osallistujien edustajien kanssa on sovittu').fill('Luottamusmies ja rehtori');
    await page.getByLabel('Milloin sovittu').fill('2025-02-20');
    await page.getByRole('group', { name: 'Saako tulokset jakaa yksikön ulkopuolelle?' }).getByLabel('Kyllä').check();
    // a wrong number is shown at its field
    await page.getByLabel('Osallistujien määrä').fill('-3');
    await page.getByRole('button', { name: 'Tallenna toimeksianto' }).click();
    await page.getByText('Anna kokonaisluku väliltä 0–100 000.').waitFor();
    expect(await page.getByLabel('Osallistujien määrä').getAttribute('aria-invalid')).toBe('true');
    await page.getByLabel('Osallistujien määrä').fill('12');
    await page.getByRole('button', { name: 'Tallenna toimeksianto' }).click();
    await page.getByTestId('announcer').getByText('Toimeksianto on tallennettu.').waitFor();
    await noAxe(page, 'commission page');

    // "no" needs a reason: asked in a dialog, an empty one is refused
    // by keyboard: Enter opens it with the focus in the reason, Escape closes it and returns the focus
    const next = page.getByRole('button', { name: 'Siirrä vaiheeseen: Sovittu' });
    await next.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Perustele dialogin aloittaminen' });
    await dialog.waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('pr-ov-reason');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => next.evaluate((b) => b === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Siirrä sovituksi' }).click();
    await dialog.getByText('Kirjoita perustelu.').waitFor();
    await noAxe(page, 'override dialog');
    await dialog.getByLabel('Perustelu').fill('Työsuojelu tukee; aloitetaan pienellä ryhmällä');
    await dialog.getByRole('button', { name: 'Siirrä sovituksi' }).click();
    await expect.poll(() => current(page).innerText()).toContain('Sovittu');
    await page.locator('.pr-timeline').getByText('Perustelu: Työsuojelu tukee', { exact: false }).waitFor();
    await page.locator('.pr-timeline').getByText('Vetäjä Yksi', { exact: false }).first().waitFor();
    await page.getByRole('button', { name: 'Siirrä vaiheeseen: Tilaisuus 1' }).click();
    await expect.poll(() => current(page).innerText()).toContain('Tilaisuus 1');

    const saved = await http<{ state: string; participants: number; readinessOverride: string }>(
      s,
      'GET',
      `/api/processes/${p1.id}/commission`,
      undefined,
      { cookie: fac1 },
    );
    expect(saved.body).toMatchObject({
      state: 'session1',
      participants: 12,
      readinessOverride: 'Työsuojelu tukee; aloitetaan pienellä ryhmällä',
    });

    // moved meanwhile elsewhere: the stale button is refused in words and the timeline catches up
    expect((await http(s, 'POST', `/api/processes/${p1.id}/transition`, { to: 'session2' }, { cookie: fac1 })).status).toBe(200);
    await page.getByRole('button', { name: 'Siirrä vaiheeseen: Tilaisuus 2' }).click();
    await page.locator('#pr-tl-err').getByText('Dialogin tilaa ei voi muuttaa näin.', { exact: false }).waitFor();
    await expect.poll(() => current(page).innerText()).toContain('Tilaisuus 2');

    // the process page shows the compact life cycle
    await page.goto(`${s.base}/fi/processes/${p1.id}`);
    await page.locator('.pr-compact').getByText('Vaihe: Tilaisuus 2').waitFor();
  });

  test('[PR5][PR6] the coordinator filters the list, reads the statistics and downloads the CSV', async () => {
    const body = {
      categoryId: cats.find((c) => c.name === 'Erätauko')!.id,
      method: 'eratauko',
      plans: [{ session: 'session1', startsAt: Date.parse('2025-04-15T10:00:00+03:00'), place: 'Kirjasto' }],
      readiness: 'yes',
      agreedWith: 'Henkilöstön edustaja',
      participants: 20,
    };
    expect((await http(s, 'PUT', `/api/processes/${p2.id}/commission`, body, { cookie: fac2 })).status).toBe(200);
    for (const to of ['agreed', 'session1'])
      expect((await http(s, 'POST', `/api/processes/${p2.id}/transition`, { to }, { cookie: fac2 })).status).toBe(200);

    const page = await pageAs(coord, '/fi/');
    await page.getByRole('link', { name: 'Dialogiohjelma: Testiorganisaatio' }).click();
    await page.getByRole('heading', { name: 'Dialogiohjelma: Testiorganisaatio' }).waitFor();
    await page.getByTestId('pr-count').getByText('2 dialogia').waitFor();

    await page.getByLabel('Yksikkö', { exact: true }).selectOption('Koulu');
    await page.getByRole('button', { name: 'Rajaa', exact: true }).click();
    await page.getByTestId('pr-count').getByText('1 dialogi').waitFor();
    expect(new URL(page.url()).searchParams.get('unit')).toBe('Koulu');
    const list = page.getByRole('table', { name: 'Dialogit', exact: true });
    expect(await list.innerText()).toContain('Koulun dialogi');
    expect(await list.innerText()).not.toContain('Kirjaston dialogi');
    // the calendar shows the month of session 1 with the dialogue on its day
    await page.getByRole('table', { name: 'Dialogit, maaliskuu 2025' }).getByRole('link', { name: 'Koulun dialogi' }).waitFor();
    // the filter survives a reload (it is in the URL)
    await page.reload();
    await page.getByTestId('pr-count').getByText('1 dialogi').waitFor();
    expect(await page.getByLabel('Yksikkö', { exact: true }).inputValue()).toBe('Koulu');

    const stats = await statsShown(page);
    expect(stats.labelledBy).toBe('pr-chart-title pr-chart-desc');
    expect(stats.chart).toBe('2025-03: 1 dialogia, 12 osallistujaa; 2025-04: 1 dialogia, 20 osallistujaa');
    expect(stats.rows).toEqual([
      '2025-03 Työyhteisö Koulu 1 12',
      'Yhteensä 2025-03 1 12',
      '2025-04 Erätauko Kirjasto 1 20',
      'Yhteensä 2025-04 1 20',
    ]);
    await noAxe(page, 'coordinator view');

    // the calendar moves by month
    await page.getByRole('button', { name: 'Seuraava kuukausi' }).click();
    await page.getByRole('table', { name: 'Dialogit, huhtikuu 2025' }).waitFor();

    // categories: add (a duplicate is refused in words), rename, archive
    const box = page.locator('section.pr-cats');
    await box.getByLabel('Uusi luokka').fill('Kohtaamo');
    await box.getByRole('button', { name: 'Lisää luokka' }).click();
    await page.getByTestId('announcer').getByText('Luokka Kohtaamo lisättiin.').waitFor();
    await box.getByLabel('Uusi luokka').fill('kohtaamo');
    await box.getByRole('button', { name: 'Lisää luokka' }).click();
    await box.getByTestId('form-error').getByText('Tämä on jo olemassa.').waitFor();
    await box.getByRole('button', { name: 'Nimeä uudelleen: Kohtaamo' }).click();
    await box.getByLabel('Uusi nimi: Kohtaamo').fill('Kohtaamo-ilta');
    await box.getByRole('button', { name: 'Nimeä uudelleen', exact: true }).click();
    await box.getByRole('button', { name: 'Arkistoi: Kohtaamo-ilta' }).click();
    await box.getByRole('button', { name: 'Palauta: Kohtaamo-ilta' }).waitFor();
    const after = (await http<CategoryView[]>(s, 'GET', `/api/orgs/${org}/categories`, undefined, { cookie: coord })).body;
    expect(after.find((c) => c.name === 'Kohtaamo-ilta')).toMatchObject({ archived: true });

    // from the list to a commission: the coordinator reads it, without save or move buttons [PR4]
    await list.getByRole('link', { name: 'Koulun dialogi' }).click();
    await page.getByRole('heading', { name: 'Toimeksianto ja elinkaari' }).waitFor();
    await page.getByText('Roolisi: koordinaattori').waitFor();
    expect(await page.getByLabel('Luokka').isDisabled()).toBe(true);
    expect(await page.getByRole('button', { name: /Tallenna toimeksianto|Siirrä vaiheeseen/ }).count()).toBe(0);
    await page.goBack();
    await page.getByTestId('pr-count').getByText('1 dialogi').waitFor();

    const href = await page.getByRole('link', { name: 'Lataa CSV' }).getAttribute('href');
    const csv = await http<string>(s, 'GET', href!, undefined, { cookie: coord });
    expect(csv.status).toBe(200);
    expect(String(csv.body)).toContain('Työyhteisö');
    // the link carries the page's language, so the headers are the words of the table on the page
    expect(href).toContain('lang=fi');
    expect(String(csv.body)).toContain('Jakso,Luokka,Yksikkö,Dialogeja,Osallistujia\r\n');
  });
});
