// The live part of the Open Space browser test: marketplace, choosing, group work, pearls.
import { expect } from 'vitest';
import sharp from 'sharp';
import type { Phone } from './phones.ts';
import { announcer, confirmDialog, nextPhase } from './facilitator-console.ts';
import { groupSizes, offerId, outcome, placeOf, PROPOSED, stateOf, THEME_A, THEME_B, type OsRun } from './os-fixture.ts';
import { addFlip, addPearl, chooseTheme, moveTo, phoneToast, proposeTheme, themeButton, uploadPhoto } from './os-phones.ts';
import { expectNoAxe } from './session-run.ts';
import { textOf, visible, waitContains, waitH1, waitText, waitUntil } from './wait.ts';

export const KEY = 'Tervetulosoitto jokaiselle uudelle perheelle';
export const KEYWORD = 'vertaistuki';
export const PHOTO_ALT = 'Fläppi: tervetulosoiton vaiheet';
export const MOVER_B = 'Työvuorot sovitaan yhdessä';
export const MOVER_C = 'etäyhteys';
export const PEARL_A = 'Soitto ennen ensimmäistä käyntiä lisää luottamusta';
export const PEARL_B = 'Tauot kuuluvat työpäivään';
export const POINTS = 'Soitto kotiin toimii. Kokeillaan kaikkien uusien perheiden kanssa.';

export interface Groups {
  /** chose THEME_A first: its group 1 (full at the cap of 3) */
  a1: Phone[];
  /** the fourth to choose THEME_A: a new group 2 opened for them */
  a2: Phone;
  b: Phone[];
  c: Phone[];
  /** writes the flipchart and the photo of THEME_A group 1 */
  writer: Phone;
  /** moves twice during group work */
  mover: Phone;
}

const h1 = (run: OsRun) => run.screen.getByRole('heading', { level: 1 });

/** Marketplace: a participant proposes a theme, the facilitator accepts it and sets the group size limit. */
export async function marketplace(run: OsRun): Promise<void> {
  const { console: c, screen, phones } = run;
  await nextPhase(c, 'Avaa teematori: osallistujat valitsevat teeman');
  await Promise.all(phones.map((p) => waitH1(p.page, 'Valitse teema', `${p.who}: marketplace`)));
  await waitText(h1(run), 'Teematori', 'projector: marketplace');

  const proposer = phones[0]!;
  await proposeTheme(proposer, PROPOSED);
  await waitContains(screen.locator('.s-os-waiting'), PROPOSED, 'projector: the proposal waits');
  await waitContains(c.locator('.f-os-proposals'), PROPOSED, 'console: the proposal waits');
  await expectNoAxe(proposer.page, 'phone in the marketplace (proposal sent)');
  await c.getByRole('button', { name: `Ota tarjolle: ${PROPOSED}`, exact: true }).click();
  await waitContains(announcer(c), `”${PROPOSED}” on nyt tarjolla.`, 'console announces the accepted theme');
  await waitContains(proposer.page.locator('.os-proposal'), 'Mukana teemoissa', 'phone: my proposal is on offer');
  await Promise.all(phones.map((p) => waitText(p.page.locator('#os-themes-h'), 'Teemat (4)', `${p.who}: four themes`)));
  await waitContains(screen.locator('.s-os-market'), PROPOSED, 'projector: the new theme on offer');
  await waitUntil(async () => (await screen.locator('.s-os-waiting').count()) === 0, 5000, 'projector: no proposals waiting');

  await c.getByRole('spinbutton', { name: 'Enintään henkeä ryhmässä', exact: true }).fill('3');
  await c.getByRole('button', { name: 'Aseta raja', exact: true }).click();
  await waitText(c.getByTestId('os-cap-now'), 'Nyt: enintään 3 henkeä ryhmässä', 'console: cap set');
  await waitContains(screen.locator('.s-os-facts'), 'Ryhmässä enintään 3 henkeä', 'projector: cap');
  await waitContains(
    phones[1]!.page.locator('section[aria-labelledby="os-themes-h"]'),
    'Ryhmässä voi olla enintään 3 henkeä',
    'phone: cap',
  );
  await expectNoAxe(c, 'console in the marketplace');
}

