// Theming [UI2]: one phone sorts by keyboard alone; another one uses the pointer.
import { expect } from 'vitest';
import { focusedValue, tabTo } from './keyboard.ts';
import { toast, type Phone } from './phones.ts';
import { expectNoAxe, stateOf, TABLES, tableOf, type Run } from './session-run.ts';
import { activeElement, visible, waitContains, waitH1, waitText, waitUntil } from './wait.ts';

export const KEYBOARD_THEME = 'Yhteistyö perheiden kanssa';
export const POINTER_THEME = 'Tiedonkulku';

/** Every phone is at its last-round table (R3); hosts stay at theirs. */
export async function checkThemingPlaces(run: Run): Promise<void> {
  const st = await stateOf(run);
  await Promise.all([
    ...run.members.map((p) => waitH1(p.page, `Teemoittelu: pöytä ${tableOf(st, p, TABLES - 1) + 1}`, `${p.who} theming`)),
    ...run.hosts.map((p, i) => waitH1(p.page, `Teemoittelu: pöytä ${i + 1}`, `${p.who} (host) theming`)),
  ]);
  await waitText(run.screen.getByRole('heading', { level: 1 }), 'Teemoittelu', 'projector: theming');
}

/** Keyboard only (Tab/Enter/Space/arrows): create a theme, then move a note into it. Returns the note id. */
export async function themeByKeyboard(run: Run, p: Phone): Promise<{ themeId: string; noteId: string }> {
  const page = p.page;
  await tabTo(page, '#new-theme', 'new theme name field');
  await page.keyboard.type(KEYBOARD_THEME);
  await page.keyboard.press('Enter');
  await waitText(toast(p), `Teema ${KEYBOARD_THEME} lisätty.`, `${p.who}: theme created (live region)`);
  const theme = await waitUntil(async () => (await stateOf(run)).themes.find((x) => x.name === KEYBOARD_THEME), 5000, 'theme in the store');
  const st = await stateOf(run);
  expect(theme.tableId, 'the theme belongs to the phone’s table').toBe(st.tables[tableOf(st, p, TABLES - 1)]!.id);
  await visible(page.locator(`section.p-theme[data-theme-id="${theme.id}"]`), `${p.who}: theme card`);

  // the "Teema" select of the first unthemed note, then the arrow key picks the new theme
  await tabTo(page, 'section.p-unthemed select[id^="move-"]', 'first note’s Teema select');
  const a = await activeElement(page);
  const noteId = a.id.slice('move-'.length);
  const label = await page.evaluate(() => (document.activeElement as HTMLSelectElement).labels?.[0]?.textContent ?? '');
  expect(label, 'the select is labelled "Teema"').toBe('Teema');
  await page.keyboard.press('ArrowDown');
  await waitUntil(async () => (await focusedValue(page)) === theme.id, 3000, 'ArrowDown chose the theme');
  await page.keyboard.press('Tab');
  const btn = await activeElement(page);
  expect(btn.tag, 'Tab goes to the move button').toBe('button');
  expect(btn.text.startsWith('Siirrä'), `focus on "${btn.text}"`).toBe(true);
  await page.keyboard.press('Space');
  await waitText(toast(p), `Lappu siirretty teemaan ${KEYBOARD_THEME}.`, `${p.who}: move announced (live region)`);
  await waitUntil(
    async () => (await stateOf(run)).notes.find((n) => n.id === noteId)?.themeId === theme.id,
    5000,
    'note.themeId in the store',
  );
  await waitText(page.locator(`section.p-theme[data-theme-id="${theme.id}"] .p-count`), 'Lappuja: 1', `${p.who}: theme count`);
  // focus follows the note to its new place, so the keyboard user can go on from there
  await waitUntil(async () => (await activeElement(page)).id === `move-${noteId}`, 3000, 'focus follows the moved note');
  return { themeId: theme.id, noteId };
}

/** The same with the pointer on another phone: a second theme with two notes. */
export async function themeByPointer(run: Run, p: Phone): Promise<string> {
  const page = p.page;
  await page.getByRole('textbox', { name: 'Uuden teeman nimi' }).fill(POINTER_THEME);
  await page.getByRole('button', { name: 'Lisää teema' }).click();
  await waitText(toast(p), `Teema ${POINTER_THEME} lisätty.`, `${p.who}: theme created`);
  const theme = await waitUntil(
    async () => (await stateOf(run)).themes.find((x) => x.name === POINTER_THEME),
    5000,
    'second theme in the store',
  );
  for (let i = 0; i < 2; i++) {
    const item = page.locator('section.p-unthemed li.p-tnote').first();
    const noteId = (await item.getAttribute('data-note-id'))!;
    await item.getByRole('combobox', { name: 'Teema' }).selectOption(theme.id);
    await item.getByRole('button', { name: /^Siirrä/ }).click();
    await waitText(toast(p), `Lappu siirretty teemaan ${POINTER_THEME}.`, `${p.who}: move ${i + 1} announced`);
    await waitUntil(
      async () => (await stateOf(run)).notes.find((n) => n.id === noteId)?.themeId === theme.id,
      5000,
      `pointer move ${i + 1} stored`,
    );
  }
  return theme.id;
}

/** The host at the keyboard user's table sees the same theme live. */
export async function checkHostSeesTheme(run: Run, member: Phone): Promise<void> {
  const st = await stateOf(run);
  const host = run.hosts[tableOf(st, member, TABLES - 1)]!;
  const card = host.page.locator('section.p-theme').filter({ hasText: KEYBOARD_THEME });
  await waitContains(card, 'Lappuja: 1', `${host.who}: sees the theme with its note`);
  await expectNoAxe(member.page, `participant phone in theming (${member.who})`);
}
