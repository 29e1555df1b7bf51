// HKD session 1 (Learning Café) end to end in one browser: the facilitator's console and projector,
// eight phones, four rounds, theming, debrief and close. [SPEC UI1–UI4, R1, R3, N3, W4, E2, J1, J2]
import { describe, expect, test } from 'vitest';
import { withServerAndBrowser } from './app-fixture.ts';
import type { Browser } from 'playwright-core';
import { createProcess, facilitator, http, type TestServer } from '../support/test-server.ts';
import { announcer, confirmDialog, facilitatorContext, formatCode, nextButton, nextPhase } from './facilitator-console.ts';
import { focusedValue, tabTo } from './keyboard.ts';
import { failJoin, JOIN_FAILED, joinPhone, newPhoneContext, type JoinHow, type Phone } from './phones.ts';
import { playRound } from './rounds.ts';
import { expectNoAxe, groupOf, labelOf, stateOf, TABLES, tableOf, type Run } from './session-run.ts';
import { checkHostSeesTheme, checkThemingPlaces, KEYBOARD_THEME, POINTER_THEME, themeByKeyboard, themeByPointer } from './theming.ts';
import { activeElement, textOf, visible, waitContains, waitH1, waitText, waitUntil } from './wait.ts';

let s: TestServer | undefined;
let browser: Browser | undefined;
const contexts = withServerAndBrowser((app) => ({ s, browser } = app));

/** A code that is well-formed but not this session's. */
function wrongCode(code: string): string {
  const alphabet = 'ACDEFGHJKMNPQRTUVWXY34679';
  const last = code.at(-1)!;
  return code.slice(0, 7) + alphabet[(alphabet.indexOf(last) + 1) % alphabet.length];
}