/** Choosing: the fourth person for a full theme opens its group 2; a full group is split by hand. */
export async function choosing(run: OsRun): Promise<Groups> {
  const { console: c, screen, phones } = run;
  const [p0, p1, p2, p3, p4, p5, p6, p7, p8] = phones as [Phone, Phone, Phone, Phone, Phone, Phone, Phone, Phone, Phone];
  await Promise.all([p0, p1, p2].map((p) => chooseTheme(p, THEME_A)));
  let st = await stateOf(run);
  const aId = offerId(st, THEME_A);
  // group 1 is full: phones show it, and the next tap on the theme opens group 2 [O2]
  await waitContains(p3.page.locator(`li.os-theme[data-offer-id="${aId}"]`), '3 henkeä', `${p3.who}: three chose ${THEME_A}`);
  await chooseTheme(p3, THEME_A);
  st = await stateOf(run);
  expect(groupSizes(st, THEME_A), 'automatic split at the cap').toEqual([3, 1]);
  expect(placeOf(st, p3)?.n).toBe(2);
  const cardA = screen.locator(`li.s-os-theme[data-offer-id="${aId}"]`);
  await waitContains(cardA, '4 henkeä', 'projector: four chose A');
  await waitContains(cardA, 'Ryhmiä: 2', 'projector: A has two groups');
  const offerA = c.locator(`#os-offer-${aId}`);
  await waitContains(offerA, 'Valinneita: 4', 'console: four chose A');
  await waitContains(offerA.locator('.f-os-offer-groups li').first(), 'Ryhmä 1: 3 hlö', 'console: group 1');
  await visible(offerA.locator('.f-os-offer-groups li').first().locator('.f-badge', { hasText: 'täynnä' }), 'console: group 1 full');
  await waitContains(offerA.locator('.f-os-offer-groups li').nth(1), 'Ryhmä 2: 1 hlö', 'console: group 2 opened');
  const groupRow = p4.page.locator(`li.os-theme[data-offer-id="${aId}"] ul.os-groups li`);
  await waitContains(groupRow.first(), 'Ryhmä 1 · 3 henkeä · täynnä', `${p4.who}: the full group is marked`);
  await visible(themeButton(p4.page, 'Mene ryhmään 2', THEME_A), `${p4.who}: group 2 offered`);
  await expectNoAxe(p4.page, 'phone in the marketplace (a split theme)');

  await Promise.all([p4, p5].map((p) => chooseTheme(p, THEME_B)));
  await Promise.all([p6, p7, p8].map((p) => chooseTheme(p, PROPOSED)));
  const cId = offerId(await stateOf(run), PROPOSED);
  await visible(c.locator(`#os-offer-${cId} .f-os-offer-groups .f-badge`, { hasText: 'täynnä' }), 'console: the proposed theme is full');
  await c.getByRole('button', { name: `Jaa kahtia: ${PROPOSED}`, exact: true }).click();
  await confirmDialog(c, { title: `Jaetaanko ”${PROPOSED}” kahtia?`, ok: 'Jaa kahtia', focusOnCancel: true });
  await waitUntil(async () => groupSizes(await stateOf(run), PROPOSED).join() === '2,1', 5000, 'manual split in the store');
  await waitContains(announcer(c), `”${PROPOSED}” jaettiin kahtia.`, 'console announces the split');
  st = await stateOf(run);
  const splitOff = [p6, p7, p8].find((p) => placeOf(st, p)?.n === 2)!;
  await waitContains(splitOff.page.locator('.p-callout'), `Valitsit: ${PROPOSED} · ryhmä 2`, `${splitOff.who}: moved by the split`);
  await waitContains(phoneToast(splitOff), `Olet nyt teemassa ${PROPOSED}, ryhmä 2.`, `${splitOff.who}: the split is announced`);
  await waitText(c.getByTestId('os-market-summary'), 'Teemoja tarjolla: 4. Teeman valinneita: 9/9.', 'console: everyone has chosen');
  await waitContains(c.locator('.f-people-panel'), 'Kaikki ovat valinneet teeman.', 'console: nobody waiting');
  await expectNoAxe(screen, 'projector in the marketplace');
  return { a1: [p0, p1, p2], a2: p3, b: [p4, p5], c: [p6, p7, p8], writer: p0, mover: p4 };
}

