// Account security in the browser: an organisation that requires two-step verification, setting
// it up and signing in with a code; password reset by e-mail; the organisation admin page.
// [docs/AUTH.md U5, U6, U8; SPEC S5] The server's AuthService is swapped for one with a fake clock
// (so a TOTP code is not a replay of the last one without waiting 30 s) and an in-memory mailbox.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { AuthService } from '../../src/services/auth-service.ts';
import { MemoryMailer } from '../../src/services/mail.ts';
import { SecretBox } from '../../src/services/secret-box.ts';
import { launch } from '../support/browser.ts';
import { createProcess, facilitator, orgId, PASSWORD, signIn, startServer, type TestServer } from '../support/test-server.ts';
import { codeFor, downloadText, laptop, noAxe, typePassword, wrongCodeFor } from './account-pages.ts';
import { visible, waitContains, waitH1, waitText, waitUntil } from './wait.ts';

let s: TestServer;
let browser: Browser;
const contexts: BrowserContext[] = [];
const clock = { t: Date.now() };
const mailbox = new MemoryMailer();
/** the next 30 s step: a new code is not a replay of the last one */
const tick = () => (clock.t += 30_000);

beforeAll(async () => {
  s = await startServer();
  s.app.deps.auth = new AuthService(s.app.deps.store, () => clock.t, { secrets: new SecretBox({ key: 'a7'.repeat(32) }), mailer: mailbox });
  browser = await launch();
});

afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => undefined);
  await browser?.close().catch(() => undefined);
  await s?.stop();
});

