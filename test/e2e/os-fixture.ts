// Session 2 (Open Space) browser test: the session-1 fixture (driven straight through the engine,
// not the browser) and the shared state of the run. [SPEC O1]
import type { BrowserContext, Page } from 'playwright-core';
import type { Command } from '../../src/domain/commands.ts';
import type { Actor, SessionState } from '../../src/domain/types.ts';
import type { ProcessSummary } from '../../src/protocol/http-schema.ts';
import { cid, http, join, type TestServer } from '../support/test-server.ts';
import type { Phone } from './phones.ts';
import { visible, waitUntil } from './wait.ts';

/** Themes carried from session 1, the one that stays there, and the one proposed in session 2. */
export const THEME_A = 'Yhteistyö vanhempien kanssa';
export const THEME_B = 'Työhyvinvointi ja jaksaminen';
export const NOT_CARRIED = 'Kahvitauot';
export const PROPOSED = 'Digitaaliset palvelut perheille';
/** the unnamed joker as phones and the projector call it */
export const JOKER = 'Jokeriteema: mikä tahansa, mikä puuttuu';

export interface OsRun {
  s: TestServer;
  cookie: string;
  processId: string;
  sessionId: string;
  code: string;
  fctx: BrowserContext;
  console: Page;
  screen: Page;
  phones: Phone[];
}

export async function osState(s: TestServer, sessionId: string): Promise<SessionState> {
  const loaded = await s.app.deps.engine.load(sessionId);
  if (!loaded) throw new Error('session not in the store');
  return loaded.state;
}

export const stateOf = (run: OsRun) => osState(run.s, run.sessionId);

/** Runs a command as someone, straight through the engine; throws the domain error code. */
export async function execute(s: TestServer, sessionId: string, actor: Actor, cmd: Record<string, unknown>): Promise<void> {
  await s.app.deps.engine.execute(sessionId, actor, cid(), cmd as unknown as Command);
}

/** The error code a command is refused with, or 'ok'. */
export async function outcome(s: TestServer, sessionId: string, actor: Actor, cmd: Record<string, unknown>): Promise<string> {
  try {
    await execute(s, sessionId, actor, cmd);
    return 'ok';
  } catch (e) {
    return (e as { code?: string }).code ?? String(e);
  }
}

/**
 * Session 1 as a fixture: two phones join, the facilitator runs it to theming, three themes are
 * made, two of them carried to session 2, and the session is closed.
 */
export async function closedSessionOne(s: TestServer, cookie: string, proc: ProcessSummary): Promise<void> {
  const sid = proc.sessions[0]!.id;
  const me = await http<{ id: string }>(s, 'GET', '/api/me', undefined, { cookie });
  const fac: Actor = { role: 'facilitator', userId: me.body.id };
  for (let i = 0; i < 2; i++) await join(s, proc.sessions[0]!.joinCode);
  for (let i = 0; i < 12 && (await osState(s, sid)).phase !== 'theming'; i++) await execute(s, sid, fac, { type: 'phase.next' });
  const tables = (await osState(s, sid)).tables;
  const themes = [
    { id: 'th-a', name: THEME_A, carried: true },
    { id: 'th-b', name: THEME_B, carried: true },
    { id: 'th-c', name: NOT_CARRIED, carried: false },
  ];
  for (const [i, th] of themes.entries()) {
    await execute(s, sid, fac, { type: 'theme.create', themeId: th.id, tableId: tables[i]!.id, name: th.name });
    if (th.carried) await execute(s, sid, fac, { type: 'theme.setCarried', themeId: th.id, carried: true });
  }
  await execute(s, sid, fac, { type: 'session.close' });
  // the session row is marked closed right after the commit
  await waitUntil(async () => (await s.app.deps.store.sessions.byId(sid))?.closedAt != null, 5000, 'session 1 closed in the store');
}

/** Session 1 closed as above, then session 2 (Open Space) created through the API: its id and join code. */
export async function openSpaceAfterSessionOne(
  s: TestServer,
  cookie: string,
  proc: ProcessSummary,
): Promise<{ id: string; joinCode: string }> {
  await closedSessionOne(s, cookie, proc);
  const created = await http(s, 'POST', `/api/processes/${proc.id}/sessions`, { kind: 'open_space' }, { cookie });
  if (created.status !== 201) throw new Error(`session 2 not created: ${created.status} ${JSON.stringify(created.body)}`);
  const r = await http<ProcessSummary>(s, 'GET', `/api/processes/${proc.id}`, undefined, { cookie });
  const os = r.body.sessions.find((x) => x.kind === 'open_space');
  if (!os) throw new Error(`no open space session: ${JSON.stringify(r.body)}`);
  return { id: os.id, joinCode: os.joinCode };
}

/** On the process page: "Luo tilaisuus 2", then the new session's code and id from the API. */
export async function createSessionTwo(
  page: Page,
  s: TestServer,
  cookie: string,
  processId: string,
): Promise<{ id: string; code: string }> {
  await page.goto(`${s.base}/fi/processes/${processId}`);
  const create = await visible(page.getByRole('button', { name: 'Luo tilaisuus 2' }), 'process page: Luo tilaisuus 2');
  await create.click();
  await visible(page.getByRole('link', { name: 'Avaa tilaisuuden 2 ohjausnäkymä' }), 'process page: console link of session 2');
  // the button is gone; focus continues from the session's heading
  await waitUntil(
    () => page.evaluate(() => document.activeElement?.textContent === 'Tilaisuus 2: Open Space'),
    5000,
    'focus on the session 2 heading',
  );
  const r = await http<ProcessSummary>(s, 'GET', `/api/processes/${processId}`, undefined, { cookie });
  const os = r.body.sessions.find((x) => x.kind === 'open_space');
  if (!os) throw new Error(`no open space session: ${JSON.stringify(r.body)}`);
  return { id: os.id, code: os.joinCode };
}

/** The phone's group now: theme id, group id and number, or null. */
export function placeOf(st: SessionState, p: Phone): { offerId: string; groupId: string; n: number } | null {
  const gid = st.os?.members[p.id];
  const g = gid ? st.os!.groups.find((x) => x.id === gid) : undefined;
  return g ? { offerId: g.offerId, groupId: g.id, n: g.n } : null;
}

export function offerId(st: SessionState, name: string): string {
  const o = st.os?.offers.find((x) => x.name === name);
  if (!o) throw new Error(`no offer ${name}`);
  return o.id;
}

/** People per group of a theme, in group order. */
export function groupSizes(st: SessionState, name: string): number[] {
  const id = offerId(st, name);
  const groups = st.os!.groups.filter((g) => g.offerId === id).sort((a, b) => a.n - b.n);
  return groups.map((g) => Object.values(st.os!.members).filter((x) => x === g.id).length);
}