describe('HKD session 1 in the browser', () => {
  test('[UI1][UI2][UI3][UI4] a whole Learning Café: lobby, four rounds, theming, debrief, close', async () => {
    const server = s!;
    const b = browser!;
    const cookie = await facilitator(server);
    const proc = await createProcess(server, cookie, { tableCount: TABLES, name: 'Perhekeskuksen dialogi (e2e)' });
    const sessionId = proc.sessions[0]!.id;
    const code = proc.sessions[0]!.joinCode;

    // 1. console and projector in the lobby
    const fctx = await facilitatorContext(b, server.base, cookie);
    contexts.push(fctx);
    const consolePage = await fctx.newPage();
    await consolePage.goto(`${server.base}/fi/sessions/${sessionId}`);
    await waitText(consolePage.getByTestId('join-code'), formatCode(code), 'console: join code');
    await waitContains(consolePage.locator('.f-bar-code'), `Osallistumiskoodi: ${formatCode(code)}`, 'console: code in the bar');
    await waitText(consolePage.locator('#phase-title'), 'Saapuminen', 'console: lobby');

    const screen = await fctx.newPage();
    await screen.setViewportSize({ width: 1920, height: 1080 });
    await screen.goto(`${server.base}/fi/screen/${sessionId}`);
    await waitText(screen.locator('.s-code'), formatCode(code), 'projector: join code');
    const qr = await visible(
      screen.getByRole('img', { name: /^QR-koodi, joka avaa liittymissivun 127\.0\.0\.1:\d+\/fi\/join\// }),
      'projector: QR',
    );
    await waitUntil(() => qr.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0), 5000, 'QR image loaded');
    const qrBox = (await qr.boundingBox())!;
    expect(qrBox.height, 'QR at least 30% of the screen height').toBeGreaterThanOrEqual(0.3 * 1080);
    await waitContains(screen.locator('.s-url'), `127.0.0.1:${server.port}/fi/join/${code}`, 'projector: join URL');
    await waitContains(consolePage.getByTestId('projector-status'), 'Valkokangasnäkymä on auki (1)', 'console: projector connected');
    await expectNoAxe(consolePage, 'console in the lobby');
    await expectNoAxe(screen, 'projector in the lobby');

    // 2. eight phones join: typed by hand in lower case after a wrong code, a lower-case dashed link,
    //    with a name, by link [J1]
    const lowerDashed = `/fi/join/${code.slice(0, 4).toLowerCase()}-${code.slice(4).toLowerCase()}`;
    const ways: JoinHow[] = [
      { via: 'typed', typed: formatCode(code).toLowerCase(), wrongFirst: formatCode(wrongCode(code)) },
      { via: 'link', path: lowerDashed },
      { via: 'name', name: 'Maija' },
      ...Array.from({ length: 5 }, (): JoinHow => ({ via: 'link', path: `/fi/join/${code}` })),
    ];
    const phones: Phone[] = [];
    for (let i = 0; i < ways.length; i += 4) {
      const batch = await Promise.all(ways.slice(i, i + 4).map((how, j) => joinPhone(b, server.base, code, how, `puhelin ${i + j + 1}`)));
      for (const p of batch) {
        contexts.push(p.ctx);
        phones.push(p);
      }
    }
    await expectNoAxe(phones[2]!.page, 'participant phone in the lobby');
    await waitContains(consolePage.getByTestId('joined-count'), 'Liittyneitä: 8', 'console: 8 joined');
    await waitContains(consolePage.getByTestId('joined-count'), 'yhteydessä 8', 'console: 8 online');
    await waitContains(screen.locator('.s-joined'), 'Mukana: 8', 'projector: 8 joined');
    expect(await textOf(consolePage.locator('.f-people-panel')), 'the console shows the given name').toContain('Maija');
    expect(await textOf(screen.locator('body')), 'the projector never shows names [V1]').not.toContain('Maija');

    const run: Run = {
      s: server,
      sessionId,
      code,
      console: consolePage,
      screen,
      phones,
      hosts: phones.slice(4),
      members: phones.slice(0, 4),
    };
    const maija = phones[2]!;

    // 3. hosts per table, split, one move by keyboard alone, then opening and round 1
    let st = await stateOf(run);
    for (let i = 0; i < TABLES; i++) {
      await consolePage.getByRole('combobox', { name: new RegExp(`^Pöydän ${i + 1} vetäjä`) }).selectOption(run.hosts[i]!.id);
    }
    await waitUntil(
      async () => (await stateOf(run)).tables.every((t, i) => t.hostId === run.hosts[i]!.id),
      8000,
      'four hosts in the store',
    );
    await consolePage.getByRole('button', { name: 'Jaa ryhmiin' }).click();
    await waitUntil(async () => (await stateOf(run)).grouped, 5000, 'groups split');
    await visible(consolePage.getByRole('button', { name: 'Jaa ryhmät uudelleen' }), 'console: resplit button');
    st = await stateOf(run);
    const sizes = [0, 0, 0, 0];
    for (const p of run.members) sizes[groupOf(st, p)]!++;
    expect(sizes, '[G1] four non-hosts, one per group').toEqual([1, 1, 1, 1]);

    // swap Maija with the person in the neighbouring group: Tab to the select, arrow key, Tab away (commits)
    const gM = groupOf(st, maija);
    const gT = gM === TABLES - 1 ? gM - 1 : gM + 1;
    const other = run.members.find((p) => groupOf(st, p) === gT)!;
    const otherLabel = labelOf(st, other);
    await tabTo(consolePage, `select[aria-label="Siirrä Maija ryhmään"]`, 'Maija’s move select');
    await consolePage.keyboard.press(gT > gM ? 'ArrowDown' : 'ArrowUp');
    expect(await focusedValue(consolePage), 'the arrow key picked the neighbouring group').toBe(String(gT));
    await consolePage.keyboard.press('Tab');
    await waitUntil(async () => groupOf(await stateOf(run), maija) === gT, 5000, 'Maija moved in the store');
    // messages of the same moment are read together (announce.ts), so the move may follow the split's news
    await waitContains(announcer(consolePage), `Maija on nyt ryhmässä ${gT + 1}.`, 'console announces the move');
    await tabTo(consolePage, `select[aria-label="Siirrä ${otherLabel} ryhmään"]`, `${otherLabel}’s move select`);
    await consolePage.keyboard.press(gM > gT ? 'ArrowDown' : 'ArrowUp');
    expect(await focusedValue(consolePage)).toBe(String(gM));
    // no Tab this time: the choice commits once it has rested (700 ms)
    await waitUntil(async () => groupOf(await stateOf(run), other) === gM, 5000, `${otherLabel} moved in the store`);
    // the row now sits in another group's list; a keyboard user must not be thrown to <body> [WCAG 2.4.3].
    // Known product bug (person-row / groups-panel): focus is lost. Soft, so the rest of the session still runs.
    const moved = `select[aria-label="Siirrä ${otherLabel} ryhmään"]`;
    const focusKept = await waitUntil(
      () => consolePage.evaluate((sel) => document.activeElement?.matches(sel), moved),
      2000,
      'focus on the moved person',
    ).then(
      () => true,
      () => false,
    );
    expect
      .soft(
        focusKept,
        `after moving ${otherLabel} by keyboard, focus should stay on their select; it is on ${JSON.stringify(await activeElement(consolePage))}`,
      )
      .toBe(true);
    st = await stateOf(run);
    await Promise.all([
      ...run.members.map((p) => waitText(p.page.locator('.p-callout'), `Olet ryhmässä ${groupOf(st, p) + 1}.`, `${p.who}: my group`)),
      ...run.hosts.map((p, i) => waitText(p.page.locator('.p-callout'), `Olet pöydän ${i + 1} vetäjä.`, `${p.who}: I host`)),
    ]);

    await nextPhase(consolePage, 'Siirry aloitukseen');
    await Promise.all(phones.map((p) => waitH1(p.page, 'Kuuntele vetäjää', `${p.who} opening`)));
    await nextPhase(consolePage, 'Aloita kierros 1: ryhmät menevät pöytiin');
    await waitUntil(async () => (await stateOf(run)).phase === 'round', 5000, 'round 1 started');

    // 4. four rounds
    await playRound(run, 0, { privacyBy: phones[0]! });
    const flags = consolePage.locator('section.f-flags');
    await waitContains(flags.locator('#flags-h'), 'Yksityisyysvaroitukset (1)', 'console: one privacy flag');
    await waitContains(flags, 'löytyi: sähköpostiosoite', 'console: what was found');
    await waitContains(flags, 'maija.mallikas@example.fi', 'console: the flagged note in full');
    expect((await stateOf(run)).notes.find((n) => n.text.includes('@'))!.flags.map((f) => f.kind)).toEqual(['email']);
    await playRound(run, 1, { dropBy: phones[1]!, importantFor: phones[3]! });
    await playRound(run, 2, { offlineBy: phones[3]! });
    await playRound(run, 3, { heldBy: phones[1]! });
    expect((await stateOf(run)).notes.length, '4 notes in each of 4 rounds').toBe(16);

    // 5. theming: keyboard-only on Maija's phone, pointer on another one
    await checkThemingPlaces(run);
    const { themeId } = await themeByKeyboard(run, maija);
    await checkHostSeesTheme(run, maija);
    const pointerPhone = phones[0]!;
    await themeByPointer(run, pointerPhone);
    st = await stateOf(run);
    const tM = st.tables[tableOf(st, maija, TABLES - 1)]!.id;
    const tP = st.tables[tableOf(st, pointerPhone, TABLES - 1)]!.id;
    await waitContains(screen.locator(`li.s-card[data-table-id="${tM}"]`), `${KEYBOARD_THEME} (1)`, 'projector: theme during theming');

    // 6. debrief: the projector shows every table's themes with counts; carry one to session 2
    await nextPhase(consolePage, 'Aloita purku', { title: 'Aloita purku?' });
    await Promise.all(phones.map((p) => waitH1(p.page, 'Katso valkokangasta', `${p.who} debrief`)));
    await waitText(screen.getByRole('heading', { level: 1 }), 'Purku: pöytien teemat', 'projector: debrief');
    for (const tb of st.tables) {
      const col = screen.locator(`li.s-column[data-table-id="${tb.id}"]`);
      if (tb.id === tM) {
        await waitContains(col, `${KEYBOARD_THEME} (1)`, 'projector: keyboard theme with count');
        await waitContains(col, 'Ilman teemaa: 3', 'projector: unthemed count');
      } else if (tb.id === tP) {
        await waitContains(col, `${POINTER_THEME} (2)`, 'projector: pointer theme with count');
        await waitContains(col, 'Ilman teemaa: 2', 'projector: unthemed count');
      } else {
        await waitContains(col, 'Ei teemoja', `projector: no themes at ${tb.id}`);
      }
    }
    await consolePage.getByRole('checkbox', { name: `Vie toiseen tilaisuuteen: ${KEYBOARD_THEME}` }).check();
    await waitUntil(async () => (await stateOf(run)).themes.find((x) => x.id === themeId)?.carried, 5000, 'theme carried in the store');
    await waitContains(announcer(consolePage), `”${KEYBOARD_THEME}” viedään toiseen tilaisuuteen.`, 'console announces carrying');
    await waitContains(consolePage.locator('.f-theme-carried'), 'Jatkoon', 'console: carried badge');
    const carried = screen.locator('li.s-theme.carried').filter({ hasText: KEYBOARD_THEME });
    await waitContains(carried, 'Jatkuu tilaisuudessa 2', 'projector: carried mark');
    await waitContains(maija.page.locator('.p-debrief-themes'), 'Jatkuu toisessa tilaisuudessa', 'phone: carried mark');
    expect(await textOf(screen.locator('body')), 'no names on the projector').not.toContain('Maija');
    await expectNoAxe(consolePage, 'console in the debrief');
    await expectNoAxe(screen, 'projector in the debrief');

    // 7. close: confirm, everyone sees the end, the code no longer works
    await nextButton(consolePage, 'Päätä tilaisuus').click();
    await confirmDialog(consolePage, { title: 'Päätetäänkö tilaisuus?', ok: 'Päätä tilaisuus', focusOnCancel: true });
    await waitUntil(async () => (await stateOf(run)).phase === 'closed', 5000, 'closed in the store');
    await Promise.all(
      phones.map(async (p) => {
        await waitH1(p.page, 'Kiitos!', `${p.who} closed`);
        await waitContains(p.page.locator('main'), 'Tilaisuus on päättynyt. Kiitos, että olit mukana.', `${p.who}: thank-you text`);
      }),
    );
    await waitText(screen.getByRole('heading', { level: 1 }), 'Kiitos!', 'projector: closed');
    await waitContains(consolePage.locator('.f-console-bar'), 'Tilaisuus on päättynyt – vain luku', 'console: read-only');
    const late = await newPhoneContext(b);
    contexts.push(late);
    const latePage = await late.newPage();
    await latePage.goto(`${server.base}/fi/join`);
    expect(await failJoin(latePage, code, 'late phone'), '[J2] a closed code answers like a wrong one').toBe(JOIN_FAILED);
    const closedAnswer = await http<{ error: string; message: string }>(server, 'POST', '/api/join', { code, lang: 'fi' });
    const wrongAnswer = await http<{ error: string; message: string }>(server, 'POST', '/api/join', { code: wrongCode(code), lang: 'fi' });
    expect([closedAnswer.status, closedAnswer.body]).toEqual([wrongAnswer.status, wrongAnswer.body]);
    expect(closedAnswer.status).toBe(404);
  });
});
