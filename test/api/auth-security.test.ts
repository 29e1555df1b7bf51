import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireUser } from '../../src/server/auth-guard.ts';
import { AuthService } from '../../src/services/auth-service.ts';
import { ipKey } from '../../src/services/auth-throttle.ts';
import { MemoryMailer } from '../../src/services/mail.ts';
import { SecretBox } from '../../src/services/secret-box.ts';
import { base32Decode, totpAt } from '../../src/services/totp.ts';
import { PASSWORD, facilitator, http, orgId, startServer, type HttpResult, type TestServer } from '../support/test-server.ts';

/**
 * Account security through the HTTP API (docs/AUTH.md, U3 and U5–U9). The server's AuthService is
 * swapped for one with a fake clock and an in-memory mailbox, so lockouts, ticket and token expiry
 * run without waiting. TRUST_PROXY=1 lets each test sign in from its own address.
 */
let s: TestServer;
const clock = { t: Date.now() };
const mailbox = new MemoryMailer();
beforeAll(async () => {
  s = await startServer({ env: { PUBLIC_URL: 'http://dialogi.test', TRUST_PROXY: '1' } });
  s.app.deps.auth = new AuthService(s.app.deps.store, () => clock.t, { secrets: new SecretBox({ key: 'c3'.repeat(32) }), mailer: mailbox });
});
afterAll(() => s.stop());

type Err = { error: string; message?: string; retryAfter?: number; ticket?: string };
type Who = Err & { mfaRequired?: boolean; email?: string };
let ipN = 0;
const newIp = () => `198.51.100.${++ipN}`;
/** every request from its own address unless told, so address counters stay per test */
const post = <T = Err>(path: string, body?: unknown, cookie?: string, ip = newIp()) =>
  http<T>(s, 'POST', path, body, { ...(cookie ? { cookie } : {}), headers: { 'x-forwarded-for': ip } });
const get = (path: string, cookie?: string) => http(s, 'GET', path, undefined, cookie ? { cookie } : {});
const cookieOf = (r: HttpResult) => r.headers.get('set-cookie')?.split(';')[0];
const login = (email: string, password = PASSWORD, ip = newIp()) => post<Who>('/api/login', { email, password }, undefined, ip);
const login2fa = (ticket: string, code: string) => post<Who>('/api/login/2fa', { ticket, code });
const me = async (cookie: string | undefined) => (await get('/api/me', cookie)).status;
const code = (secret: string) => totpAt(base32Decode(secret)!, clock.t);
/** a code of this moment that is not the right one */
const wrongCode = (secret: string) => String((Number(code(secret)) + 500_000) % 1e6).padStart(6, '0');
/** the next 30 s step, so a new code is not a replay of the last one */
const tick = () => (clock.t += 30_000);
type Setup = { secret: string; otpauthUri: string; qrSvg: string };

async function enable2fa(cookie: string): Promise<{ secret: string; recoveryCodes: string[] }> {
  const setup = await post<Setup>('/api/me/2fa/setup', undefined, cookie);
  expect(setup.status).toBe(200);
  const r = await post<{ recoveryCodes: string[] }>('/api/me/2fa/enable', { code: code(setup.body.secret) }, cookie);
  expect(r.status).toBe(200);
  tick();
  return { secret: setup.body.secret, recoveryCodes: r.body.recoveryCodes };
}

