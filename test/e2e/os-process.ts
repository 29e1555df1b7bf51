// After the Open Space, on the process pages: the follow-up agreement, two actions, and the
// PDF / CSV downloads read back as a person would see them. [SPEC O6, D1, D2, D4]
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { pdfPages } from '../../src/reports/test-helpers.ts';
import { visible, waitContains, waitText } from './wait.ts';

export interface ActionInput {
  title: string;
  owner: string;
  /** YYYY-MM-DD */
  due: string;
  theme: string;
}

export interface FollowupInput {
  heard: string;
  /** plans in the order of the prefilled theme rows */
  plans: { theme: string; plan: string }[];
  nextMeeting: string;
  place: string;
}

/** Fills the agreement (the theme rows come prefilled from the sessions) and saves it. */
export async function fillFollowup(page: Page, f: FollowupInput): Promise<void> {
  await page.getByRole('textbox', { name: 'Mitä kuulimme', exact: true }).fill(f.heard);
  for (const [i, p] of f.plans.entries()) {
    const n = i + 1;
    const theme = page.getByRole('combobox', { name: `Teeman ${n} nimi`, exact: true });
    const value = await theme.inputValue();
    if (value !== p.theme) throw new Error(`theme row ${n} was prefilled with "${value}", wanted "${p.theme}"`);
    await page.getByRole('textbox', { name: `Teeman ${n} suunnitelma`, exact: true }).fill(p.plan);
  }
  await page.getByRole('radio', { name: 'Kyllä', exact: true }).check();
  await page.getByLabel('Seuraavan tapaamisen aika', { exact: true }).fill(f.nextMeeting);
  await page.getByRole('textbox', { name: 'Seuraavan tapaamisen paikka', exact: true }).fill(f.place);
  await page.getByRole('button', { name: 'Tallenna jatkotyöskentely', exact: true }).click();
  await waitContains(page.getByTestId('followup-state'), 'Jatkotyöskentely tallennettu.', 'follow-up saved');
  await visible(page.getByRole('link', { name: 'Lataa kalenteritapahtuma (.ics)' }), 'follow-up: calendar event link');
}

/** Adds one action with the form and waits for its row in the table. */
export async function addAction(page: Page, a: ActionInput, count: number): Promise<void> {
  await page.getByRole('textbox', { name: 'Toimenpide', exact: true }).fill(a.title);
  await page.getByRole('textbox', { name: 'Vastuuhenkilö', exact: true }).fill(a.owner);
  await page.getByLabel('Määräaika', { exact: true }).fill(a.due);
  await page.getByRole('combobox', { name: 'Teema', exact: true }).selectOption(a.theme);
  await page.getByRole('button', { name: 'Lisää toimenpide', exact: true }).click();
  await waitText(page.locator('#pp-act-caption'), `Toimenpiteet (${count})`, `actions table has ${count} rows`);
  const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: a.title, exact: true }) });
  await waitContains(row, a.owner, `action row "${a.title}": owner`);
  await waitContains(row, a.theme, `action row "${a.title}": theme`);
}

/** Clicks a download link and returns the bytes of the file the browser saved. */
export async function download(page: Page, linkName: string): Promise<{ name: string; bytes: Buffer }> {
  const link = await visible(page.getByRole('link', { name: linkName, exact: true }), `download link ${linkName}`);
  const [dl] = await Promise.all([page.waitForEvent('download', { timeout: 15_000 }), link.click()]);
  const path = await dl.path();
  const failure = await dl.failure();
  if (failure) throw new Error(`download ${linkName} failed: ${failure}`);
  return { name: dl.suggestedFilename(), bytes: await readFile(path) };
}

/** The PDF's text, all pages, whitespace collapsed. */
export async function pdfText(bytes: Buffer): Promise<string> {
  if (bytes.subarray(0, 5).toString('latin1') !== '%PDF-') throw new Error('not a PDF');
  return (await pdfPages(bytes)).join(' ').replace(/\s+/g, ' ');
}