/** A small real PNG, like a photo of a paper flipchart. */
async function flipchartPng(): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="320" height="240"><rect width="320" height="240" fill="#fff8dc"/>
    <rect x="40" y="40" width="240" height="20" fill="#1f4e79"/><rect x="40" y="90" width="180" height="12" fill="#333"/></svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
}

/** Group work: a flipchart with a key theme, a keyword and a photo; one person moves twice. */
export async function groupWork(run: OsRun, g: Groups): Promise<void> {
  const { console: c, screen } = run;
  await nextPhase(c, 'Aloita ryhmätyö');
  const themeOf: [Phone[], string][] = [
    [[...g.a1, g.a2], THEME_A],
    [g.b, THEME_B],
    [g.c, PROPOSED],
  ];
  await Promise.all(themeOf.flatMap(([ps, th]) => ps.map((p) => waitH1(p.page, `Teemasi: ${th}`, `${p.who}: group work`))));
  await waitText(h1(run), 'Ryhmät työssä', 'projector: groups');
  await waitContains(screen.locator('.s-top'), 'Kahden jalan laki: voit vaihtaa ryhmää milloin vain.', 'projector: law of two feet');

  const { writer } = g;
  await addFlip(writer, 'Lisää tärkeä teema', KEY);
  await addFlip(writer, 'Lisää avainsana', KEYWORD);
  await uploadPhoto(writer, await flipchartPng(), PHOTO_ALT);
  const mate = g.a1[1]!;
  await waitContains(mate.page.locator('.os-flip'), KEY, `${mate.who}: sees the key theme`);
  await visible(mate.page.getByRole('img', { name: PHOTO_ALT, exact: true }), `${mate.who}: sees the photo`);
  let st = await stateOf(run);
  const a1 = placeOf(st, writer)!.groupId;
  expect(st.os!.items.filter((i) => i.groupId === a1).map((i) => [i.kind, i.text])).toEqual([
    ['key', KEY],
    ['keyword', KEYWORD],
  ]);
  expect(st.os!.images.map((i) => [i.groupId, i.kind, i.alt])).toEqual([[a1, 'photo', PHOTO_ALT]]);

  const card = c.locator('li.f-os-group').filter({ has: c.getByRole('heading', { name: `${THEME_A}, ryhmä 1`, exact: true }) });
  await waitContains(card, KEY, 'console: key theme');
  await waitContains(card, KEYWORD, 'console: keyword');
  const img = await visible(card.getByRole('img', { name: PHOTO_ALT, exact: true }), 'console: photo');
  await waitUntil(() => img.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth > 0), 5000, 'console: photo loaded');
  const cardA = screen.locator(`li.s-os-theme[data-offer-id="${placeOf(st, writer)!.offerId}"]`);
  await waitContains(cardA, KEY, 'projector: key theme');
  await waitContains(cardA, 'Kuvia: 1', 'projector: photo counted');
  await expectNoAxe(writer.page, 'phone in group work (flipchart and photo)');
  await expectNoAxe(c, 'console in group work');
  await expectNoAxe(screen, 'projector in group work');

  // the law of two feet, twice: B group 1 → the proposed theme → THEME_A group 2 [O3]
  const { mover } = g;
  const b1 = placeOf(st, mover)!.groupId;
  await addFlip(mover, 'Lisää tärkeä teema', MOVER_B);
  await moveTo(mover, PROPOSED);
  expect(await textOf(mover.page.locator('.os-flip')), 'the old group’s lines are not on the new flipchart').not.toContain(MOVER_B);
  const cGroup = placeOf(await stateOf(run), mover)!.groupId;
  await addFlip(mover, 'Lisää avainsana', MOVER_C);
  await moveTo(mover, THEME_A, 2);
  st = await stateOf(run);
  expect(placeOf(st, mover), 'the mover is in THEME_A group 2').toMatchObject({ groupId: placeOf(st, g.a2)!.groupId, n: 2 });
  const itemB = st.os!.items.find((i) => i.text === MOVER_B)!;
  const itemC = st.os!.items.find((i) => i.text === MOVER_C)!;
  expect([itemB.groupId, itemC.groupId], 'what they wrote stays where it was written').toEqual([b1, cGroup]);
  const actor = { role: 'participant' as const, participantId: mover.id };
  expect(await outcome(run.s, run.sessionId, actor, { type: 'flip.edit', itemId: itemB.id, text: 'muutettu' })).toBe('not_in_group');
  await waitContains(g.b[1]!.page.locator('.os-flip'), MOVER_B, `${g.b[1]!.who}: the mover’s line stays in B`);
  // everyone sees the move: the new mate's phone, the console's people, the projector
  await waitContains(g.a2.page.locator('.os-where'), 'Ryhmässä nyt: 2 henkeä', `${g.a2.who}: the mover joined`);
  await waitContains(g.b[1]!.page.locator('.os-where'), 'Ryhmässä nyt: 1 henkilö', `${g.b[1]!.who}: the mover left`);
  const people = c.locator('.f-people-panel li.f-group').filter({ hasText: `${THEME_A}, ryhmä 2` });
  await waitContains(people.locator('h4'), '(2 hlö)', 'console: two people in THEME_A group 2');
  await waitContains(cardA, 'Ryhmä 2: 2 henkeä', 'projector: two people in THEME_A group 2');
}

