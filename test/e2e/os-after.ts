// The end of the Open Space browser test: the follow-up agreement with two actions, the
// anonymous feedback, closing, and the PDF / CSV exports from the summary page.
import { expect } from 'vitest';
import { confirmDialog, nextButton, nextPhase } from './facilitator-console.ts';
import { PROPOSED, stateOf, THEME_A, THEME_B, type OsRun } from './os-fixture.ts';
import { giveFeedback } from './os-phones.ts';
import { addAction, download, fillFollowup, pdfText, type ActionInput } from './os-process.ts';
import { KEY, KEYWORD, PEARL_A, PEARL_B, PHOTO_ALT, POINTS } from './os-steps.ts';
import { expectNoAxe } from './session-run.ts';
import { textOf, waitContains, waitH1, waitText, waitUntil } from './wait.ts';

export const HEARD = 'Yhteistyö perheiden kanssa toimii, kun yhteys syntyy jo ennen ensimmäistä käyntiä.';
export const ACTIONS: ActionInput[] = [
  { title: 'Kokeillaan tervetulosoittoa kaikille uusille perheille', owner: 'perhetyön esihenkilö', due: '2027-02-28', theme: THEME_A },
  { title: 'Työhyvinvointikysely ja yhteinen käsittely syyskuussa', owner: 'työsuojeluvaltuutettu', due: '2027-09-30', theme: THEME_B },
];
/** [participant index, four scores, open answer] */
const ANSWERS: [number, (number | null)[], string][] = [
  [0, [5, 4, null, 4], 'Enemmän aikaa ryhmätyölle.'],
  [1, [4, 4, 5, 3], ''],
  [2, [4, 5, 4, null], 'Äänentoisto oli välillä heikko.'],
  [3, [3, 4, 4, 4], ''],
  [5, [5, 4, 5, 4], ''],
];

/** Follow-up phase: the facilitator opens the agreement from the console and fills it with two actions. */
export async function followup(run: OsRun): Promise<void> {
  const { console: c, screen, phones } = run;
  await nextPhase(c, 'Siirry jatkotyöskentelyyn');
  await Promise.all(phones.map((p) => waitH1(p.page, 'Sovitaan jatkosta', `${p.who}: follow-up`)));
  await waitText(screen.getByRole('heading', { level: 1 }), 'Sovitaan jatkosta', 'projector: follow-up');
  await expectNoAxe(c, 'console in the follow-up phase');
  const [page] = await Promise.all([
    run.fctx.waitForEvent('page'),
    c.getByRole('link', { name: 'Avaa jatkotyöskentelyn sopimus (avautuu uuteen välilehteen)', exact: true }).click(),
  ]);
  await waitH1(page, 'Jatkotyöskentely', 'follow-up page');
  await fillFollowup(page, {
    heard: HEARD,
    plans: [
      { theme: THEME_A, plan: 'Tervetulosoitto kokeiluun keväällä.' },
      { theme: THEME_B, plan: 'Työvuorojen suunnittelu yhdessä.' },
    ],
    nextMeeting: '2027-03-15T09:00',
    place: 'Perhekeskus, neuvotteluhuone 2',
  });
  const ics = (await download(page, 'Lataa kalenteritapahtuma (.ics)')).bytes.toString('utf8');
  expect(ics, 'the next meeting in Helsinki time [D1]').toContain('DTSTART;TZID=Europe/Helsinki:20270315T090000');
  expect(ics).toContain('neuvotteluhuone 2');
  for (const [i, a] of ACTIONS.entries()) await addAction(page, a, i + 1);
  await expectNoAxe(page, 'follow-up page with two actions');
  // what the browser saved is what the process has
  await page.reload();
  await waitText(page.locator('#pp-act-caption'), 'Toimenpiteet (2)', 'actions after a reload');
  expect(await page.getByRole('textbox', { name: 'Mitä kuulimme', exact: true }).inputValue()).toBe(HEARD);
  await page.close();
}

