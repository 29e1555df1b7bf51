// Rounds 1–4 of the Learning Café: where everyone goes, notes written and seen, the clock ended.
import { expect } from 'vitest';
import { announcer, endClock, nextPhase } from './facilitator-console.ts';
import { dropSocket, noteField, sendAndDrop, sendButton, sentNote, tableNotes, toast, waitSaved, writeNote, type Phone } from './phones.ts';
import { masked, stateOf, TABLES, tableOf, type Run } from './session-run.ts';
import { textOf, visible, waitContains, waitH1, waitText, waitUntil } from './wait.ts';

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export const noteText = (r: number, p: Phone) => `Kierros ${r + 1}, ${p.who}: yhteinen kieli auttaa`;
export const PRIVATE_NOTE = 'Kierros 1, puhelin 1: lisätietoja antaa maija.mallikas@example.fi';

/** Every phone shows where to go (UI1): heading, table band, round, clock as text. */
export async function checkPlaces(run: Run, r: number): Promise<void> {
  const st = await stateOf(run);
  await Promise.all([
    ...run.members.map(async (p) => {
      const t = tableOf(st, p, r);
      await waitH1(p.page, `Mene pöytään ${t + 1}`, `${p.who} round ${r + 1}`);
      await waitText(
        p.page.locator('.p-table[data-table-id]').getByText(`Pöytä ${t + 1}`, { exact: true }),
        `Pöytä ${t + 1}`,
        `${p.who} table band`,
      );
      const band = await p.page.locator('.p-table[data-table-id]').getAttribute('data-table-id');
      expect(band, `${p.who} round ${r + 1}: table band`).toBe(st.tables[t]!.id);
    }),
    ...run.hosts.map((p, i) => waitH1(p.page, `Olet pöydän ${i + 1} vetäjä: pysy tässä pöydässä`, `${p.who} (host) round ${r + 1}`)),
  ]);
  await Promise.all(
    run.phones.map(async (p) => {
      await waitText(p.page.locator('.p-round'), `Kierros ${r + 1}/${TABLES}`, `${p.who}: round counter`);
      await waitText(p.page.getByRole('timer'), /^◷\s*(20|19) min jäljellä$/, `${p.who}: clock as text`);
      // the table's zone is named too, not only its colour
      await waitText(p.page.locator('.p-table-text'), /^Pöytä \d\s*Vyöhyke [1-4]: .+/, `${p.who}: zone name`);
    }),
  );
  // projector [UI3]: tables with the group at each, and the clock
  await waitText(run.screen.getByRole('heading', { level: 1 }), `Kierros ${r + 1}/${TABLES}`, `projector round ${r + 1}`);
  for (let i = 0; i < TABLES; i++) {
    const g = (i - r + TABLES) % TABLES;
    await waitContains(
      run.screen.locator(`li.s-card[data-table-id="${st.tables[i]!.id}"]`),
      `Ryhmä ${g + 1}`,
      `projector: group at table ${i + 1}`,
    );
  }
  await waitText(
    run.screen.getByRole('timer', { name: 'Aikaa jäljellä' }).locator('.s-clock-text'),
    /(20|19) min jäljellä$/,
    'projector clock text',
  );
  await waitText(run.console.locator('#phase-title'), `Kierros ${r + 1}/${TABLES}`, 'console phase title');
}

/** The privacy check: the note is refused, the phone shows why, the writer sends it anyway. */
async function writePrivateNote(p: Phone): Promise<void> {
  await writeNote(p, PRIVATE_NOTE);
  const review = await visible(p.page.getByRole('group', { name: 'Tarkista lappu ennen lähettämistä' }), `${p.who}: privacy review`);
  await waitText(review.locator('mark').first(), 'maija.mallikas@example.fi', `${p.who}: the e-mail address is marked`);
  await waitContains(review.locator('.p-findings'), 'Sähköpostiosoite. Poista se.', `${p.who}: finding explained`);
  await review.getByRole('button', { name: 'Lähetä silti' }).click();
  await waitSaved(p, PRIVATE_NOTE);
}

/** Records every state the phone's connection line shows (to prove a drop really happened). */
async function recordConn(p: Phone): Promise<void> {
  await p.page.evaluate(() => {
    const el = document.querySelector('.p-conn')!;
    const log: string[] = [];
    (window as unknown as { __connLog: string[] }).__connLog = log;
    new MutationObserver(() => log.push(el.className)).observe(el, {
      attributes: true,
      childList: true,
      subtree: true,
      characterData: true,
    });
  });
}