/** Pearls: two groups add theirs; the projector shows one group with main points, then all. */
export async function pearls(run: OsRun, g: Groups): Promise<void> {
  const { console: c, screen, phones } = run;
  await nextPhase(c, 'Aloita helmien jakaminen');
  await Promise.all(phones.map((p) => waitH1(p.page, 'Helmet: kertokaa parhaat palat', `${p.who}: pearls`)));
  await waitText(h1(run), 'Helmet', 'projector: pearls');
  await addPearl(g.writer, PEARL_A);
  await addPearl(g.b[1]!, PEARL_B);
  await waitContains(g.writer.page.locator('section[aria-labelledby="other-pearls-h"]'), PEARL_B, 'phone: other groups’ pearls');
  await expectNoAxe(g.writer.page, 'phone in the pearls');

  const a1 = `${THEME_A}, ryhmä 1`;
  await c.getByRole('button', { name: `Näytä valkokankaalla: ${a1}`, exact: true }).click();
  await waitText(h1(run), `${THEME_A} · ryhmä 1`, 'projector: spotlight on A group 1');
  await waitContains(screen.locator('.s-os-spot-pearls'), PEARL_A, 'projector: the pearl');
  expect(await textOf(screen.locator('main')), 'only the spotlighted group').not.toContain(PEARL_B);
  await c.getByRole('textbox', { name: `Pääkohdat: ${a1}`, exact: true }).fill(POINTS);
  await c.getByRole('button', { name: `Tallenna pääkohdat: ${a1}`, exact: true }).click();
  await waitContains(screen.locator('.s-os-points'), POINTS, 'projector: main points');
  await waitContains(c.getByTestId('os-spotlight'), `Valkokankaalla nyt: ${a1}`, 'console: what the projector shows');
  await expectNoAxe(screen, 'projector in the pearls (one group)');
  await expectNoAxe(c, 'console in the pearls');
  await c.getByRole('button', { name: 'Näytä kaikki ryhmät', exact: true }).click();
  await waitText(h1(run), 'Helmet', 'projector: all groups');
  for (const p of [PEARL_A, PEARL_B]) await waitContains(screen.locator('main'), p, `projector: ${p}`);
  await expectNoAxe(screen, 'projector in the pearls (all groups)');
  expect(await textOf(screen.locator('main')), 'no names on the projector').not.toContain('Osallistuja');
}
