// The practice library in the browser [SPEC L1–L10; issue 9]: the commissioner publishes a good
// practice to the shared library (a privacy finding shown and edited first); a user of another
// organisation finds it with an inflected Finnish word and the search stays in the address; a
// coordinator builds a meetup with it (running order moved with the keyboard) and turns the public
// link on; the public page shows it signed out, and after the link is off the not-found text.
// axe finds nothing on the publishing view, the library, the meetups page and the public page.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launch } from '../support/browser.ts';
import { facilitator, http, orgId, startServer, type TestServer } from '../support/test-server.ts';
import { dialogue, type Dialogue } from '../api/library-fixtures.ts';
import { laptop, noAxe } from './account-pages.ts';
import { tabTo } from './keyboard.ts';
import { activeElement, textOf, visible, waitContains, waitH1, waitText, waitUntil } from './wait.ts';

const ORG_B = 'Toinen kunta';
const PARTICIPANT = 'Maija Meikäläinen';
const TITLE = 'Tervetulosoitto perheille';
const SECOND = 'Lasten oma hetki';
const MEETUP = 'Kevään kohtaamo';

let s: TestServer;
let browser: Browser;
const contexts: BrowserContext[] = [];
const c = {} as Record<'owner' | 'commissioner' | 'coordinator' | 'readerB', string>;
let d: Dialogue;
let orgA: string;
let publicUrl = '';

beforeAll(async () => {
  s = await startServer();
  browser = await launch();
  c.owner = await facilitator(s, 'owner@example.fi');
  c.commissioner = await facilitator(s, 'tilaaja@example.fi', { roles: ['commissioner'], name: 'Tiina Tilaaja' });
  c.coordinator = await facilitator(s, 'koordinaattori@example.fi', { roles: ['coordinator'], name: 'Kalle Koordinaattori' });
  orgA = await orgId(s);
  await orgId(s, ORG_B);
  c.readerB = await facilitator(s, 'lukija-b@example.fi', { org: ORG_B, name: 'Liisa Lukija' });
  d = await dialogue(s, PARTICIPANT, c.owner, 'tilaaja@example.fi', 'Perhekeskus Pohjoinen', 'Yhteistyö kotien kanssa', [
    {
      title: TITLE,
      description: 'Soitamme jokaiselle perheelle ennen aloitusta, jotta vanhemmat tuntevat olevansa tervetulleita.',
      keywords: ['soitto', 'vanhemmat'],
      context: 'Päiväkodit ja koulut',
    },
    { title: SECOND, description: 'Jokainen lapsi kertoo viikostaan.', keywords: ['lapset'], context: 'Koulu' },
  ]);
  // the commission's consent to share outside the unit, through the API as the commissioner
  const put = await http(s, 'PUT', `/api/processes/${d.p.id}/commission`, { consentToShare: 'yes' }, { cookie: c.commissioner });
  expect(put.status).toBe(200);
  // a second practice in the organisation's own library, for the running order
  const pub = await http(
    s,
    'POST',
    `/api/processes/${d.p.id}/library`,
    { practiceId: d.practices[1], scope: 'org' },
    { cookie: c.commissioner },
  );
  expect(pub.status).toBe(201);
}, 30_000);

afterAll(async () => {
  for (const x of contexts) await x.close().catch(() => undefined);
  await browser?.close().catch(() => undefined);
  await s?.stop();
});

const waitH2 = (page: Page, name: string) => visible(page.getByRole('heading', { level: 2, name }), `h2 ${name}`);

/** A laptop signed in with the account's cookie, under the page's real CSP. */
async function as(cookie: string): Promise<Page> {
  const page = await laptop(browser, contexts);
  const [name, ...value] = cookie.split('=');
  await page.context().addCookies([{ name: name!, value: value.join('='), url: s.base }]);
  return page;
}