describe('two-factor sign-in [U5]', () => {
  it('setup gives a secret, URI and QR; a wrong code does not enable; the right one gives 10 recovery codes', async () => {
    const cookie = await facilitator(s, 'tf1@example.fi');
    const setup = await post<Setup>('/api/me/2fa/setup', undefined, cookie);
    expect(setup.body.otpauthUri).toBe(
      `otpauth://totp/Vuoropuhe:tf1%40example.fi?secret=${setup.body.secret}&issuer=Vuoropuhe&algorithm=SHA1&digits=6&period=30`,
    );
    expect(setup.body.qrSvg).toMatch(/^<svg/);
    expect(setup.headers.get('cache-control')).toBe('no-store');
    expect((await get('/api/me/2fa', cookie)).body).toEqual({
      enabled: false,
      pending: true,
      recoveryCodesLeft: 0,
      required: false,
    });
    const wrong = await post('/api/me/2fa/enable', { code: wrongCode(setup.body.secret) }, cookie);
    expect(wrong.status).toBe(400);
    expect(wrong.body.error).toBe('mfa_code');
    const ok = await post<{ recoveryCodes: string[] }>('/api/me/2fa/enable', { code: code(setup.body.secret) }, cookie);
    expect(ok.body.recoveryCodes).toHaveLength(10);
    expect((await get('/api/me/2fa', cookie)).body).toEqual({
      enabled: true,
      pending: false,
      recoveryCodesLeft: 10,
      required: false,
    });
    expect((await post('/api/me/2fa/setup', undefined, cookie)).body.error).toBe('mfa_already_enabled');
  });

  it('sign-in then needs a code: no cookie after the password; a wrong code is refused; the right one signs in once', async () => {
    const { secret } = await enable2fa(await facilitator(s, 'tf2@example.fi'));
    const first = await login('tf2@example.fi');
    expect(first.status).toBe(200);
    expect(first.body).toEqual({ mfaRequired: true, ticket: expect.stringMatching(/^[\w-]{43}$/) });
    expect(first.headers.get('set-cookie')).toBeNull();
    const wrong = await login2fa(first.body.ticket!, wrongCode(secret));
    expect(wrong.status).toBe(401);
    expect(wrong.body.error).toBe('mfa_code');
    expect(wrong.headers.get('set-cookie')).toBeNull();
    // the old ticket is used up; the wrong answer carried a fresh one
    expect((await login2fa(first.body.ticket!, code(secret))).body.error).toBe('mfa_ticket');
    const ok = await login2fa(wrong.body.ticket!, code(secret));
    expect(ok.status).toBe(200);
    expect(ok.body.email).toBe('tf2@example.fi');
    expect(ok.headers.get('set-cookie')).toMatch(/HttpOnly; SameSite=Lax/);
    expect(await me(cookieOf(ok))).toBe(200);
    // the same code again (same 30 s) is a replay
    const again = await login('tf2@example.fi');
    expect((await login2fa(again.body.ticket!, code(secret))).body.error).toBe('mfa_code');
  });

  it('a recovery code works once; new codes replace the old; a ticket lasts 5 minutes', async () => {
    const cookie = await facilitator(s, 'tf3@example.fi');
    const { secret, recoveryCodes } = await enable2fa(cookie);
    const use = async (c: string) => login2fa((await login('tf3@example.fi')).body.ticket!, c);
    expect((await use(recoveryCodes[3]!.toUpperCase())).status).toBe(200);
    expect((await use(recoveryCodes[3]!)).body.error).toBe('mfa_code');
    expect((await get('/api/me/2fa', cookie)).body).toMatchObject({ recoveryCodesLeft: 9 });
    const fresh = await post<{ recoveryCodes: string[] }>('/api/me/2fa/recovery-codes', { code: code(secret) }, cookie);
    expect(fresh.body.recoveryCodes).toHaveLength(10);
    expect((await use(recoveryCodes[4]!)).body.error).toBe('mfa_code');
    const ticket = (await login('tf3@example.fi')).body.ticket!;
    clock.t += 5 * 60_000 + 1;
    expect((await login2fa(ticket, fresh.body.recoveryCodes[0]!)).body.error).toBe('mfa_ticket');
  });

  it('turning 2FA off needs the password and a code; then sign-in is one step again', async () => {
    const cookie = await facilitator(s, 'tf4@example.fi');
    const { secret } = await enable2fa(cookie);
    const bad = await post('/api/me/2fa/disable', { password: 'wrong password', code: code(secret) }, cookie);
    expect(bad.body.error).toBe('password_wrong');
    expect((await post('/api/me/2fa/disable', { password: PASSWORD, code: code(secret) }, cookie)).status).toBe(204);
    const r = await login('tf4@example.fi');
    expect(r.body.email).toBe('tf4@example.fi');
    expect(cookieOf(r)).toBeDefined();
  });

  it('[U6] an organisation requiring 2FA of facilitators: me says so and guarded routes answer 403 until it is set up', async () => {
    const cookie = await facilitator(s, 'tf5@example.fi');
    const st = s.app.deps.store;
    const user = (await st.users.byEmail('tf5@example.fi'))!;
    await st.orgs.create({ id: 'org-2fa', name: 'Vaativa kunta', require2fa: true, retentionMonths: 12, createdAt: clock.t });
    await st.orgs.addMember('org-2fa', user.id, 'facilitator', clock.t);
    expect((await get('/api/me', cookie)).body).toMatchObject({ mfaSetupRequired: true });
    expect((await get('/api/me/2fa', cookie)).body).toMatchObject({ enabled: false, required: true });
    const guarded = Fastify();
    guarded.get('/x', async (req, reply) => {
      const u = await requireUser(s.app.deps.auth, req, reply);
      return u ? { id: u.id } : reply;
    });
    const probe = async () => guarded.inject({ url: '/x', headers: { cookie } });
    expect((await probe()).statusCode).toBe(403);
    expect((await probe()).json()).toMatchObject({ error: 'mfa_setup_required' });
    await enable2fa(cookie);
    expect((await probe()).json()).toEqual({ id: user.id });
    expect((await guarded.inject({ url: '/x' })).statusCode).toBe(401);
    expect((await get('/api/me', cookie)).body).toMatchObject({ mfaSetupRequired: false });
    await guarded.close();
  });
});

