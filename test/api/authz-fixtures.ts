import { randomBytes, scryptSync } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join as joinPath } from 'node:path';
import sharp from 'sharp';
import type { Actor } from '../../src/domain/types.ts';
import type { ProcessSummary } from '../../src/protocol/http-schema.ts';
import { COOKIE_NAME } from '../../src/server/http-security.ts';
import { hashToken, newToken } from '../../src/services/crypto-util.ts';
import { base32Decode, totpAt } from '../../src/services/totp.ts';
import type { OrgRole } from '../../src/store/store.ts';
import { cid, createProcess, facilitator, http, join, orgId, PASSWORD, startServer, type TestServer } from '../support/test-server.ts';

/*
 * The world of the authorisation matrix: two organisations, one user per role, a process with
 * both sessions, follow-up, an action and an uploaded image, and helpers for fresh fixtures.
 */

/**
 * Who tries each HTTP route. `participant` sends only the bearer token of a participant of
 * session 2 under test, `stranger` that of a participant of another session.
 */
export const HTTP_ACTORS = [
  'anon',
  'participant',
  'stranger',
  'admin',
  'orgAdmin',
  'coordinator',
  'owner',
  'peer',
  'commissioner',
  'other',
  'mfaPending',
] as const;
export type HttpActor = (typeof HTTP_ACTORS)[number];
/** Actors with an account (a cookie). */
export type UserActor = Exclude<HttpActor, 'anon' | 'participant' | 'stranger'>;
export const isUser = (a: HttpActor): a is UserActor => a !== 'anon' && a !== 'participant' && a !== 'stranger';

const MFA_ORG = 'Kaksivaiheinen kunta';

const USERS: Record<UserActor, { email: string; org?: string; roles: OrgRole[]; admin?: boolean }> = {
  // installation admin: no role in any organisation
  admin: { email: 'admin@example.fi', roles: [], admin: true },
  orgAdmin: { email: 'orgadmin@example.fi', roles: ['org_admin'] },
  coordinator: { email: 'coordinator@example.fi', roles: ['coordinator'] },
  // facilitator who owns the process under test
  owner: { email: 'owner@example.fi', roles: ['facilitator'] },
  // facilitator of the same organisation who is not assigned to it
  peer: { email: 'peer@example.fi', roles: ['facilitator'] },
  // named commissioner of the process
  commissioner: { email: 'commissioner@example.fi', roles: ['commissioner'] },
  // every role, but in another organisation
  other: { email: 'other@example.fi', org: 'Toinen kaupunki', roles: ['org_admin', 'coordinator', 'facilitator'] },
  // facilitator in an organisation that requires 2FA, not set up yet [U6]
  mfaPending: { email: 'mfa-pending@example.fi', org: MFA_ORG, roles: ['facilitator'] },
};

export interface World {
  s: TestServer;
  orgA: string;
  orgB: string;
  cookie: Record<UserActor, string>;
  userId: Record<UserActor, string>;
  email: Record<UserActor, string>;
  /** the process under test: session 1 closed, session 2 (Open Space) in group work */
  p: ProcessSummary;
  s1: string;
  s2: string;
  /** the session-2 participant (in group `group`) and an image it uploaded */
  participant: { token: string; participantId: string; group: string };
  imageId: string;
  actionId: string;
  /** another process of the owner: session 1 closed, no session 2 yet */
  q: ProcessSummary;
  /** an open join code of another process (the peer's) */
  joinCode: string;
  /** a participant of that other session */
  strangerToken: string;
  /** spare accounts: plain, for two-factor sign-in, for the reset link */
  spare: string;
  twoFactor: { email: string; userId: string };
  resetUser: string;
  png: Buffer;
}

export const facActor = (w: World): Actor => ({ role: 'facilitator', userId: w.userId.owner });

/** Marks session 1 closed as its closing command would (the route only looks at closedAt). */
export async function closedSession1Process(w: World): Promise<ProcessSummary> {
  const p = await createProcess(w.s, w.cookie.owner, { name: 'Tuore prosessi' });
  await w.s.app.deps.store.sessions.markClosed(p.sessions[0]!.id, Date.now());
  return p;
}