describe('practice library in the browser', () => {
  test('[L1–L4] the commissioner publishes to the shared library after fixing a privacy finding', async () => {
    const page = await as(c.commissioner);
    await page.goto(`${s.base}/fi/processes/${d.p.id}/summary`);
    await visible(page.getByRole('heading', { name: 'Hyvät käytännöt kirjastoon' }), 'publishing section');
    await waitContains(page.getByTestId('consent-state'), 'saa jakaa', 'consent yes');
    const item = page.locator('.lib-pub-item', { has: page.getByRole('heading', { name: TITLE }) });
    await waitText(item.getByTestId('publication-state'), 'Ei julkaistu', 'not yet published');
    await item.getByRole('button', { name: `Julkaise: ${TITLE}` }).click();
    const form = page.getByRole('form', { name: `Julkaistava kopio: ${TITLE}` });
    await visible(form, 'publish form');
    await form.getByLabel('Toimiala').selectOption('early_childhood');
    // the copy is edited: a phone number slips into the description
    const description = form.getByLabel('Kuvaus');
    await description.fill(`${await description.inputValue()} Kysy lisää numerosta 040 123 4567.`);
    await noAxe(page, 'publish form');
    // the commission's consent narrowed meanwhile: the server's 409 is said in words
    const consent = (v: string) => http(s, 'PUT', `/api/processes/${d.p.id}/commission`, { consentToShare: v }, { cookie: c.commissioner });
    expect((await consent('later')).status).toBe(200);
    await form.getByRole('button', { name: 'Julkaise yhteiseen kirjastoon' }).click();
    await waitContains(form.getByTestId('form-error'), 'toimeksiannossa ei ole lupaa', 'consent required');
    expect((await consent('yes')).status).toBe(200);
    await form.getByRole('button', { name: 'Julkaise yhteiseen kirjastoon' }).click();
    // the privacy scan: what was found and where; back to editing puts the focus in that field
    const review = form.getByRole('group', { name: 'Kopiossa voi olla henkilötietoja' });
    await waitContains(review, 'Kuvaus: 040 123 4567 – puhelinnumero', 'privacy finding');
    await noAxe(page, 'privacy finding');
    await review.getByRole('button', { name: 'Muokkaa tekstiä' }).click();
    await waitUntil(async () => (await activeElement(page)).tag === 'textarea', 3000, 'focus in the description');
    await description.fill('Soitamme jokaiselle perheelle ennen aloitusta, jotta vanhemmat tuntevat olevansa tervetulleita.');
    await form.getByRole('button', { name: 'Julkaise yhteiseen kirjastoon' }).click();
    await waitText(item.getByTestId('publication-state'), 'Julkaistu: yhteinen kirjasto', 'published to shared');
    // the form is gone: focus is on the record's new state, not lost to <body>
    await waitUntil(async () => (await activeElement(page)).text === 'Julkaistu: yhteinen kirjasto', 3000, 'focus on the new state');
    await visible(item.getByRole('button', { name: `Peru julkaisu: ${TITLE}` }), 'withdraw button');
    const second = page.locator('.lib-pub-item', { has: page.getByRole('heading', { name: SECOND }) });
    await waitText(second.getByTestId('publication-state'), 'Julkaistu: organisaation kirjasto', 'second in the org library');
    await noAxe(page, 'publishing view');
  });

  test('[L5–L7] another organisation finds it with an inflected word; the search stays in the address', async () => {
    const page = await as(c.readerB);
    await page.goto(`${s.base}/fi/library`);
    await waitH1(page, 'Käytäntökirjasto', 'library');
    expect(await textOf(page.locator('#lib-q-hint'))).toContain('taivutetut');
    await page.getByLabel('Hakusanat').fill('vanhemmille');
    await page.getByLabel('Hakusanat').press('Enter');
    await waitText(page.getByTestId('result-count'), 'Löytyi 1 käytäntö.', 'one result');
    expect(await page.getByTestId('result-count').getAttribute('aria-live')).toBe('polite');
    const article = page.getByRole('article', { name: TITLE });
    await visible(article, 'result article');
    const text = await textOf(article);
    expect(text).toContain('Perhekeskus Pohjoinen, Testiorganisaatio');
    expect(text).toContain('Hyvän kasvun dialogi');
    expect(text).toContain('Varhaiskasvatus');
    expect(await textOf(page.locator('main'))).not.toContain('Maija');
    expect(await textOf(page.locator('main'))).not.toContain(SECOND); // the org-only copy of another organisation
    expect(new URL(page.url()).searchParams.get('q')).toBe('vanhemmille');
    // a facet as a filter, kept in the address and after a reload
    await page.getByLabel('Toimiala').selectOption('early_childhood');
    await page.getByRole('button', { name: 'Käytä rajauksia' }).click();
    await waitUntil(() => new URL(page.url()).searchParams.get('sector') === 'early_childhood', 3000, 'sector in the address');
    await page.reload();
    await waitText(page.getByTestId('result-count'), 'Löytyi 1 käytäntö.', 'same result after reload');
    expect(await page.getByLabel('Hakusanat').inputValue()).toBe('vanhemmille');
    expect(await page.getByLabel('Toimiala').inputValue()).toBe('early_childhood');
    await noAxe(page, 'library');
  });

  test('[L8–L9] a coordinator builds a meetup with the keyboard-ordered running order and turns the link on', async () => {
    const page = await as(c.coordinator);
    await page.goto(`${s.base}/fi/orgs/${orgA}/meetups`);
    await waitH1(page, 'Kohtaamot – Testiorganisaatio', 'meetups page');
    await page.getByRole('button', { name: 'Uusi kohtaamo' }).click();
    await page.getByLabel('Nimi').fill(MEETUP);
    await page.getByLabel('Päivä').fill('2027-03-15');
    await page.getByLabel('Paikka').fill('Kaupungintalo');
    const picker = page.getByRole('group', { name: 'Lisää käytäntöjä kirjastosta' });
    await picker.getByRole('button', { name: 'Hae' }).click();
    await waitText(picker.locator('.lib-count'), 'Löytyi 2 käytäntöä.', 'own library in the picker');
    await picker.getByRole('button', { name: `Lisää ajojärjestykseen: ${TITLE}` }).click();
    await picker.getByRole('button', { name: `Lisää ajojärjestykseen: ${SECOND}` }).click();
    const order = page.locator('.lib-order .lib-order-list > li');
    await waitUntil(async () => (await order.count()) === 2, 3000, 'two items');
    // keyboard: Tab to "move down" of the first item, Enter; focus stays with the moved item
    await tabTo(page, `button[aria-label="Siirrä alas: ${TITLE}"]`, 'move down');
    await page.keyboard.press('Enter');
    await waitUntil(async () => (await order.nth(0).innerText()).includes(SECOND), 3000, 'order changed');
    await waitUntil(async () => (await activeElement(page)).label === `Siirrä ylös: ${TITLE}`, 3000, 'focus on the moved item');
    await page.keyboard.press('Enter');
    await waitUntil(async () => (await order.nth(0).innerText()).includes(TITLE), 3000, 'moved back up');
    await page.getByLabel('Huomio kohtaan 1').fill('Perhekeskus kertoo kokemuksistaan.');
    await noAxe(page, 'meetup form');
    await page.getByRole('button', { name: 'Tallenna kohtaamo' }).click();
    const card = page.getByRole('article', { name: MEETUP });
    await visible(card, 'saved meetup');
    expect(await textOf(card)).toContain('Perhekeskus kertoo kokemuksistaan.');
    // editing keeps the running order
    await card.getByRole('button', { name: `Muokkaa: ${MEETUP}` }).click();
    await waitH2(page, `Muokkaa kohtaamoa: ${MEETUP}`);
    await waitUntil(async () => (await order.count()) === 2, 3000, 'running order in the edit form');
    await page.getByLabel('Paikka').fill('Kaupungintalo, sali 2');
    await page.getByRole('button', { name: 'Tallenna kohtaamo' }).click();
    await waitContains(card, 'Kaupungintalo, sali 2', 'edited place');
    expect(await textOf(card)).toContain(SECOND);
    await card.getByRole('button', { name: 'Ota julkinen linkki käyttöön' }).click();
    const link = card.getByLabel('Julkinen linkki (vain luku, ilman kirjautumista)');
    await visible(link, 'public link');
    publicUrl = await link.inputValue();
    expect(publicUrl).toMatch(/\/fi\/meetup#[A-Za-z0-9_-]{43}$/);
    await noAxe(page, 'meetups page');
  });

  test('[L10] the public page shows the meetup signed out; after the link is off, not found', async () => {
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'fi-FI' });
    ctx.setDefaultTimeout(10_000);
    contexts.push(ctx);
    const page = await ctx.newPage();
    await page.goto(publicUrl);
    await waitH1(page, MEETUP, 'public meetup');
    expect(new URL(page.url()).hash).toBe('');
    const main = await textOf(page.locator('main'));
    expect(main).toContain(TITLE);
    expect(main).toContain(SECOND);
    expect(main).toContain('Kaupungintalo');
    expect(main).not.toContain('Maija');
    expect(main).not.toContain('Kalle');
    expect(await page.getByRole('button', { name: 'Kirjaudu ulos' }).count()).toBe(0);
    await noAxe(page, 'public meetup page');
    // a reload keeps it (the token is kept in this tab, not in the address)
    await page.reload();
    await waitH1(page, MEETUP, 'public meetup after a reload');

    const coordinator = await as(c.coordinator);
    await coordinator.goto(`${s.base}/fi/orgs/${orgA}/meetups`);
    const card = coordinator.getByRole('article', { name: MEETUP });
    await card.getByRole('button', { name: 'Poista linkki käytöstä' }).click();
    await visible(card.getByRole('button', { name: 'Ota julkinen linkki käyttöön' }), 'link off');
    await waitUntil(async () => (await activeElement(coordinator)).text === 'Ota julkinen linkki käyttöön', 3000, 'focus on "turn on"');

    await page.goto('about:blank');
    await page.goto(publicUrl);
    await waitH1(page, 'Kohtaamoa ei löytynyt', 'link turned off');
    await waitContains(page.getByTestId('meetup-gone'), 'Linkki ei toimi', 'not-found text');
  });
});