describe('sign-in throttling [U7]', () => {
  it('5 wrong passwords lock the e-mail for 1 min (even the right password), then 2 min; success clears', async () => {
    await facilitator(s, 'th1@example.fi');
    for (let i = 0; i < 4; i++) expect((await login('th1@example.fi', 'wrong password!')).body.error).toBe('login_failed');
    const locked = await login('th1@example.fi', 'wrong password!');
    expect(locked.status).toBe(429);
    expect(locked.body).toMatchObject({ error: 'rate_limited', retryAfter: 60 });
    expect(locked.headers.get('retry-after')).toBe('60');
    expect((await login('th1@example.fi')).body).toMatchObject({ error: 'rate_limited', retryAfter: 60 });
    clock.t += 61_000;
    expect((await login('th1@example.fi', 'wrong password!')).body).toMatchObject({ error: 'rate_limited', retryAfter: 120 });
    clock.t += 121_000;
    expect((await login('th1@example.fi')).status).toBe(200);
    expect((await login('th1@example.fi', 'wrong password!')).body.error).toBe('login_failed');
  });

  it('an unknown e-mail locks the same way, so a lockout tells nothing about accounts', async () => {
    await facilitator(s, 'th2@example.fi');
    const answers = async (email: string) => {
      for (let i = 0; i < 5; i++) await login(email, 'wrong password!');
      const r = await login(email, 'wrong password!');
      return { status: r.status, body: r.body, retry: r.headers.get('retry-after') };
    };
    expect(await answers('nobody-th2@example.fi')).toEqual(await answers('th2@example.fi'));
  });

  it('50 failures from one address lock it for 15 min, for every e-mail', async () => {
    const ip = newIp();
    // 49 earlier failures from this address (each real one costs a scrypt hash)
    await s.app.deps.store.throttle.set(ipKey(ip), 49, 0, clock.t);
    const r = await login('ip49@example.fi', 'wrong password!', ip);
    expect(r.body).toMatchObject({ error: 'rate_limited', retryAfter: 900 });
    await facilitator(s, 'th3@example.fi');
    expect((await login('th3@example.fi', PASSWORD, ip)).status).toBe(429);
    expect((await login('th3@example.fi', PASSWORD, newIp())).status).toBe(200);
    clock.t += 15 * 60_000;
    expect((await login('th3@example.fi', PASSWORD, ip)).status).toBe(200);
  });

  it('wrong second-step codes lock the account like passwords', async () => {
    const { secret } = await enable2fa(await facilitator(s, 'th4@example.fi'));
    let ticket = (await login('th4@example.fi')).body.ticket!;
    const wrong = wrongCode(secret);
    for (let i = 0; i < 4; i++) ticket = (await login2fa(ticket, wrong)).body.ticket!;
    const locked = await login2fa(ticket, wrong);
    expect(locked.body).toMatchObject({ error: 'rate_limited', retryAfter: 60 });
    expect(locked.body.ticket).toBeUndefined();
    expect((await login2fa((await login('th4@example.fi')).body.ticket!, code(secret))).status).toBe(429);
  });
});

