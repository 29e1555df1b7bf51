// Participant phones: mobile contexts that join with the code and write notes.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { visible, waitContains, waitH1, waitText } from './wait.ts';

export interface Phone {
  /** for messages: "phone 3" */
  who: string;
  ctx: BrowserContext;
  page: Page;
  /** participant id (from localStorage vp.join.<CODE>) */
  id: string;
  /** display name given when joining, if any */
  name: string | null;
}

export const LOBBY_H1 = 'Odota hetki';
export const JOIN_FAILED = 'Koodilla ei löytynyt avointa tilaisuutta. Tarkista koodi.';

/** A 360×740 touch phone with its own storage. bypassCSP only so that axe can be injected. */
export async function newPhoneContext(browser: Browser): Promise<BrowserContext> {
  const ctx = await browser.newContext({
    viewport: { width: 360, height: 740 },
    isMobile: true,
    hasTouch: true,
    bypassCSP: true,
    locale: 'fi-FI',
  });
  ctx.setDefaultTimeout(15_000);
  return ctx;
}

export type JoinHow = { via: 'link'; path: string } | { via: 'typed'; typed: string; wrongFirst?: string } | { via: 'name'; name: string };

/** Opens the join page the given way, presses Liity and waits for the lobby. */
export async function joinPhone(browser: Browser, base: string, code: string, how: JoinHow, who: string): Promise<Phone> {
  const ctx = await newPhoneContext(browser);
  const page = await ctx.newPage();
  const codeField = page.getByRole('textbox', { name: 'Osallistumiskoodi' });
  if (how.via === 'typed') {
    await page.goto(`${base}/fi/join`);
    await visible(codeField, `${who}: code field`);
    if (how.wrongFirst) {
      await failJoin(page, how.wrongFirst, who);
      await codeField.fill('');
    }
    await codeField.pressSequentially(how.typed, { delay: 10 });
  } else {
    await page.goto(`${base}${how.via === 'link' ? how.path : `/fi/join/${code}`}`);
    await visible(codeField, `${who}: code field`);
    // the code from the link is shown in its readable form
    await waitUntilValue(page, code.slice(0, 4) + '-' + code.slice(4), who);
    if (how.via === 'name') await page.getByRole('textbox', { name: 'Nimesi (ei pakollinen)' }).fill(how.name);
  }
  await page.getByRole('button', { name: 'Liity' }).click();
  await waitH1(page, LOBBY_H1, who);
  await waitText(page.locator('.p-conn'), 'Yhteys kunnossa', `${who}: connection status`);
  const stored = await page.evaluate((k) => localStorage.getItem(k), `vp.join.${code}`);
  if (!stored) throw new Error(`${who}: no vp.join.${code} in localStorage after joining`);
  const id = (JSON.parse(stored) as { participantId: string }).participantId;
  return { who, ctx, page, id, name: how.via === 'name' ? how.name : null };
}

async function waitUntilValue(page: Page, value: string, who: string): Promise<void> {
  await page
    .waitForFunction((v) => (document.getElementById('join-code') as HTMLInputElement | null)?.value === v, value, { timeout: 10_000 })
    .catch(() => {
      throw new Error(`${who}: join code field never showed ${value}`);
    });
}

/** The join form's error region (aria-live, focused when it shows a message). */
export function joinError(page: Page) {
  return page.locator('.p-error[aria-live]');
}

/** Tries a code on the join form and waits for the friendly error; returns the text shown. */
export async function failJoin(page: Page, code: string, who: string): Promise<string> {
  const field = page.getByRole('textbox', { name: 'Osallistumiskoodi' });
  await field.fill('');
  await field.pressSequentially(code, { delay: 10 });
  await page.getByRole('button', { name: 'Liity' }).click();
  const text = await waitText(joinError(page), JOIN_FAILED, `${who}: join error for ${code}`);
  const focusedError = await page.evaluate(() => document.activeElement?.classList.contains('p-error') ?? false);
  if (!focusedError) throw new Error(`${who}: the join error did not take focus`);
  return text;
}

const noteField = (page: Page) => page.getByRole('textbox', { name: 'Kirjoita lappu' });
const sendButton = (page: Page) => page.getByRole('button', { name: 'Lähetä', exact: true });

/** Types a note and presses Lähetä. */
export async function writeNote(phone: Phone, text: string): Promise<void> {
  await noteField(phone.page).fill(text);
  await sendButton(phone.page).click();
}

/** The sent-notes entry for this text in a given state (sending / saved / failed). */
export function sentNote(phone: Phone, text: string, status: 'sending' | 'saved' | 'failed') {
  return phone.page.locator(`.p-sent.${status}`).filter({ hasText: text });
}

/** Waits until my note shows as saved ("Tallennettu") and the live region said so. */
export async function waitSaved(phone: Phone, text: string, ms = 15_000): Promise<void> {
  const item = await visible(sentNote(phone, text, 'saved'), `${phone.who}: note saved "${text}"`, ms);
  await waitContains(item.locator('.p-sent-status'), 'Tallennettu', `${phone.who}: saved status text`);
}

/** The notes list of the table the phone is at. */
export function tableNotes(phone: Phone) {
  return phone.page.locator('ul.p-notes');
}

/** The polite live region (shown as a toast). */
export function toast(phone: Phone) {
  return phone.page.locator('.p-toast[aria-live="polite"]');
}

/** Presses Lähetä and, in the same task, drops the socket as a network loss would. */
export async function sendAndDrop(phone: Phone, text: string): Promise<void> {
  await noteField(phone.page).fill(text);
  await phone.page.evaluate(() => {
    const form = document.querySelector('form.p-note-form') as HTMLFormElement;
    (form.querySelector('button[type="submit"]') as HTMLButtonElement).click();
    (window as unknown as { __vpConn: { dropForTest(): void } }).__vpConn.dropForTest();
  });
}

export async function dropSocket(phone: Phone): Promise<void> {
  await phone.page.evaluate(() => (window as unknown as { __vpConn: { dropForTest(): void } }).__vpConn.dropForTest());
}

export { noteField, sendButton };
