// The facilitator pool page in the browser, under the page's real CSP: a coordinator sets a
// facilitator's allowance, assigns them to a session and records hours until the month is over
// the allowance (the warning shows and is announced); the facilitator sees their own profile
// and hours but cannot change the allowance. axe on both views. [SPEC PR7–PR10]
import { describe, expect, test } from 'vitest';
import { withServerAndBrowser } from './app-fixture.ts';
import type { Browser, Page } from 'playwright-core';
import { helsinkiMonth } from '../../src/domain/helsinki-time.ts';
import { createProcess, facilitator, http, orgId, TEST_ORG, type TestServer } from '../support/test-server.ts';
import { noAxe } from './account-pages.ts';
import { visible, waitContains, waitH1, waitText } from './wait.ts';

let s: TestServer;
let browser: Browser;
const contexts = withServerAndBrowser((app) => ({ s, browser } = app));

/** A signed-in laptop (the cookie of the account) with the page's own CSP. */
async function signedIn(cookie: string): Promise<Page> {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'fi-FI' });
  ctx.setDefaultTimeout(10_000);
  contexts.push(ctx);
  const eq = cookie.indexOf('=');
  await ctx.addCookies([{ name: cookie.slice(0, eq), value: cookie.slice(eq + 1), url: s.base }]);
  return ctx.newPage();
}