describe('account security in the browser', () => {
  test('[U5][U6] an organisation requires 2FA: set it up on the account page, then sign in with a code', async () => {
    const org = await orgId(s, 'Tiukka Oy');
    const row = (await s.app.deps.store.orgs.byId(org))!;
    await s.app.deps.store.orgs.update({ ...row, require2fa: true });
    const email = 'tiukka@example.fi';
    await facilitator(s, email, { org: 'Tiukka Oy', roles: ['facilitator'], name: 'Tiina Tiukka' });

    const page = await laptop(browser, contexts);
    await page.goto(`${s.base}/fi/`);
    await typePassword(page, email, PASSWORD);
    // the guard allows only the account page, and says why
    await waitH1(page, 'Oma tili', 'required 2FA: account page');
    expect(new URL(page.url()).pathname).toBe('/fi/account');
    await waitContains(page.locator('.a-required'), 'Organisaatiosi edellyttää kaksivaiheista tunnistautumista', 'why');
    await page.goto(`${s.base}/fi/processes/new`);
    await waitH1(page, 'Oma tili', 'other pages lead back to the account page');
    await noAxe(page, 'account page, 2FA required');

    await page.getByRole('button', { name: 'Ota kaksivaiheinen tunnistautuminen käyttöön' }).click();
    const qr = await visible(page.getByRole('img', { name: /^QR-koodi todennussovellukseen/ }), 'QR image');
    expect(await qr.getAttribute('src')).toMatch(/^data:image\/svg\+xml;charset=utf-8,%3Csvg/);
    await waitUntil(
      () => qr.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0),
      5000,
      'QR image shown under the CSP',
    );
    const secret = (await page.getByTestId('totp-secret').innerText()).trim();
    expect(secret).toMatch(/^[A-Z2-7]{4}( [A-Z2-7]{1,4})+$/);
    await noAxe(page, 'account page, 2FA setup');

    // a wrong code: the error is named by the field; then the right one
    const codeField = page.getByLabel('6-numeroinen koodi');
    await codeField.fill(wrongCodeFor(secret, clock.t));
    await page.getByRole('button', { name: 'Ota käyttöön', exact: true }).click();
    await waitContains(page.locator('#a-setup-code-err'), 'Koodi ei kelpaa', 'wrong code');
    expect(await codeField.getAttribute('aria-describedby')).toBe('a-setup-code-err');
    await codeField.fill(codeFor(secret, clock.t));
    await page.getByRole('button', { name: 'Ota käyttöön', exact: true }).click();

    const codes = (await waitText(page.getByTestId('recovery-codes'), /(\S+\n){9}\S+/, 'ten recovery codes')).split('\n');
    expect(codes).toHaveLength(10);
    const file = await downloadText(page, () => page.getByRole('link', { name: 'Lataa koodit tekstitiedostona' }).click());
    expect(file.name).toBe('vuoropuhe-recovery-codes.txt');
    for (const c of codes) expect(file.text).toContain(c);
    await noAxe(page, 'account page, recovery codes');
    await page.getByRole('button', { name: 'Olen tallentanut koodit' }).click();
    await waitText(page.getByTestId('a-2fa-state'), 'Kaksivaiheinen tunnistautuminen on käytössä. Varakoodeja jäljellä: 10.', '2FA on');
    expect(await page.getByTestId('recovery-codes').count()).toBe(0);
    await expect.poll(() => page.locator('.a-required').count()).toBe(0);

    // the rest of the app opens now
    await page.getByRole('link', { name: 'Vuoropuhe' }).click();
    await waitH1(page, 'Dialogiprosessini', 'home after 2FA');

    // sign out; sign in again: password, then a wrong code (fresh ticket), then the right code
    await page.getByRole('button', { name: 'Kirjaudu ulos' }).click();
    tick();
    await typePassword(page, email, PASSWORD);
    await waitH1(page, 'Kaksivaiheinen tunnistautuminen', 'sign-in step 2');
    await waitContains(page.locator('#login-code-hint'), '6-numeroinen koodi todennussovelluksesta tai jokin varakoodeistasi', 'hint');
    await noAxe(page, 'sign-in step 2');
    await page.locator('#login-code').fill(wrongCodeFor(secret, clock.t));
    await page.getByRole('button', { name: 'Jatka' }).click();
    await waitContains(page.getByTestId('form-error'), 'Koodi ei kelpaa', 'wrong code at sign-in');
    expect(await page.locator('#login-code').getAttribute('aria-invalid')).toBe('true');
    await page.locator('#login-code').fill(codeFor(secret, clock.t));
    await page.getByRole('button', { name: 'Jatka' }).click();
    await waitH1(page, 'Dialogiprosessini', 'signed in with password + code');

    // a ticket that ran out (5 min) leads back to the password; then a recovery code instead of the app
    await page.getByRole('button', { name: 'Kirjaudu ulos' }).click();
    await typePassword(page, email, PASSWORD);
    await waitH1(page, 'Kaksivaiheinen tunnistautuminen', 'sign-in step 2 again');
    clock.t += 6 * 60_000;
    await page.locator('#login-code').fill(codeFor(secret, clock.t));
    await page.getByRole('button', { name: 'Jatka' }).click();
    await waitContains(page.getByTestId('form-error'), 'Kirjautuminen kesti liian kauan', 'expired ticket');
    await typePassword(page, email, PASSWORD);
    await waitH1(page, 'Kaksivaiheinen tunnistautuminen', 'sign-in step 2, new ticket');
    // keyboard only: the heading has focus, Tab reaches the code field, Enter sends
    await waitUntil(async () => (await page.evaluate(() => document.activeElement?.id)) === 'page-title', 3000, 'focus on the h1');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('login-code');
    await page.keyboard.type(codes[0]!);
    await page.keyboard.press('Enter');
    await waitH1(page, 'Dialogiprosessini', 'signed in with a recovery code');
  });

  test('[U8][U9] password reset by e-mail, password change and signing out everywhere', async () => {
    const email = 'unohtaja@example.fi';
    await facilitator(s, email, { name: 'Unto Unohtaja' });
    const page = await laptop(browser, contexts);
    await page.goto(`${s.base}/fi/login`);
    await page.getByRole('link', { name: 'Unohditko salasanasi?' }).click();
    await waitH1(page, 'Unohtunut salasana', 'forgot page');
    await page.locator('#forgot-email').fill(email);
    await page.getByRole('button', { name: 'Lähetä linkki' }).click();
    await waitContains(page.getByRole('status'), 'Jos osoitteella on tunnus', 'same answer for every address');
    await noAxe(page, 'forgot-password page, sent');

    const mail = await waitUntil(() => mailbox.sent.find((m) => m.to === email), 5000, 'reset mail');
    const token = /\/fi\/reset-password#([A-Za-z0-9_-]+)/.exec(mail.text)?.[1];
    expect(token, mail.text).toBeTruthy();
    await page.goto(`${s.base}/fi/reset-password#${token}`);
    await waitH1(page, 'Aseta uusi salasana', 'reset page');
    await waitUntil(async () => (await page.evaluate(() => location.hash)) === '', 3000, 'token cleared from the address bar');
    await page.locator('#reset-password').fill('lyhyt');
    await page.getByRole('button', { name: 'Tallenna uusi salasana' }).click();
    await waitContains(page.locator('#reset-password-err'), 'Salasanassa on 5 merkkiä', 'too short');
    await noAxe(page, 'reset-password page with an error');
    const fresh = 'uusi pitkä salasana 2026';
    await page.locator('#reset-password').fill(fresh);
    await page.getByRole('button', { name: 'Tallenna uusi salasana' }).click();
    await waitH1(page, 'Kirjaudu sisään', 'back to sign-in');
    await waitContains(page.getByRole('status'), 'Salasana on vaihdettu', 'success message');
    await typePassword(page, email, fresh);
    await waitH1(page, 'Dialogiprosessini', 'signed in with the new password');

    // the account page: change the password, then sign out everywhere
    await page.getByRole('link', { name: 'Oma tili' }).click();
    await waitH1(page, 'Oma tili', 'account page');
    const newest = 'vielä uudempi salasana 2027';
    await page.locator('#a-pw-current').fill('väärä salasana');
    await page.locator('#a-pw-next').fill(newest);
    await page.getByRole('button', { name: 'Vaihda salasana', exact: true }).click();
    await waitContains(page.locator('#a-pw-current-err'), 'Nykyinen salasana ei täsmää', 'wrong current password');
    await page.locator('#a-pw-current').fill(fresh);
    await page.getByRole('button', { name: 'Vaihda salasana', exact: true }).click();
    await waitContains(page.locator('section[aria-labelledby="a-pw-title"] [role="status"]'), 'Salasana on vaihdettu', 'password changed');
    await noAxe(page, 'account page, 2FA off');
    await page.getByRole('button', { name: 'Kirjaudu ulos kaikilta laitteilta' }).click();
    await waitH1(page, 'Kirjaudu sisään', 'signed out everywhere');
    await waitContains(page.getByRole('status'), 'Olet kirjautunut ulos kaikilta laitteilta', 'signed out message');
    await typePassword(page, email, newest);
    await waitH1(page, 'Dialogiprosessini', 'signed in with the changed password');
  });

  test('[S5] an organisation admin: roles, the last admin, an invitation, settings, processes and the audit log', async () => {
    const orgName = 'Hallinto Oy';
    const adminEmail = 'yllapitaja@example.fi';
    const memberEmail = 'jasen@example.fi';
    const adminCookie = await facilitator(s, adminEmail, { org: orgName, roles: ['org_admin', 'facilitator'], name: 'Ylva Ylläpitäjä' });
    await facilitator(s, memberEmail, { org: orgName, roles: ['facilitator'], name: 'Jaana Jäsen' });
    const org = await orgId(s, orgName);
    const proc = await createProcess(s, adminCookie, { name: 'Kevään dialogi', orgId: org });
    await signIn(s, memberEmail);

    const page = await laptop(browser, contexts);
    await page.goto(`${s.base}/fi/login`);
    await typePassword(page, adminEmail, PASSWORD);
    await waitH1(page, 'Dialogiprosessini', 'admin home');
    await page.getByRole('link', { name: `Organisaatio: ${orgName}` }).click();
    await waitH1(page, `Organisaatio: ${orgName}`, 'org page');
    await visible(page.getByRole('table', { name: 'Jäsenet (2)' }), 'members table');

    // a role for the member; the last admin cannot drop their own admin role
    await page.getByLabel('Koordinaattori: Jaana Jäsen').check();
    await waitText(
      page.locator('section[aria-labelledby="org-members-title"] [role="status"]'),
      'Rooli Koordinaattori annettu: Jaana Jäsen.',
      'role given',
    );
    const roles = async (email: string) => {
      const u = (await s.app.deps.store.users.byEmail(email))!;
      return (await s.app.deps.store.orgs.rolesOf(u.id)).filter((r) => r.orgId === org).map((r) => r.role);
    };
    expect(await roles(memberEmail)).toContain('coordinator');
    const own = page.getByLabel('Ylläpitäjä: Ylva Ylläpitäjä');
    await own.click();
    await waitContains(
      page.locator('section[aria-labelledby="org-members-title"]').getByTestId('form-error'),
      'Organisaatiolla on oltava vähintään yksi ylläpitäjä.',
      'last admin',
    );
    await waitUntil(() => own.isChecked(), 3000, 'the checkbox is back on');
    expect(await roles(adminEmail)).toContain('org_admin');

    // an existing account from elsewhere gets a role here
    await facilitator(s, 'muualta@example.fi', { org: 'Muu Oy', roles: ['facilitator'], name: 'Mikko Muualta' });
    const members = page.locator('section[aria-labelledby="org-members-title"]');
    await members.getByLabel('Sähköposti').fill('muualta@example.fi');
    await members.getByLabel('Rooli', { exact: true }).selectOption('commissioner');
    await members.getByRole('button', { name: 'Anna rooli' }).click();
    await visible(page.getByRole('table', { name: 'Jäsenet (3)' }), 'members table with the new member');
    expect(await page.getByLabel('Tilaaja: Mikko Muualta').isChecked()).toBe(true);

    // an invitation link for a commissioner
    await page.locator('#org-invite-role').selectOption('commissioner');
    await page.getByRole('button', { name: 'Luo kutsulinkki' }).click();
    const link = await visible(page.getByLabel('Kutsulinkki (Tilaaja)'), 'invitation link');
    expect(await link.inputValue()).toMatch(/\/fi\/setup#[A-Za-z0-9_-]{20,}$/);

    // settings: retention
    await page.locator('#org-retention').fill('24');
    await page.getByRole('button', { name: 'Tallenna asetukset' }).click();
    await waitText(page.locator('section[aria-labelledby="org-settings-title"] [role="status"]'), 'Tallennettu.', 'settings saved');
    expect((await s.app.deps.store.orgs.byId(org))!.retentionMonths).toBe(24);

    // the process: its own retention, close, then erase behind a dialog that names it
    await page.locator(`#org-proc-ret-${proc.id}`).fill('6');
    await page.getByRole('button', { name: `Tallenna säilytysaika: ${proc.name}` }).click();
    await waitContains(page.locator('section[aria-labelledby="org-procs-title"] [role="status"]'), 'säilytysaika on 6 kk', 'retention');
    expect((await s.app.deps.store.processes.byId(proc.id))!.retentionMonths).toBe(6);
    await page.getByRole('button', { name: `Päätä prosessi: ${proc.name}` }).click();
    await waitContains(page.locator('section[aria-labelledby="org-procs-title"] [role="status"]'), 'on päätetty', 'closed');
    await page.getByRole('button', { name: `Poista sisältö nyt: ${proc.name}` }).click();
    const dialog = await visible(page.locator('dialog[open]'), 'erase dialog');
    await waitText(dialog.locator('h2'), `Poistetaanko prosessin ”${proc.name}” sisältö?`, 'dialog names the process');
    await waitUntil(async () => (await page.evaluate(() => document.activeElement?.textContent)) === 'Peruuta', 3000, 'focus on cancel');
    await noAxe(page, 'org page, erase dialog');
    await dialog.getByRole('button', { name: 'Poista sisältö', exact: true }).click();
    await waitContains(page.locator('section[aria-labelledby="org-procs-title"] [role="status"]'), 'sisältö on poistettu', 'erased');
    expect((await s.app.deps.store.processes.byId(proc.id))!.erasedAt).not.toBeNull();

    // the audit log: newest first, with the sign-ins and the changes above; and as CSV
    await page.getByRole('button', { name: 'Päivitä loki' }).click();
    const audit = page.getByRole('table', { name: /^Tapahtumat, uusin ensin/ });
    await waitContains(audit, 'Poisti sisällön', 'audit shows the erase');
    const text = await audit.innerText();
    expect(text).toContain('Kirjautui sisään');
    expect(text).toContain(memberEmail);
    expect(text).toContain('Muutti roolia');
    expect(text).toContain('Loi kutsulinkin');
    const times = await audit.locator('tbody time').evaluateAll((els) => els.map((e) => Date.parse(e.getAttribute('datetime')!)));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    await noAxe(page, 'org page');
    const csv = await downloadText(page, () => page.getByRole('link', { name: 'Lataa CSV' }).click());
    expect(csv.name).toBe('audit-log.csv');
    expect(csv.text.split('\n')[0]).toContain('Aika,Käyttäjä,Tapahtuma,Kohde,Tiedot,Osoite');
    expect(csv.text).toContain('signin');
    expect(csv.text).toContain(memberEmail);
  });
});