async function account(s: TestServer, email: string, o: { org?: string; roles: OrgRole[]; admin?: boolean }) {
  const cookie = await facilitator(s, email, { ...o, name: email.split('@')[0]! });
  const me = await http<{ id: string }>(s, 'GET', '/api/me', undefined, { cookie });
  await cheapPassword(s, me.body.id);
  return { cookie, id: me.body.id };
}

/** The test password hashed with cheap scrypt parameters (a hash carries its own), so sign-ins are fast. */
export async function cheapPassword(s: TestServer, userId: string): Promise<void> {
  const salt = randomBytes(16);
  const key = scryptSync(PASSWORD.normalize('NFKC'), salt, 32, { N: 1024, r: 8, p: 1 });
  await s.app.deps.store.users.setPassword(userId, `scrypt$1024$8$1$${salt.toString('base64url')}$${key.toString('base64url')}`);
}

export async function buildWorld(): Promise<World> {
  // a data directory of our own, with one known asset for the /assets route
  const dataDir = mkdtempSync(joinPath(tmpdir(), 'vp-authz-'));
  mkdirSync(joinPath(dataDir, 'web'));
  writeFileSync(joinPath(dataDir, 'web', 'app.css'), 'body{margin:0}');
  // one proxy hop trusted, so a cell can come from an address of its own (per-address limits)
  const s = await startServer({ dataDir, webDir: joinPath(dataDir, 'web'), env: { TRUST_PROXY: '1' } });
  const d = s.app.deps;
  const orgA = await orgId(s);
  const orgB = await orgId(s, 'Toinen kaupunki');
  const cookie = {} as Record<UserActor, string>;
  const userId = {} as Record<UserActor, string>;
  const email = {} as Record<UserActor, string>;
  for (const [a, u] of Object.entries(USERS) as [UserActor, (typeof USERS)[UserActor]][]) {
    const r = await account(s, u.email, u);
    cookie[a] = r.cookie;
    userId[a] = r.id;
    email[a] = u.email;
  }
  const mfaOrg = (await d.store.orgs.byId(await orgId(s, MFA_ORG)))!;
  await d.store.orgs.update({ ...mfaOrg, require2fa: true });
  const spare = 'spare@example.fi';
  await account(s, spare, { roles: [] });
  const resetUser = 'reset@example.fi';
  await account(s, resetUser, { roles: [] });

  // an account with 2FA on, for the second sign-in step
  const tf = await account(s, 'twofactor@example.fi', { roles: [] });

  const owner: Actor = { role: 'facilitator', userId: userId.owner };
  let p = await createProcess(s, cookie.owner);
  const s1 = p.sessions[0]!.id;
  await d.engine.execute(s1, owner, cid(), { type: 'session.close' });
  await waitFor(async () => (await d.store.sessions.byId(s1))?.closedAt != null);
  const set = await http(s, 'PUT', `/api/processes/${p.id}/commissioner`, { email: email.commissioner }, { cookie: cookie.owner });
  if (set.status !== 200) throw new Error(`commissioner: ${set.status}`);
  const made = await http<ProcessSummary>(s, 'POST', `/api/processes/${p.id}/sessions`, { kind: 'open_space' }, { cookie: cookie.owner });
  if (made.status !== 201) throw new Error(`session 2: ${made.status}`);
  p = made.body;
  const s2 = p.sessions.find((x) => x.kind === 'open_space')!;
  const joined = await join(s, s2.joinCode, 'Osallistuja');
  const pActor: Actor = { role: 'participant', participantId: joined.participantId };
  const joker = (await d.engine.load(s2.id))!.state.os!.offers.find((o) => o.origin === 'joker')!.id;
  for (let i = 0; i < 2; i++) await d.engine.execute(s2.id, owner, cid(), { type: 'phase.next' });
  await d.engine.execute(s2.id, pActor, cid(), { type: 'os.choose', offerId: joker });
  await d.engine.execute(s2.id, owner, cid(), { type: 'phase.next' });
  const group = (await d.engine.load(s2.id))!.state.os!.members[joined.participantId]!;

  const png = await sharp({ create: { width: 16, height: 12, channels: 3, background: '#3a7' } })
    .png()
    .toBuffer();
  const participant = { token: joined.token, participantId: joined.participantId, group };
  const imageId = cid('img');
  const up = await send(s, 'POST', `/api/sessions/${s2.id}/images?${imageQuery(group, imageId)}`, {
    raw: png,
    headers: { authorization: `Bearer ${joined.token}` },
  });
  if (up.status !== 201) throw new Error(`image: ${up.status}`);

  const fu = { heard: 'Kuultiin', nextMeeting: '2027-02-01T09:00' };
  if ((await http(s, 'PUT', `/api/processes/${p.id}/followup`, fu, { cookie: cookie.owner })).status !== 200) throw new Error('followup');
  const action = await http<{ id: string }>(s, 'POST', `/api/processes/${p.id}/actions`, { title: 'Toimi' }, { cookie: cookie.owner });

  const w0 = { s, cookie } as World;
  const q = await closedSession1Process(w0);
  const other = await createProcess(s, cookie.peer, { name: 'Toisen prosessi' });
  const stranger = await join(s, other.sessions[0]!.joinCode);
  return {
    s,
    orgA,
    orgB,
    cookie,
    userId,
    email,
    p,
    s1,
    s2: s2.id,
    participant,
    imageId,
    actionId: action.body.id,
    q,
    joinCode: other.sessions[0]!.joinCode,
    strangerToken: stranger.token,
    spare,
    twoFactor: { email: 'twofactor@example.fi', userId: tf.id },
    resetUser,
    png,
  };
}