/** Feedback on five phones; the console sees aggregates, the projector only how many answered; then close. */
export async function feedbackAndClose(run: OsRun): Promise<void> {
  const { console: c, screen, phones } = run;
  await nextPhase(c, 'Siirry palautteeseen');
  await Promise.all(phones.map((p) => waitH1(p.page, 'Anna palautetta', `${p.who}: feedback`)));
  await waitText(screen.getByRole('heading', { level: 1 }), 'Palaute: 0 vastausta', 'projector: feedback');
  await expectNoAxe(phones[8]!.page, 'phone in the feedback');
  await Promise.all(ANSWERS.map(([i, scores, open]) => giveFeedback(phones[i]!, scores, open)));

  await waitText(c.getByTestId('feedback-count'), 'Vastauksia: 5/9 osallistujaa', 'console: five answers');
  const statements = c.locator('li.f-fb-statement');
  await waitContains(statements.nth(0), 'Keskiarvo: 4,2', 'console: mean of statement 1');
  await waitContains(statements.nth(0), '(5 vastasi)', 'console: answered statement 1');
  await waitContains(statements.nth(2), 'Keskiarvo: 4,5', 'console: mean of statement 3');
  await waitContains(statements.nth(2), '(4 vastasi, 1 ohitti)', 'console: one skipped statement 3');
  const open = c.locator('ul.f-fb-open');
  await waitContains(open, 'Enemmän aikaa ryhmätyölle.', 'console: open answer');
  await waitContains(open, 'Äänentoisto oli välillä heikko.', 'console: open answer');
  expect(await textOf(c.locator('.f-fb')), 'never who answered what [F2]').not.toMatch(/Osallistuja \d/);
  await waitText(screen.getByRole('heading', { level: 1 }), 'Palaute: 5 vastausta', 'projector: five answers');
  expect(await textOf(screen.locator('main')), 'the projector shows no answers [F2]').not.toContain('Äänentoisto');
  const st = await stateOf(run);
  expect(st.feedback.map((f) => f.scores[0]).sort()).toEqual([3, 4, 4, 5, 5]);
  await expectNoAxe(c, 'console in the feedback');
  await expectNoAxe(screen, 'projector in the feedback');
  await expectNoAxe(phones[0]!.page, 'phone after answering the feedback');

  await nextButton(c, 'Päätä tilaisuus').click();
  await confirmDialog(c, { title: 'Päätetäänkö tilaisuus?', ok: 'Päätä tilaisuus', focusOnCancel: true });
  await waitUntil(async () => (await stateOf(run)).phase === 'closed', 5000, 'closed in the store');
  await Promise.all(phones.map((p) => waitH1(p.page, 'Kiitos!', `${p.who}: closed`)));
  await waitText(screen.getByRole('heading', { level: 1 }), 'Kiitos!', 'projector: closed');
  await waitContains(c.locator('.f-console-bar'), 'Tilaisuus on päättynyt – vain luku', 'console: read-only');
  await expectNoAxe(c, 'console after closing (recap)');
}

/** The summary page shows every output; the PDF report and the actions CSV download and read right. */
export async function summaryAndExports(run: OsRun): Promise<void> {
  const page = await run.fctx.newPage();
  await page.goto(`${run.s.base}/fi/processes/${run.processId}/summary`);
  await waitH1(page, 'Tilaajan yhteenveto', 'summary page');
  const outputs = page.locator('.pp-outputs');
  for (const want of [PEARL_A, PEARL_B, POINTS, ACTIONS[0]!.title, ACTIONS[1]!.title])
    await waitContains(outputs, want, `summary: ${want}`);
  await expectNoAxe(page, 'summary page');

  const pdf = await download(page, 'Lataa raportti (PDF)');
  expect(pdf.name).toMatch(/\.pdf$/);
  expect(pdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const text = await pdfText(pdf.bytes);
  const wants = [THEME_A, THEME_B, PROPOSED, KEY, KEYWORD, PHOTO_ALT, PEARL_A, PEARL_B, POINTS, HEARD, ...ACTIONS.map((a) => a.title)];
  for (const want of wants) expect(text, `the PDF has "${want}"`).toContain(want);
  expect(pdf.bytes.includes('/Subtype /Image'), 'the flipchart photo is in the PDF').toBe(true);
  expect(text, 'no participant names in the report [D6]').not.toMatch(/Osallistuja \d/);

  const csv = await download(page, 'Lataa toimenpiteet (CSV)');
  expect(csv.name).toMatch(/\.csv$/);
  expect([...csv.bytes.subarray(0, 3)], 'UTF-8 with a BOM').toEqual([0xef, 0xbb, 0xbf]);
  const rows = csv.bytes.toString('utf8').slice(1).split('\r\n').filter(Boolean);
  expect(rows).toHaveLength(3);
  for (const [i, a] of ACTIONS.entries()) {
    expect(rows[i + 1], `CSV row ${i + 1}`).toContain(a.title);
    expect(rows[i + 1]).toContain(a.owner);
    expect(rows[i + 1]).toContain(a.theme);
    expect(rows[i + 1]).toContain(a.due);
  }
  expect(rows[2]).toContain('Työhyvinvointikysely');
  // each export is in the audit log [D4]
  await waitUntil(
    async () => {
      const log = await run.s.app.deps.store.audit.list(`process:${run.processId}`);
      const formats = log.filter((e) => e.action === 'export').map((e) => e.detail.format);
      return formats.includes('pdf') && formats.includes('actions.csv');
    },
    5000,
    'exports in the audit log',
  );
  await page.close();
}