describe('password reset, change and signing out everywhere [U8, U9]', () => {
  const waitMail = async (to: string, n: number) => {
    for (let i = 0; i < 100 && mailbox.sent.filter((m) => m.to === to).length < n; i++) await new Promise((r) => setTimeout(r, 20));
    const mine = mailbox.sent.filter((m) => m.to === to);
    expect(mine).toHaveLength(n);
    return /reset-password#([\w-]+)/.exec(mine[n - 1]!.text)![1]!;
  };

  it('the request answers the same for known and unknown e-mails; only the known one gets mail', async () => {
    await facilitator(s, 'rs1@example.fi');
    const known = await post('/api/password-reset', { email: 'RS1@example.fi' });
    const unknown = await post('/api/password-reset', { email: 'nobody-rs1@example.fi' });
    for (const r of [known, unknown]) expect(r.status).toBe(202);
    expect(unknown.body).toEqual(known.body);
    expect(unknown.headers.get('content-length')).toBe(known.headers.get('content-length'));
    await waitMail('rs1@example.fi', 1);
    expect(mailbox.sent.filter((m) => m.to === 'nobody-rs1@example.fi')).toEqual([]);
    expect(mailbox.sent.find((m) => m.to === 'rs1@example.fi')!.text).toContain('http://dialogi.test/fi/reset-password#');
  });

  it('a reset token works once, ends every session, and expires after an hour', async () => {
    const a = await facilitator(s, 'rs2@example.fi');
    const b = cookieOf(await login('rs2@example.fi'));
    await post('/api/password-reset', { email: 'rs2@example.fi' });
    const token = await waitMail('rs2@example.fi', 1);
    const NEW = 'uusi salasana 2027';
    expect((await post('/api/password-reset/confirm', { token, password: NEW })).status).toBe(204);
    expect([await me(a), await me(b)]).toEqual([401, 401]);
    expect((await login('rs2@example.fi')).body.error).toBe('login_failed');
    expect((await login('rs2@example.fi', NEW)).status).toBe(200);
    const reuse = await post('/api/password-reset/confirm', { token, password: 'kolmas salasana!' });
    expect(reuse.body.error).toBe('reset_token');
    await post('/api/password-reset', { email: 'rs2@example.fi' });
    const late = await waitMail('rs2@example.fi', 2);
    clock.t += 3600_000 + 1;
    expect((await post('/api/password-reset/confirm', { token: late, password: 'kolmas salasana!' })).body.error).toBe('reset_token');
  });

  it('a reset ends the other reset links mailed before it', async () => {
    await facilitator(s, 'rs3@example.fi');
    await post('/api/password-reset', { email: 'rs3@example.fi' });
    const first = await waitMail('rs3@example.fi', 1);
    await post('/api/password-reset', { email: 'rs3@example.fi' });
    const second = await waitMail('rs3@example.fi', 2);
    expect((await post('/api/password-reset/confirm', { token: second, password: 'uusi salasana 2027' })).status).toBe(204);
    expect((await post('/api/password-reset/confirm', { token: first, password: 'kolmas salasana!' })).body.error).toBe('reset_token');
    expect((await login('rs3@example.fi', 'uusi salasana 2027')).status).toBe(200);
  });

  it('changing the password needs the current one and signs out every other session', async () => {
    const a = await facilitator(s, 'pw1@example.fi');
    const b = cookieOf(await login('pw1@example.fi'));
    const bad = await post('/api/me/password', { current: 'not it at all', next: 'uusi salasana 2027' }, a);
    expect([bad.status, bad.body.error]).toEqual([400, 'password_wrong']);
    const ok = await post('/api/me/password', { current: PASSWORD, next: 'uusi salasana 2027' }, a);
    expect(ok.status).toBe(204);
    const c = cookieOf(ok);
    expect([await me(a), await me(b), await me(c)]).toEqual([401, 401, 200]);
    expect((await login('pw1@example.fi', 'uusi salasana 2027')).status).toBe(200);
  });

  it('sign out everywhere ends every session of the account, not other accounts', async () => {
    const a = await facilitator(s, 'lo1@example.fi');
    const b = cookieOf(await login('lo1@example.fi'));
    const other = await facilitator(s, 'lo2@example.fi');
    const r = await post('/api/logout-everywhere', undefined, b);
    expect(r.status).toBe(204);
    expect(r.headers.get('set-cookie')).toMatch(/Max-Age=0/);
    expect([await me(a), await me(b), await me(other)]).toEqual([401, 401, 200]);
  });
});

