// Child mode in the Open Space on a 320 px phone, in Finnish and Arabic: the opening (what Open
// Space is, the law of two feet with the "move" pictogram), the marketplace ("choose a group you
// want to talk in"), group work (the big paper) and pearls (the best ideas). Each view: the
// children's wording, the pictogram of what to do now, no sideways scrolling, controls ≥ 44 × 44
// px, axe-clean in light and dark. The session is seeded through the engine (session 1 closed, two
// themes carried). [SPEC UI5]
import { describe, expect, test } from 'vitest';
import { withServerAndBrowser } from './app-fixture.ts';
import type { Browser, Page } from 'playwright-core';
import type { Actor } from '../../src/domain/types.ts';
import { kidsAr } from '../../src/i18n/kids.ar.ts';
import { kidsFi } from '../../src/i18n/kids.fi.ts';
import type { JoinResponse } from '../../src/protocol/http-schema.ts';
import { createProcess, facilitator, http, join, type TestServer } from '../support/test-server.ts';
import { openSpaceAfterSessionOne, execute, offerId, osState, THEME_A, THEME_B } from './os-fixture.ts';
import { phoneLayout } from './phone-layout.ts';
import { expectNoAxe } from './session-run.ts';
import { visible, waitText, waitUntil } from './wait.ts';

let s: TestServer | undefined;
let browser: Browser | undefined;
const contexts = withServerAndBrowser((app) => ({ s, browser } = app));

type Lang = 'fi' | 'ar';
const KIDS: Record<Lang, Record<keyof typeof kidsFi, string>> = { fi: kidsFi, ar: kidsAr };

interface KidsPhone {
  lang: Lang;
  page: Page;
  id: string;
  k: Record<keyof typeof kidsFi, string>;
}