describe('facilitator pool in the browser', () => {
  test('[PR7][PR8][PR9][PR10] allowance, assignment, hours over the allowance; the facilitator sees their own', async () => {
    const org = await orgId(s);
    const coordinator = await facilitator(s, 'koordinaattori@example.fi', { roles: ['coordinator'], name: 'Kaisa Koordinaattori' });
    const ville = await facilitator(s, 'ville@example.fi', { roles: ['facilitator'], name: 'Ville Vetäjä' });
    const owner = await facilitator(s, 'olli@example.fi', { roles: ['facilitator'], name: 'Olli Omistaja' });
    const proc = await createProcess(s, owner, { name: 'Koulun dialogi', unit: 'Koulu' });
    expect(proc.orgId).toBe(org);
    const poolUrl = `${s.base}/fi/orgs/${org}/pool`;

    // the coordinator: the header leads to the pool
    const page = await signedIn(coordinator);
    await page.goto(`${s.base}/fi/`);
    await page.getByRole('link', { name: `Vetäjäpooli: ${TEST_ORG}` }).click();
    await waitH1(page, `Vetäjäpooli – ${TEST_ORG}`, 'coordinator');
    expect(new URL(page.url()).pathname).toBe(`/fi/orgs/${org}/pool`);
    await waitContains(page.locator('#po-list-caption'), 'Organisaation vetäjät (2)', 'two in the pool');
    await noAxe(page, 'pool page, coordinator');

    // allowance 6 h for Ville
    await page.getByRole('button', { name: 'Muokkaa profiilia: Ville Vetäjä' }).click();
    await page.getByLabel('Kielet').fill('suomi, ruotsi');
    await page.getByLabel('Hyvän kasvun dialogi').check();
    await page.getByLabel('Kuukausikiintiö (tuntia)').fill('6');
    await page.getByRole('button', { name: 'Tallenna profiili' }).click();
    await waitText(page.locator('section[aria-labelledby=po-list-title] > p[role=status]'), 'Profiili tallennettu: Ville Vetäjä.', 'saved');
    const villeRow = page.getByTestId('po-row-ville@example.fi');
    await waitContains(villeRow, '6 h', 'allowance in the table');
    expect(await villeRow.innerText()).toContain('suomi, ruotsi');

    // assign Ville to session 1 of the dialogue
    await page.locator('#po-as-dialogue').selectOption(proc.id);
    await page.locator('#po-as-session').selectOption('session1');
    await page.locator('.po-assign-form').getByLabel('Ville Vetäjä').check();
    await page.getByRole('button', { name: 'Tallenna nimeäminen' }).click();
    await waitText(page.locator('.po-assign-form [role=status]'), 'Nimetty: Koulun dialogi, Tilaisuus 1: Ville Vetäjä.', 'assigned');
    await waitContains(page.locator('.po-assign tbody tr').first(), 'Ville Vetäjä', 'shown in the table');

    // 4 h: within the allowance
    await page.locator('#po-rec-dialogue').selectOption(proc.id);
    await page.locator('#po-rec-who').selectOption({ label: 'Ville Vetäjä' });
    await page.getByLabel('Tunnit', { exact: true }).fill('4');
    await page.getByRole('button', { name: 'Kirjaa tunnit' }).click();
    const result = page.getByTestId('po-rec-result');
    await waitText(result, /^Kirjattu\. Ville Vetäjä: \S+ \d{4} yhteensä 4 h, kiintiö 6 h\.$/, 'within');
    // 3 h more from the keyboard: 7 h is over 6 h
    await page.getByLabel('Tunnit', { exact: true }).focus();
    await page.keyboard.type('3');
    await page.keyboard.press('Enter');
    await waitText(result, /^⚠ Varoitus: Ville Vetäjä ylittää kuukausikiintiön\. \S+ \d{4} yhteensä 7 h, kiintiö 6 h\.$/, 'over');
    expect(await result.getAttribute('role')).toBe('status');
    const hoursRow = page.locator('.po-hours tbody tr', { hasText: 'Ville Vetäjä' });
    await waitText(hoursRow, /Ville Vetäjä\s+7 h\s+6 h\s+⚠ Kiintiö ylittyy/, 'the month table warns');
    await noAxe(page, 'pool page, coordinator, over the allowance');

    // the facilitator: their own profile and hours, no allowance field; the server refuses it too
    const own = await signedIn(ville);
    await own.goto(`${s.base}/fi/`);
    await own.getByRole('link', { name: `Omat tunnit: ${TEST_ORG}` }).click();
    await waitH1(own, `Omat vetäjätiedot ja tunnit – ${TEST_ORG}`, 'facilitator');
    await waitContains(own.locator('#po-list-caption'), 'Oma vetäjäprofiilisi', 'own profile');
    expect(await own.locator('.po-table tbody tr').count()).toBe(1);
    await waitText(own.locator('.po-hours tbody tr'), /Ville Vetäjä\s+7 h\s+6 h\s+⚠ Kiintiö ylittyy/, 'own hours');
    // their own hours on the session they are assigned to (no choice of person), with a decimal comma
    expect(await own.locator('#po-rec-who').count()).toBe(0);
    await own.locator('#po-rec-dialogue').selectOption(proc.id);
    await own.getByLabel('Tunnit', { exact: true }).fill('0,5');
    await own.getByRole('button', { name: 'Kirjaa tunnit' }).click();
    await waitText(
      own.getByTestId('po-rec-result'),
      /^⚠ Varoitus: Ville Vetäjä ylittää kuukausikiintiön\. .* 7,5 h, kiintiö 6 h\.$/,
      'own over',
    );
    await waitText(own.locator('.po-hours tbody tr'), /Ville Vetäjä\s+7,5 h\s+6 h/, 'own table updated');
    await own.getByRole('button', { name: 'Muokkaa profiilia: Ville Vetäjä' }).click();
    await visible(own.getByTestId('po-own-allowance'), 'allowance as text');
    expect(await own.getByTestId('po-own-allowance').innerText()).toContain('Kuukausikiintiösi: 6 h.');
    expect(await own.locator('#po-allowance').count()).toBe(0);
    expect(await own.locator('#po-as-title').count()).toBe(0);
    await noAxe(own, 'pool page, facilitator');
    await own.getByLabel('Saatavuus').fill('Arkisin iltapäivisin');
    await own.getByRole('button', { name: 'Tallenna profiili' }).click();
    await waitContains(own.getByTestId('po-row-ville@example.fi'), 'Arkisin iltapäivisin', 'own profile saved');
    const refused = await http(
      s,
      'PUT',
      `/api/orgs/${org}/facilitators/${(await s.app.deps.store.users.byEmail('ville@example.fi'))!.id}`,
      { allowanceHours: 100 },
      { cookie: ville },
    );
    expect(refused.status).toBe(403);
    await page.goto(poolUrl);
    await waitContains(page.getByTestId('po-row-ville@example.fi'), '6 h', 'allowance unchanged');
    // another month has none of these hours
    const [y, m] = helsinkiMonth(Date.now()).split('-').map(Number) as [number, number];
    const previous = m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
    await page.locator('#po-month').fill(previous);
    await waitText(
      page.locator('.po-hours tbody tr', { hasText: 'Ville Vetäjä' }),
      /Ville Vetäjä\s+0 h\s+6 h\s+Kiintiön rajoissa/,
      'previous month',
    );
  }, 40_000);
});