async function connLog(p: Phone): Promise<string[]> {
  return p.page.evaluate(() => (window as unknown as { __connLog: string[] }).__connLog);
}

/** Lost connection right after pressing send: the outbox resends with the same id [W4, E2]. */
async function writeDropped(p: Phone, text: string): Promise<void> {
  await recordConn(p);
  await sendAndDrop(p, text);
  await waitSaved(p, text);
  await waitText(p.page.locator('.p-conn'), 'Yhteys kunnossa', `${p.who}: back online`);
  expect(
    (await connLog(p)).some((c) => c.includes('offline')),
    `${p.who}: the socket was really lost`,
  ).toBe(true);
}

/**
 * A real network loss: the socket drops, then the phone goes offline before it can reconnect
 * (reconnects wait ≥250 ms). The note is written while offline, shows "waiting for network",
 * and is saved once when the network is back.
 */
async function writeOffline(p: Phone, text: string): Promise<void> {
  await dropSocket(p);
  await p.page.waitForFunction(() => document.querySelector('.p-conn')?.classList.contains('offline'), undefined, {
    polling: 10,
    timeout: 5000,
  });
  await p.ctx.setOffline(true);
  await waitContains(p.page.locator('.p-conn'), 'Ei yhteyttä – tallennamme, kun yhteys palaa', `${p.who}: offline status`);
  await noteField(p.page).fill(text);
  await sendButton(p.page).click();
  await waitContains(sentNote(p, text, 'sending'), 'Odottaa verkkoa', `${p.who}: note waits for the network`);
  await sleep(300);
  expect(await sentNote(p, text, 'sending').count(), `${p.who}: still waiting while offline`).toBe(1);
  await p.ctx.setOffline(false);
  await waitSaved(p, text, 20_000);
  await waitText(p.page.locator('.p-conn'), 'Yhteys kunnossa', `${p.who}: back online`);
}

/**
 * Offline first (an open socket only holds its traffic), press send, then drop the socket, then
 * back online: the held frame and the resend after reconnecting must still give one note.
 */
async function heldThenDropped(p: Phone, text: string): Promise<void> {
  await recordConn(p);
  await p.ctx.setOffline(true);
  // [W13] the browser's offline event is enough: the phone says so without waiting for a timeout
  await waitContains(p.page.locator('.p-conn'), 'Ei yhteyttä – tallennamme, kun yhteys palaa', `${p.who}: offline at once`);
  await noteField(p.page).fill(text);
  await sendButton(p.page).click();
  await sleep(200);
  await visible(sentNote(p, text, 'sending'), `${p.who}: note still sending while traffic is held`);
  await dropSocket(p);
  await sleep(200);
  await p.ctx.setOffline(false);
  await waitSaved(p, text, 20_000);
  await waitText(p.page.locator('.p-conn'), 'Yhteys kunnossa', `${p.who}: back online`);
}

export interface RoundOptions {
  privacyBy?: Phone;
  dropBy?: Phone;
  offlineBy?: Phone;
  heldBy?: Phone;
  /** the host of this member's table marks the member's note important */
  importantFor?: Phone;
}

