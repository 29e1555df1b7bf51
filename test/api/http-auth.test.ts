import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD, facilitator, http, startServer, type TestServer } from '../support/test-server.ts';

let s: TestServer;
beforeAll(async () => {
  s = await startServer();
});
afterAll(() => s.stop());

describe('health and pages', () => {
  it('[H0] /healthz answers ok once the store is open', async () => {
    const r = await http(s, 'GET', '/healthz');
    expect(r.status).toBe(200);
    expect(r.body).toEqual({ status: 'ok' });
  });

  it.each([
    ['/fi/', 'fi', 'facilitator'],
    ['/sv/join/ACDEFGHJ', 'sv', 'participant'],
    ['/en/screen/abc', 'en', 'screen'],
  ])('[H1] %s serves the %s shell of the %s app with a strict CSP', async (path, lang, app) => {
    const r = await http<string>(s, 'GET', path);
    expect(r.status).toBe(200);
    expect(r.body).toContain(`<html lang="${lang}"`);
    expect(r.body).toContain(`/assets/${app}.js`);
    expect(r.body).not.toMatch(/<script>(?!<\/script>)/);
    const csp = r.headers.get('content-security-policy')!;
    for (const part of ["default-src 'self'", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'"])
      expect(csp).toContain(part);
  });

  it.each([
    ['/ar/join', '<html lang="ar" dir="rtl">', 'participant'],
    ['/ar/join/ACDEFGHJ', '<html lang="ar" dir="rtl">', 'participant'],
    ['/ar/survey', '<html lang="ar" dir="rtl">', 'participant'],
    ['/ar/screen/abc', '<html lang="ar" dir="rtl">', 'screen'],
    ['/so/join/ACDEFGHJ', '<html lang="so" dir="ltr">', 'participant'],
    ['/so/screen/abc', '<html lang="so" dir="ltr">', 'screen'],
    ['/fi/join', '<html lang="fi" dir="ltr">', 'participant'],
  ])('[H1] phone and projector pages also in Arabic (right to left) and Somali: %s', async (path, html, app) => {
    const r = await http<string>(s, 'GET', path);
    expect(r.status).toBe(200);
    expect(r.body).toContain(html);
    expect(r.body).toContain(`/assets/${app}.js`);
  });

  it.each(['/ar/', '/so/', '/ar/login', '/so/sessions/abc', '/ar/accessibility', '/ar'])(
    '[H1] the facilitator app stays fi/sv/en: %s is 404',
    async (path) => {
      expect((await http(s, 'GET', path)).status).toBe(404);
    },
  );

  it('[H1] an unknown language prefix is 404; an unknown page gets the app shell with 404', async () => {
    expect((await http(s, 'GET', '/de/join')).status).toBe(404);
    // the plain 404 is for a person: in the address's language (also ar/so), else the browser's
    expect((await http(s, 'GET', '/ar/login')).body).toBe('غير موجود.');
    expect((await http(s, 'GET', '/de/join', undefined, { headers: { 'accept-language': 'sv-FI,sv;q=0.9' } })).body).toBe('Hittades inte.');
    expect((await http(s, 'GET', '/de/join')).body).toBe('Kohdetta ei löytynyt.');
    expect((await http(s, 'GET', '/assets/nothing.js', undefined, { headers: { 'accept-language': 'en' } })).body).toBe('Not found.');
    const r = await http<string>(s, 'GET', '/sv/no-such-page');
    expect(r.status).toBe(404);
    expect(r.body).toContain('<html lang="sv"');
    expect((await http(s, 'GET', '/api/nothing')).body).toMatchObject({ error: 'not_found' });
  });

  it('[H1] a malformed URL gets the translated error shape, with headers, without echoing it', async () => {
    const bad = await fetch(`${s.base}/api/processes/%E0%A4%A`, { headers: { 'accept-language': 'sv' } });
    expect(bad.status).toBe(400);
    const body = (await bad.json()) as { error: string; message: string };
    expect(body).toMatchObject({ error: 'validation', field: 'url' });
    expect(body.message).not.toMatch(/%E0/);
    expect(bad.headers.get('content-security-policy')).toContain("default-src 'self'");
    const long = await fetch(`${s.base}/api/processes/${'a'.repeat(5000)}`);
    expect(long.status).toBeLessThan(500);
    expect(await long.json()).toMatchObject({ error: expect.stringMatching(/^(validation|not_found)$/) });
  });
});

describe('facilitator accounts', () => {
  let cookie: string;

  it('[U1] setup needs a valid one-time token and creates the account once', async () => {
    expect((await http(s, 'GET', '/api/setup-status')).body).toEqual({ needsSetup: true });
    const bad = await http<{ error: string; message: string }>(s, 'POST', '/api/setup', {
      token: 'x'.repeat(40),
      email: 'a@b.fi',
      password: PASSWORD,
      name: 'A',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error).toBe('setup_token');
    expect(bad.body.message).toMatch(/\S/);
    cookie = await facilitator(s);
    expect((await http(s, 'GET', '/api/setup-status')).body).toEqual({ needsSetup: false });
  });

  it('[U1] a used setup token cannot be used again', async () => {
    const token = await s.app.deps.auth.issueSetupToken();
    expect((await http(s, 'POST', '/api/setup', { token, email: 'toinen@example.fi', password: PASSWORD, name: 'B' })).status).toBe(201);
    const again = await http<{ error: string }>(s, 'POST', '/api/setup', {
      token,
      email: 'kolmas@example.fi',
      password: PASSWORD,
      name: 'C',
    });
    expect(again.body.error).toBe('setup_token');
  });

  it('[U2] passwords shorter than 12 characters are refused with the field named', async () => {
    const token = await s.app.deps.auth.issueSetupToken();
    const r = await http<{ error: string; field: string }>(s, 'POST', '/api/setup', {
      token,
      email: 'x@example.fi',
      password: 'short',
      name: 'X',
    });
    expect(r.status).toBe(400);
    expect(r.body).toMatchObject({ error: 'validation', field: 'password' });
  });

  it('[U3] sign in sets an httpOnly SameSite=Lax cookie; a wrong password gets 401', async () => {
    const wrong = await http<{ error: string }>(s, 'POST', '/api/login', { email: 'vetaja@example.fi', password: 'wrong password!!' });
    expect(wrong.status).toBe(401);
    expect(wrong.body.error).toBe('login_failed');
    const unknown = await http<{ error: string }>(s, 'POST', '/api/login', { email: 'nobody@example.fi', password: 'wrong password!!' });
    expect(unknown.status).toBe(401);
    expect(unknown.body).toEqual(wrong.body);
    const ok = await http<{ email: string }>(s, 'POST', '/api/login', { email: 'VETAJA@example.fi', password: PASSWORD });
    expect(ok.status).toBe(200);
    expect(ok.body.email).toBe('vetaja@example.fi');
    const set = ok.headers.get('set-cookie')!;
    expect(set).toMatch(/HttpOnly/);
    expect(set).toMatch(/SameSite=Lax/);
    expect(set.split(';')[0]).not.toBe(cookie);
  });

  it('[U4] me answers for a signed-in user; sign out ends the session', async () => {
    expect((await http(s, 'GET', '/api/me', undefined, { cookie })).status).toBe(200);
    expect((await http(s, 'PATCH', '/api/me', { lang: 'sv' }, { cookie })).status).toBe(204);
    expect((await http<{ lang: string }>(s, 'GET', '/api/me', undefined, { cookie })).body.lang).toBe('sv');
    expect((await http(s, 'POST', '/api/logout', undefined, { cookie })).status).toBe(204);
    expect((await http(s, 'GET', '/api/me', undefined, { cookie })).status).toBe(401);
  });

  it('[H2] a cookie request from another origin, or with no Origin, is refused and changes nothing', async () => {
    const c = (await http(s, 'POST', '/api/login', { email: 'vetaja@example.fi', password: PASSWORD })).headers
      .get('set-cookie')!
      .split(';')[0]!;
    const evil = await http<{ error: string }>(
      s,
      'POST',
      '/api/processes',
      { name: 'X', organisation: 'Y' },
      { cookie: c, origin: 'https://evil.example' },
    );
    expect(evil.status).toBe(403);
    expect(evil.body.error).toBe('csrf');
    const none = await http(s, 'POST', '/api/processes', { name: 'X', organisation: 'Y' }, { cookie: c, origin: null });
    expect(none.status).toBe(403);
    expect((await http<unknown[]>(s, 'GET', '/api/processes', undefined, { cookie: c })).body).toEqual([]);
  });

  it('[H3] error messages are translated by Accept-Language', async () => {
    const sv = await http<{ message: string }>(
      s,
      'POST',
      '/api/login',
      { email: 'a@b.fi', password: 'x' },
      { headers: { 'accept-language': 'sv-FI' } },
    );
    const en = await http<{ message: string }>(
      s,
      'POST',
      '/api/login',
      { email: 'a@b.fi', password: 'x' },
      { headers: { 'accept-language': 'en' } },
    );
    expect(sv.body.message).not.toBe(en.body.message);
    expect(en.body.message).toMatch(/password/i);
  });

  it.each([
    ['not json', '{nope', 'application/json'],
    ['wrong type', '{"email":1,"password":2}', 'application/json'],
    ['extra key', '{"email":"a@b.fi","password":"x","admin":true}', 'application/json'],
    ['form body', 'email=a', 'application/x-www-form-urlencoded'],
  ])('[H4] a bad body (%s) gets 400 with a translated error', async (_name, body, type) => {
    const res = await fetch(`${s.base}/api/login`, { method: 'POST', headers: { 'content-type': type, origin: s.origin }, body });
    expect(res.status).toBe(400);
    const j = (await res.json()) as { error: string; message: string };
    expect(j.error).toBe('validation');
    expect(j.message).toMatch(/\S/);
  });

  it('[H4] an oversized body gets 413', async () => {
    const res = await fetch(`${s.base}/api/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: s.origin },
      body: JSON.stringify({ email: 'a@b.fi', password: 'x'.repeat(100_000) }),
    });
    expect(res.status).toBe(413);
  });
});