export function imageQuery(groupId: string, imageId: string): string {
  return new URLSearchParams({ groupId, kind: 'photo', alt: 'Fläppi', imageId }).toString();
}

export async function waitFor(cond: () => Promise<boolean>, ms = 5000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await cond())) {
    if (Date.now() > deadline) throw new Error('timeout');
    await new Promise((r) => setTimeout(r, 10));
  }
}

export interface Sent {
  status: number;
  body: unknown;
  headers: Headers;
}

/** One request as a browser on our page would send it: our Origin, JSON or a raw image body. */
export async function send(
  s: TestServer,
  method: string,
  path: string,
  o: { json?: unknown; raw?: Buffer; headers?: Record<string, string> } = {},
): Promise<Sent> {
  const headers: Record<string, string> = { origin: s.origin, ...o.headers };
  let body: string | Uint8Array<ArrayBuffer> | null = null;
  if (o.json !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(o.json);
  } else if (o.raw) {
    headers['content-type'] = 'image/png';
    body = new Uint8Array(o.raw);
  }
  const res = await fetch(s.base + path, { method, headers, body, redirect: 'manual' });
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    // not JSON
  }
  return { status: res.status, body: parsed, headers: res.headers };
}

/** A new sign-in session for the actor (after a route that ended its session). */
export async function resignIn(w: World, a: HttpActor): Promise<void> {
  if (isUser(a)) w.cookie[a] = `${COOKIE_NAME}=${await w.s.app.deps.auth.startSession(w.userId[a])}`;
}

/** A one-time password-reset token for an account, as the reset mail would carry. */
export async function resetToken(w: World, email: string): Promise<string> {
  const user = (await w.s.app.deps.store.users.byEmail(email))!;
  const token = newToken();
  await w.s.app.deps.store.userTokens.create(hashToken(token), user.id, 'reset', Date.now() + 3600_000);
  return token;
}

/** 2FA off again for an account (cells that turned it on or used its codes). */
export async function resetMfa(w: World, userId: string): Promise<void> {
  const store = w.s.app.deps.store;
  await store.mfa.set(userId, null, null);
  await store.mfa.setRecoveryCodes(userId, []);
  await store.throttle.clear(`totp-step:${userId}`);
}

/** 2FA on for an account; answers its recovery codes. */
export async function enableMfa(w: World, userId: string): Promise<string[]> {
  const d = w.s.app.deps;
  const { secret } = await d.auth.mfa.begin((await d.store.users.byId(userId))!);
  const codes = await d.auth.mfa.enable(userId, totpAt(base32Decode(secret)!, Date.now()));
  await d.store.throttle.clear(`totp-step:${userId}`);
  return codes;
}

export { PASSWORD };