/** One round: everyone writes, everyone at the table sees it, the console counts it, the clock ends. */
export async function playRound(run: Run, r: number, o: RoundOptions): Promise<void> {
  await checkPlaces(run, r);
  const texts = new Map(run.members.map((p) => [p, p === o.privacyBy ? PRIVATE_NOTE : noteText(r, p)]));
  await Promise.all(
    run.members.map(async (p) => {
      const text = texts.get(p)!;
      if (p === o.privacyBy) return writePrivateNote(p);
      if (p === o.dropBy) return writeDropped(p, text);
      if (p === o.offlineBy) return writeOffline(p, text);
      if (p === o.heldBy) return heldThenDropped(p, text);
      await writeNote(p, text);
      await waitSaved(p, text);
    }),
  );

  // the store: every note exactly once (also the resent ones), one per table this round
  let st = await stateOf(run);
  for (const [p, text] of texts) {
    const same = st.notes.filter((n) => n.text === text);
    expect(same.length, `${p.who} round ${r + 1}: "${text}" stored exactly once`).toBe(1);
    expect(same[0]!.tableId, `${p.who} round ${r + 1}: written at the rotation's table`).toBe(st.tables[tableOf(st, p, r)]!.id);
  }
  for (const tb of st.tables)
    expect(st.notes.filter((n) => n.tableId === tb.id && n.round === r).length, `notes at ${tb.id} in round ${r + 1}`).toBe(1);

  // everyone at the table sees this round's note and what earlier groups left there
  await Promise.all(
    run.members.map(async (p) => {
      const t = tableOf(st, p, r);
      const host = run.hosts[t]!;
      const atTable = st.notes.filter((n) => n.tableId === st.tables[t]!.id);
      for (const viewer of [host, p]) {
        await waitText(viewer.page.locator('#notes-h'), `Tämän pöydän laput (${r + 1})`, `${viewer.who}: note count at table ${t + 1}`);
        for (const n of atTable) {
          const shown = viewer === p && n.authorId === p.id ? n.text : masked(n);
          await waitContains(tableNotes(viewer), shown, `${viewer.who}: note "${shown}" at table ${t + 1}`);
        }
      }
    }),
  );
  if (o.privacyBy) {
    const t = tableOf(st, o.privacyBy, r);
    const hostText = await textOf(tableNotes(run.hosts[t]!));
    expect(hostText, 'the e-mail address is hidden from the other phones').not.toContain('maija.mallikas@example.fi');
    expect(hostText).toContain('Kierros 1, puhelin 1: lisätietoja antaa •••');
  }

  // the console: live note counts per table
  for (const tb of st.tables) {
    await waitText(run.console.getByTestId(`note-count-${tb.id}`), '1', `console: note count of ${tb.id} in round ${r + 1}`);
    await waitContains(
      run.console.getByTestId(`note-count-${tb.id}`).locator('xpath=..'),
      `(kaikkiaan ${r + 1})`,
      `console: all notes of ${tb.id}`,
    );
    await waitContains(run.screen.locator(`li.s-card[data-table-id="${tb.id}"]`), `Lappuja: ${r + 1}`, `projector: notes at ${tb.id}`);
  }

  if (o.importantFor) await markImportant(run, r, o.importantFor);

  // end the round from the console (confirm dialog), then every phone says what comes next
  await endClock(run.console, 'Lopeta kierros nyt', `Kierros ${r + 1}/${TABLES}`);
  await waitUntil(async () => (await stateOf(run)).clock?.ended, 5000, 'clock ended in the store');
  await waitContains(announcer(run.console), 'Aika', 'console announces the end');
  st = await stateOf(run);
  await Promise.all(
    run.phones.map(async (p) => {
      const hostAt = run.hosts.indexOf(p);
      const next =
        hostAt >= 0
          ? 'Aika päättyi. Pysy pöydässä: seuraava ryhmä tulee pian.'
          : r + 1 < TABLES
            ? `Aika päättyi. Seuraavaksi: mene pöytään ${tableOf(st, p, r + 1) + 1}.`
            : 'Aika päättyi. Seuraavaksi teemoittelette tämän pöydän laput.';
      await waitText(p.page.locator('.p-next'), next, `${p.who}: what comes next`);
      await waitText(p.page.getByRole('timer'), /Aika päättyi$/, `${p.who}: clock ended`);
    }),
  );
  await nextPhase(run.console, r + 1 < TABLES ? `Aloita kierros ${r + 2}: ryhmät vaihtavat pöytää` : 'Aloita teemoittelu');
  await waitUntil(
    async () => {
      const s2 = await stateOf(run);
      return r + 1 < TABLES ? s2.phase === 'round' && s2.round === r + 1 : s2.phase === 'theming';
    },
    5000,
    `phase after round ${r + 1}`,
  );
}

/** The host marks a note important (aria-pressed), the writer's phone shows the mark. */
async function markImportant(run: Run, r: number, writer: Phone): Promise<void> {
  const st = await stateOf(run);
  const t = tableOf(st, writer, r);
  const host = run.hosts[t]!;
  const text = noteText(r, writer);
  const toggle = host.page.getByRole('button', { name: /^Tärkeä/ }).filter({ hasText: text.slice(0, 30) });
  expect(await toggle.getAttribute('aria-pressed'), 'not important yet').toBe('false');
  await toggle.click();
  await waitUntil(async () => (await toggle.getAttribute('aria-pressed')) === 'true', 5000, 'aria-pressed=true on the host phone');
  await waitContains(toast(host), 'Lappu merkitty tärkeäksi.', `${host.who}: announced`);
  await waitUntil(async () => (await stateOf(run)).notes.find((n) => n.text === text)?.important, 5000, 'note important in the store');
  await waitContains(writer.page.locator('li.p-note.important'), 'Tärkeä', `${writer.who}: sees the important mark`);
}