describe('account events in the audit log [D5]', () => {
  it('sign-ins (failed, locked, with 2FA), 2FA changes, password change and sign-out everywhere are logged with the address; org admins see them', async () => {
    const org = 'Kirjausten kunta';
    const admin = await facilitator(s, 'au-admin@example.fi', { org, roles: ['org_admin'] });
    const cookie = await facilitator(s, 'au1@example.fi', { org });
    await facilitator(s, 'au-other@example.fi', { org: 'Muu kunta' });
    expect((await login('au1@example.fi', 'väärä salasana', '203.0.113.7')).status).toBe(401);
    expect((await login('nobody@example.fi', 'väärä salasana', '203.0.113.7')).status).toBe(401);
    expect((await login('au-other@example.fi', 'väärä salasana')).status).toBe(401);
    const { secret } = await enable2fa(cookie);
    const first = await login('au1@example.fi', PASSWORD, '203.0.113.8');
    expect((await login2fa(first.body.ticket!, wrongCode(secret))).body.error).toBe('mfa_code');
    tick();
    const again = await login('au1@example.fi');
    const signedIn = cookieOf(await login2fa(again.body.ticket!, code(secret)));
    expect(await me(signedIn)).toBe(200);
    expect((await post('/api/me/password', { current: PASSWORD, next: 'toinen salasana 2027' }, signedIn)).status).toBe(204);
    const fresh = cookieOf(await login2fa((await login('au1@example.fi', 'toinen salasana 2027')).body.ticket!, (tick(), code(secret))));
    expect((await post('/api/logout-everywhere', undefined, fresh)).status).toBe(204);

    const audit = await get(`/api/orgs/${await orgId(s, org)}/audit`, admin);
    expect(audit.status).toBe(200);
    const mine = (audit.body as { user: string | null; action: string; ip: string | null; detail: Record<string, unknown> }[])
      .filter((e) => e.user === 'au1@example.fi')
      .reverse();
    expect(mine.map((e) => e.action)).toEqual([
      'signin.failed',
      '2fa.enable',
      'signin.2fa_failed',
      'signin',
      'password.change',
      'signin',
      'signout.everywhere',
    ]);
    expect(mine[0]!.ip).toBe('203.0.113.7');
    expect(mine[2]!.ip).toMatch(/^198\.51\.100\./);
    expect(mine[3]!.detail).toEqual({ twoFactor: true });
    const text = JSON.stringify(audit.body);
    expect(text, 'unknown addresses are not kept').not.toContain('nobody@example.fi');
    expect(text, 'another organisation’s member is not shown').not.toContain('au-other@example.fi');
  });
});

describe('session cookie flags [U3]', () => {
  it('HttpOnly and SameSite=Lax always; Secure when PUBLIC_URL is https', async () => {
    const tlsServer = await startServer({ env: { PUBLIC_URL: 'https://dialogi.example.fi' } });
    try {
      await facilitator(tlsServer, 'ck@example.fi');
      const r = await http(tlsServer, 'POST', '/api/login', { email: 'ck@example.fi', password: PASSWORD });
      expect(r.headers.get('set-cookie')).toMatch(/^vp_session=[\w-]{43}; Path=\/; HttpOnly; SameSite=Lax; Max-Age=604800; Secure$/);
    } finally {
      await tlsServer.stop();
    }
    const plain = await login('tf4@example.fi');
    expect(plain.headers.get('set-cookie')).toMatch(/HttpOnly; SameSite=Lax; Max-Age=604800$/);
  });
});
