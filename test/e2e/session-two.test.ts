// HKD session 2 (Open Space) end to end in one browser, from the themes of a closed session 1:
// the facilitator's console and projector, nine phones, the marketplace with a proposed theme,
// choosing with a cap (automatic and manual split), the law of two feet, flipcharts with a photo,
// pearls on the projector, the follow-up with two actions, feedback, and the PDF / CSV exports.
// [SPEC O1–O7, F1–F2, D1–D4, UI4]
import { describe, expect, test } from 'vitest';
import { withServerAndBrowser } from './app-fixture.ts';
import type { Browser } from 'playwright-core';
import { createProcess, facilitator, type TestServer } from '../support/test-server.ts';
import { facilitatorContext, formatCode, nextPhase } from './facilitator-console.ts';
import { closedSessionOne, createSessionTwo, NOT_CARRIED, THEME_A, THEME_B, type OsRun } from './os-fixture.ts';
import { choosing, groupWork, marketplace, pearls } from './os-steps.ts';
import { feedbackAndClose, followup, summaryAndExports } from './os-after.ts';
import { joinPhone, type Phone } from './phones.ts';
import { expectNoAxe } from './session-run.ts';
import { textOf, visible, waitContains, waitH1, waitText } from './wait.ts';

let s: TestServer | undefined;
let browser: Browser | undefined;
const contexts = withServerAndBrowser((app) => ({ s, browser } = app));

const PHONES = 9;

describe('HKD session 2 in the browser', () => {
  test('[O1–O7][F1][F2][D1–D4][UI4] a whole Open Space from the themes of session 1, with its follow-up and exports', async () => {
    const server = s!;
    const b = browser!;
    const cookie = await facilitator(server);
    const proc = await createProcess(server, cookie, { name: 'Perhekeskuksen dialogi (e2e, tilaisuus 2)' });
    await closedSessionOne(server, cookie, proc);

    // 1. the facilitator creates session 2 on the process page and opens its console and projector
    const fctx = await facilitatorContext(b, server.base, cookie);
    contexts.push(fctx);
    const consolePage = await fctx.newPage();
    const created = await createSessionTwo(consolePage, server, cookie, proc.id);
    await expectNoAxe(consolePage, 'process page with session 2 created');
    await consolePage.getByRole('link', { name: 'Avaa tilaisuuden 2 ohjausnäkymä' }).click();
    await waitText(consolePage.locator('#phase-title'), 'Saapuminen', 'console: lobby');
    await waitContains(consolePage.locator('.f-bar-code'), `Osallistumiskoodi: ${formatCode(created.code)}`, 'console: code');
    const offers = consolePage.locator('.f-os-offers');
    for (const name of [THEME_A, THEME_B]) await waitContains(offers, name, `console: carried theme ${name}`);
    expect(await textOf(offers), 'a theme not carried stays in session 1 [O1]').not.toContain(NOT_CARRIED);
    await waitContains(offers, 'Jokeriteema', 'console: the joker theme');

    const screen = await fctx.newPage();
    await screen.setViewportSize({ width: 1920, height: 1080 });
    await screen.goto(`${server.base}/fi/screen/${created.id}`);
    await waitText(screen.locator('.s-code'), formatCode(created.code), 'projector: join code');
    await waitContains(consolePage.getByTestId('projector-status'), 'Valkokangasnäkymä on auki (1)', 'console: projector connected');

    // 2. nine phones join by link
    const phones: Phone[] = [];
    for (let i = 0; i < PHONES; i += 5) {
      const batch = await Promise.all(
        Array.from({ length: Math.min(5, PHONES - i) }, (_, j) =>
          joinPhone(b, server.base, created.code, { via: 'link', path: `/fi/join/${created.code}` }, `puhelin ${i + j + 1}`),
        ),
      );
      for (const p of batch) {
        contexts.push(p.ctx);
        phones.push(p);
      }
    }
    await waitContains(consolePage.getByTestId('joined-count'), `Liittyneitä: ${PHONES}`, 'console: all joined');
    await waitContains(screen.locator('.s-joined'), `Mukana: ${PHONES}`, 'projector: all joined');
    await expectNoAxe(consolePage, 'console in the lobby (session 2)');
    await expectNoAxe(screen, 'projector in the lobby (session 2)');

    const run: OsRun = {
      s: server,
      cookie,
      processId: proc.id,
      sessionId: created.id,
      code: created.code,
      fctx,
      console: consolePage,
      screen,
      phones,
    };

    // 3. opening: the four principles and the law of two feet on the projector and the phones
    await nextPhase(consolePage, 'Siirry aloitukseen');
    await visible(screen.getByRole('heading', { name: 'Neljä periaatetta' }), 'projector: principles');
    await waitContains(screen.locator('.s-os-feet'), 'Kahden jalan laki', 'projector: law of two feet');
    await Promise.all(phones.map((p) => waitH1(p.page, 'Tänään valitset itse, mistä puhut', `${p.who}: opening`)));
    await waitContains(phones[0]!.page.locator('.os-two-feet'), 'Saat vaihtaa milloin vain.', 'phone: law of two feet');
    await expectNoAxe(screen, 'projector in the opening (principles)');
    await expectNoAxe(phones[0]!.page, 'phone in the opening');

    // 4.–8. the session itself
    await marketplace(run);
    const groups = await choosing(run);
    await groupWork(run, groups);
    await pearls(run, groups);
    await followup(run);
    await feedbackAndClose(run);
    await summaryAndExports(run);
  });
});
