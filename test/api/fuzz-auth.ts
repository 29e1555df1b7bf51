// The account routes with naughty strings, on a server of their own: failed sign-ins lock the
// address, which would break the other tests. Every try costs a password hash or counts against
// the throttle, so these fields get `sample()` rather than the whole list.
import { http, PASSWORD, facilitator, type TestServer } from '../support/test-server.ts';
import { closeSnapshots, Failures, send, startFuzzServer, storeSnapshot } from './fuzz-http.ts';
import { isSafeText } from '../../src/protocol/ids.ts';
import { few, show } from './fuzz-strings.ts';

/** Setup with a naughty name / organisation / password: an account exactly as sent, or none. */
async function fuzzSetup(s: TestServer, f: Failures, strings: string[]): Promise<void> {
  const store = s.app.deps.store;
  let i = 0;
  // an accepted try costs a hash (~0.5 s here): all refused ones, six accepted names, three
  // accepted passwords (two hashes each: setup, then sign-in with exactly that password)
  const goodName = (x: string) => isSafeText(x) && [...x].length <= 80 && x.trim().length > 0;
  const goodPassword = (x: string) => [...x].length >= 12 && [...x].length <= 200;
  const names = new Set(strings.filter(goodName).slice(0, 6));
  const passwords = new Set(strings.filter(goodPassword).slice(0, 3));
  for (const x of strings) {
    for (const key of ['name', 'password'] as const) {
      if (key === 'name' ? goodName(x) && !names.has(x) : goodPassword(x) && !passwords.has(x)) continue;
      const email = `setup${++i}@example.fi`;
      const token = await s.app.deps.auth.issueSetupToken();
      const body = { token, email, password: PASSWORD, name: 'Nimi', organisation: `Org ${i}`, [key]: x };
      if (key === 'name') body.organisation = x;
      const before = storeSnapshot(s);
      const r = await send(s, { method: 'POST', path: '/api/setup' }, body);
      const ok = key === 'name' ? goodName(x) : goodPassword(x);
      const user = await store.users.byEmail(email);
      if (!ok) {
        f.refused(`setup ${key}`, r, x);
        // the setup token is consumed only by a valid body; the account must not exist
        if (user) f.add(`setup ${key} ${show(x)}: refused but the account exists`);
        if (storeSnapshot(s) !== before && r.status >= 400) f.add(`setup ${key} ${show(x)}: refused but the store changed`);
        continue;
      }
      if (key === 'name') {
        const orgName = (await store.orgs.byName(x.trim()))?.name;
        f.accepted(`setup name+organisation`, r, x, [x.trim(), x.trim()], [user?.name, orgName]);
      } else {
        // the password is taken as typed: signing in with exactly it works
        f.tries++;
        if (r.status !== 201) f.add(`setup password ${show(x)}: ${r.status} ${JSON.stringify(r.body)}`);
        const login = await http(s, 'POST', '/api/login', { email, password: x });
        if (login.status !== 200) f.add(`setup password ${show(x)}: login afterwards ${login.status} ${JSON.stringify(login.body)}`);
      }
    }
  }
}

/** Routes where no naughty string can be right: each must be refused (4xx, {error,message}) and change nothing. */
async function fuzzRefusals(s: TestServer, f: Failures, strings: string[], cookie: string): Promise<void> {
  const ticket = 'A'.repeat(43);
  const cases: [string, (x: string) => unknown, string?][] = [
    ['/api/setup', (x) => ({ token: x, email: 'new@example.fi', password: PASSWORD, name: 'x' })],
    ['/api/setup', (x) => ({ token: 'B'.repeat(43), email: x, password: PASSWORD, name: 'x' })],
    ['/api/login', (x) => ({ email: x, password: PASSWORD })],
    ['/api/login', (x) => ({ email: 'fuzz-auth@example.fi', password: x })],
    ['/api/login/2fa', (x) => ({ ticket: x, code: '123456' })],
    ['/api/login/2fa', (x) => ({ ticket, code: x })],
    ['/api/me/password', (x) => ({ current: x, next: 'another long passphrase' }), cookie],
    ['/api/me/password', (x) => ({ current: 'not the password at all', next: x }), cookie],
    ['/api/password-reset/confirm', (x) => ({ token: x, password: 'another long passphrase' })],
    ['/api/password-reset/confirm', (x) => ({ token: 'C'.repeat(43), password: x })],
    ['/api/me/2fa/enable', (x) => ({ code: x }), cookie],
    ['/api/me/2fa/disable', (x) => ({ password: x, code: '123456' }), cookie],
    ['/api/me/2fa/recovery-codes', (x) => ({ code: x }), cookie],
  ];
  const before = storeSnapshot(s);
  for (const [path, body, c] of cases) {
    for (const x of strings) {
      // the right password for the password fields would be right; no naughty string is it
      if (x === PASSWORD) continue;
      const r = await send(s, { method: 'POST', path, ...(c ? { cookie: c } : {}) }, body(x));
      f.refused(`POST ${path}`, r, x);
    }
  }
  if (storeSnapshot(s) !== before) f.add('refused account requests changed the store');
}

/** A reset request never says whether the address exists: 202, 400 for a malformed one, or 429. */
async function fuzzResetRequest(s: TestServer, f: Failures, strings: string[]): Promise<void> {
  const before = storeSnapshot(s);
  for (const x of strings) {
    const r = await send(s, { method: 'POST', path: '/api/password-reset' }, { email: x });
    f.tries++;
    if (r.status >= 500 || ![202, 400, 429].includes(r.status)) f.add(`password-reset ${show(x)}: ${r.status} ${JSON.stringify(r.body)}`);
    if (r.status >= 400) f.refused('password-reset', r, x);
  }
  if (storeSnapshot(s) !== before) f.add('reset requests for unknown addresses changed the store');
}

export async function fuzzAuth(): Promise<Failures> {
  const s = await startFuzzServer();
  try {
    const f = new Failures();
    const cookie = await facilitator(s, 'fuzz-auth@example.fi');
    const strings = few();
    await fuzzSetup(s, f, strings);
    await fuzzRefusals(s, f, strings, cookie);
    await fuzzResetRequest(s, f, strings);
    const me = await http(s, 'GET', '/api/me', undefined, { cookie });
    if (me.status !== 200) f.add(`the account's session did not survive: ${me.status}`);
    console.info(`fuzz-auth: ${f.tries} tries`);
    return f;
  } finally {
    closeSnapshots(s);
    await s.stop();
  }
}
