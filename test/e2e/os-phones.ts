// What a participant does on the phone in an Open Space: propose, choose and move (the law of
// two feet), write on the flipchart, send a photo, add a pearl, answer the feedback.
import type { Page } from 'playwright-core';
import type { Phone } from './phones.ts';
import { visible, waitContains, waitH1, waitText, waitUntil } from './wait.ts';

const byName = (page: Page, role: 'button' | 'textbox' | 'heading', name: string) => page.getByRole(role, { name, exact: true });

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** "Valitse: <theme>" / "Mene ryhmään 2: <theme>": the visible word plus the theme (aria-label). */
export function themeButton(page: Page, action: string, title: string) {
  return page.getByRole('button', { name: new RegExp(`^${escape(action)}: ${escape(title)}$`) });
}

/** The polite live region of the phone (toast) */
export function phoneToast(p: Phone) {
  return p.page.locator('.p-toast[aria-live="polite"]');
}

/** "Ehdota teemaa": types a name, sends it and waits until it is listed as waiting for the facilitator. */
export async function proposeTheme(p: Phone, name: string): Promise<void> {
  await byName(p.page, 'textbox', 'Teeman nimi').fill(name);
  await byName(p.page, 'button', 'Ehdota').click();
  const mine = p.page.locator('.os-proposal').filter({ hasText: name });
  await waitContains(mine.locator('.os-proposal-status'), 'Odottaa vetäjää', `${p.who}: proposal waiting`);
}

/** One tap on "Valitse" of a theme; waits for the phone to confirm the place. */
export async function chooseTheme(p: Phone, title: string): Promise<void> {
  await themeButton(p.page, 'Valitse', title).click();
  await waitContains(p.page.locator('.p-callout'), `Valitsit: ${title} · ryhmä`, `${p.who}: chose ${title}`);
  // the pressed button is gone: focus is on the chosen theme's name, not lost to <body>
  await waitUntil(
    () => p.page.evaluate((t) => document.activeElement?.tagName === 'H3' && document.activeElement.textContent === t, title),
    5000,
    `${p.who}: focus on the chosen theme`,
  );
}

/**
 * The law of two feet during group work: "Vaihda teemaa" opens the theme list, the tap moves
 * the phone (to a theme, or to a given group of a split theme) and its new group's view opens.
 */
export async function moveTo(p: Phone, title: string, group?: number): Promise<void> {
  await p.page.getByRole('button', { name: 'Vaihda teemaa', expanded: false }).first().click();
  await visible(byName(p.page, 'heading', 'Valitse uusi teema'), `${p.who}: the theme list opened`);
  await themeButton(p.page, group ? `Mene ryhmään ${group}` : 'Valitse', title).click();
  await waitH1(p.page, `Teemasi: ${title}`, `${p.who}: moved to ${title}`);
  await waitUntil(
    () => p.page.evaluate(() => document.activeElement?.tagName === 'H1'),
    5000,
    `${p.who}: focus on the new group's heading`,
  );
  await waitContains(phoneToast(p), `Olet nyt teemassa ${title}, ryhmä`, `${p.who}: the move is announced`);
}

/** Adds a line to one part of my group's flipchart ("Lisää tärkeä teema" / "Lisää avainsana"). */
export async function addFlip(p: Phone, field: 'Lisää tärkeä teema' | 'Lisää avainsana', text: string): Promise<void> {
  const box = byName(p.page, 'textbox', field);
  await box.fill(text);
  await box.press('Enter');
  const part = field === 'Lisää tärkeä teema' ? 'flip-key-h' : 'flip-keyword-h';
  await waitContains(p.page.locator(`section[aria-labelledby="${part}"] ul.os-items`), text, `${p.who}: "${text}" on the flipchart`);
}

/** Chooses a picture file, describes it and sends it; waits for the thumbnail to show. */
export async function uploadPhoto(p: Phone, png: Buffer, alt: string): Promise<void> {
  await p.page.getByLabel('Ota kuva fläpistä tai valitse kuva', { exact: true }).setInputFiles({
    name: 'flappi.png',
    mimeType: 'image/png',
    buffer: png,
  });
  await byName(p.page, 'textbox', 'Mitä kuvassa on? (ei pakollinen)').fill(alt);
  await byName(p.page, 'button', 'Lähetä kuva').click();
  await waitContains(phoneToast(p), 'Kuva tallennettu.', `${p.who}: photo saved`, 15_000);
  const img = await visible(p.page.locator('.os-thumbs img.os-thumb'), `${p.who}: thumbnail`);
  await waitUntil(() => img.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth > 0), 5000, `${p.who}: thumbnail loaded`);
  await waitText(p.page.locator('.os-thumbs figcaption'), alt, `${p.who}: photo caption`);
}

/** Writes a pearl for my group (in the pearls phase). */
export async function addPearl(p: Phone, text: string): Promise<void> {
  await byName(p.page, 'textbox', 'Kirjoita helmi').fill(text);
  await byName(p.page, 'button', 'Lisää helmi').click();
  await waitContains(p.page.locator('.os-my-pearls ul.os-pearls'), text, `${p.who}: my pearl listed`);
}

export const SCALE = ['täysin eri mieltä', 'vähän eri mieltä', 'en osaa sanoa', 'vähän samaa mieltä', 'täysin samaa mieltä'];
export const STATEMENTS = [
  'Dialogista oli hyötyä työlleni.',
  'Sain sanoa sen, mitä halusin.',
  'Kuulin muilta uusia näkökulmia.',
  'Uskon, että sovittu jatko toteutuu.',
];

/** The feedback form: one value per statement (null skips it) and the open answer. */
export async function giveFeedback(p: Phone, scores: (number | null)[], open: string): Promise<void> {
  for (const [i, v] of scores.entries()) {
    if (v === null) continue;
    const group = p.page.getByRole('group', { name: STATEMENTS[i]!, exact: true });
    await group.getByRole('radio', { name: `${v} ${SCALE[v - 1]!}`, exact: true }).check();
  }
  if (open) await byName(p.page, 'textbox', 'Mitä muuttaisit?').fill(open);
  await byName(p.page, 'button', 'Lähetä palaute').click();
  await waitH1(p.page, 'Kiitos palautteesta!', `${p.who}: feedback sent`);
}