/** A 320 px phone of someone who joined over HTTP, on the page of its language; axe can be injected. */
async function kidsPhone(b: Browser, base: string, code: string, lang: Lang, j: JoinResponse): Promise<KidsPhone> {
  const ctx = await b.newContext({
    viewport: { width: 320, height: 640 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    bypassCSP: true,
    locale: lang === 'ar' ? 'ar' : 'fi-FI',
    // the toast fades; half-way it has too little contrast for axe
    reducedMotion: 'reduce',
  });
  ctx.setDefaultTimeout(15_000);
  contexts.push(ctx);
  await ctx.addInitScript(({ k, v }) => localStorage.setItem(k, v), { k: `vp.join.${code}`, v: JSON.stringify(j) });
  const page = await ctx.newPage();
  await page.goto(`${base}/${lang}/join/${code}`);
  return { lang, page, id: j.participantId, k: KIDS[lang] };
}

/** The pictogram and word of what to do now. */
async function expectState(p: KidsPhone, state: 'write' | 'wait' | 'move', word: string): Promise<void> {
  const el = await visible(p.page.locator(`.p-kids .p-kids-state[data-kids-state="${state}"]`), `${p.lang}: kids state ${state}`);
  await waitText(el, word, `${p.lang}: kids state word`);
  expect(await el.locator('svg').getAttribute('aria-hidden')).toBe('true');
}

/** Fits 320 px with 44 px targets, and axe finds nothing in light and in dark. */
async function check(p: KidsPhone, view: string): Promise<void> {
  const what = `${p.lang} kids ${view}`;
  const m = await phoneLayout(p.page);
  expect.soft(m.scrollWidth, `${what}: scrolls sideways`).toBeLessThanOrEqual(m.clientWidth);
  expect.soft(m.small, `${what}: controls under 44 × 44 px`).toEqual([]);
  for (const scheme of ['light', 'dark'] as const) {
    await p.page.emulateMedia({ colorScheme: scheme });
    await waitUntil(
      () => p.page.evaluate(() => document.getAnimations().every((x) => x.playState !== 'running')),
      5000,
      `${what}: transitions done`,
    );
    await expectNoAxe(p.page, `${what} (${scheme})`);
  }
  await p.page.emulateMedia({ colorScheme: 'light' });
}

describe('child mode in the Open Space', () => {
  test('[UI5] opening, marketplace, group work and pearls on a 320 px kids phone in fi and ar, light and dark', async () => {
    const server = s!;
    const b = browser!;
    const cookie = await facilitator(server);
    const me = await http<{ id: string }>(server, 'GET', '/api/me', undefined, { cookie });
    const fac: Actor = { role: 'facilitator', userId: me.body.id };
    const proc = await createProcess(server, cookie, { name: 'Luokan 5B Open Space' });
    const os = await openSpaceAfterSessionOne(server, cookie, proc);
    await execute(server, os.id, fac, { type: 'session.configure', childMode: true });

    // a Finnish pupil and an Arabic one (content language English), both on 320 px phones
    const fiJoin = await join(server, os.joinCode);
    const arJoin = await http<JoinResponse>(server, 'POST', '/api/join', { code: os.joinCode, lang: 'en' });
    expect(arJoin.status).toBe(200);
    const phones = [
      await kidsPhone(b, server.base, os.joinCode, 'fi', fiJoin),
      await kidsPhone(b, server.base, os.joinCode, 'ar', arJoin.body),
    ];
    for (const p of phones) await visible(p.page.locator('.p-root.p-kids'), `${p.lang}: p-kids root`);
    expect(await phones[1]!.page.evaluate(() => document.documentElement.dir)).toBe('rtl');

    // the opening: what Open Space is, four rules, the law of two feet with the "move" pictogram
    for (let i = 0; i < 3 && (await osState(server, os.id)).phase !== 'opening'; i++)
      await execute(server, os.id, fac, { type: 'phase.next' });
    expect((await osState(server, os.id)).phase).toBe('opening');
    for (const p of phones) {
      await expectState(p, 'wait', p.k['kids.state.wait']);
      await visible(p.page.getByText(p.k['kids.os.opening.intro']), `${p.lang}: what Open Space is`);
      await visible(p.page.getByRole('heading', { name: p.k['kids.os.twoFeet'] }), `${p.lang}: two feet heading`);
      const note = await visible(p.page.locator('.p-kids-note[data-kids-note="move"]'), `${p.lang}: two feet with the move pictogram`);
      await waitText(note, p.k['kids.os.twoFeetBody'], `${p.lang}: two feet in a child's words`);
      expect(await note.locator('svg').getAttribute('aria-hidden')).toBe('true');
      await check(p, 'opening');
    }

    // the marketplace: "choose a group you want to talk in"; the buttons keep the theme in their name
    await execute(server, os.id, fac, { type: 'phase.next' });
    expect((await osState(server, os.id)).phase).toBe('marketplace');
    for (const p of phones) {
      await expectState(p, 'move', p.k['kids.os.state.move']);
      await visible(p.page.getByText(p.k['kids.os.market.intro']), `${p.lang}: choose a group`);
      await visible(p.page.locator('.os-theme .os-choose').first(), `${p.lang}: a theme to choose`);
      await visible(p.page.getByRole('heading', { name: p.k['kids.os.propose.heading'] }), `${p.lang}: propose a topic`);
      await check(p, 'marketplace');
    }
    const [fi, ar] = phones as [KidsPhone, KidsPhone];
    await fi.page.getByRole('button', { name: `Valitse: ${THEME_A}` }).click();
    await waitUntil(async () => (await osState(server, os.id)).os!.members[fi.id], 5000, 'fi pupil in a group');
    await execute(
      server,
      os.id,
      { role: 'participant', participantId: ar.id },
      {
        type: 'os.choose',
        offerId: offerId(await osState(server, os.id), THEME_B),
      },
    );

    // group work: talk and write on the big paper; "you may change groups" with the move pictogram
    await execute(server, os.id, fac, { type: 'phase.next' });
    expect((await osState(server, os.id)).phase).toBe('groups');
    for (const p of phones) {
      await expectState(p, 'write', p.k['kids.state.write']);
      await visible(p.page.getByText(p.k['kids.os.group.body']), `${p.lang}: write on the big paper`);
      await visible(p.page.getByRole('heading', { name: p.k['kids.flip.heading'] }), `${p.lang}: the big paper`);
      await visible(p.page.getByRole('textbox', { name: p.k['kids.flip.addKey'], exact: true }), `${p.lang}: flipchart field`);
      await waitText(
        p.page.locator('.os-move .p-kids-note[data-kids-note="move"]'),
        p.k['kids.os.moveHint'],
        `${p.lang}: you may change groups`,
      );
      await visible(p.page.getByRole('button', { name: p.k['kids.os.move'] }).first(), `${p.lang}: change groups button`);
      await check(p, 'group work');
    }

    // pearls: pick the best ideas; still writing
    await execute(server, os.id, fac, { type: 'phase.next' });
    expect((await osState(server, os.id)).phase).toBe('pearls');
    for (const p of phones) {
      await expectState(p, 'write', p.k['kids.state.write']);
      await visible(p.page.getByText(p.k['kids.pearls.intro']), `${p.lang}: pick the best ideas`);
      await visible(p.page.getByRole('textbox', { name: p.k['kids.pearls.add'], exact: true }), `${p.lang}: pearl field`);
      await check(p, 'pearls');
    }
  });
});
