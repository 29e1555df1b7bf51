// Seed data for the accessibility matrix (a11y-views.ts): one organisation, one account with
// every organisation role that owns the processes, Learning Café sessions brought to each phase
// straight through the engine, phones joined over HTTP, a survey link, a meetup with its public
// link, and setup / reset tokens. Nothing here drives the UI under test.
import { locationOf } from '../../src/domain/rotation.ts';
import type { Actor, Phase } from '../../src/domain/types.ts';
import type { JoinResponse, ProcessSummary } from '../../src/protocol/http-schema.ts';
import { createProcess, facilitator, http, join, orgId, type TestServer } from '../support/test-server.ts';
import { closedSessionOne, execute, osState } from './os-fixture.ts';

/** One Café session in a phase, with the phone (the first joiner) that the matrix opens. */
export interface SeededSession {
  processId: string;
  sessionId: string;
  code: string;
  phone: JoinResponse;
}

export interface World {
  s: TestServer;
  org: string;
  /** cookie of an account with org_admin, coordinator and facilitator roles (owns the processes) */
  cookie: string;
  userId: string;
  /** the main process: commission, follow-up, summary, survey */
  proc: ProcessSummary;
  lobby: SeededSession;
  round: SeededSession;
  theming: SeededSession;
  debrief: SeededSession;
  feedback: SeededSession;
  /** child mode (a Café with childMode on): lobby, a round, the round's time up */
  kidsLobby: SeededSession;
  kidsRound: SeededSession;
  kidsMove: SeededSession;
  /** a Café round whose projector has Swedish / English as its second language */
  biSv: SeededSession;
  biEn: SeededSession;
  /** Open Space (session 2 of a process whose session 1 is closed) in each live phase */
  osOpening: SeededSession;
  osMarket: SeededSession;
  osGroups: SeededSession;
  osPearls: SeededSession;
  /** a participant survey link's token (`/:lang/survey#token`) */
  surveyToken: string;
  /** the public meetup link's token (`/:lang/meetup#token`) */
  meetupToken: string;
  setupToken: string;
  resetToken: string;
}

/** Every seeded session of the World: a matrix phone carries all their join tokens. */
export const SESSION_KEYS = [
  'lobby',
  'round',
  'theming',
  'debrief',
  'feedback',
  'kidsLobby',
  'kidsRound',
  'kidsMove',
  'biSv',
  'biEn',
  'osOpening',
  'osMarket',
  'osGroups',
  'osPearls',
] as const;
export type SessionKey = (typeof SESSION_KEYS)[number];

export const NOTE_MINE = 'Yhteinen kieli auttaa';
export const NOTE_OTHER = 'Vanhempien kanssa sovitaan ajoissa';
export const THEME = 'Yhteistyö kotien kanssa';

/** Advances a session with phase.next until it is in `phase`. */
export async function advanceTo(s: TestServer, sessionId: string, fac: Actor, phase: Phase, max = 20): Promise<void> {
  for (let i = 0; i < max && (await osState(s, sessionId)).phase !== phase; i++) await execute(s, sessionId, fac, { type: 'phase.next' });
  const now = (await osState(s, sessionId)).phase;
  if (now !== phase) throw new Error(`session ${sessionId} stuck in ${now}, wanted ${phase}`);
}

interface CafeOptions {
  childMode?: boolean;
  screenSecondLang?: 'fi' | 'sv' | 'en';
  /** the round's clock is ended (time up: the phone says where to move) */
  timeUp?: boolean;
}

/** A Café process whose session is in `phase`; two phones joined (the first one is "ours"). */
async function cafeIn(s: TestServer, cookie: string, fac: Actor, phase: Phase, name: string, o: CafeOptions = {}): Promise<SeededSession> {
  const p = await createProcess(s, cookie, { name, tableCount: 2 });
  const sid = p.sessions[0]!.id;
  const code = p.sessions[0]!.joinCode;
  if (o.childMode || o.screenSecondLang)
    await execute(s, sid, fac, { type: 'session.configure', childMode: o.childMode, screenSecondLang: o.screenSecondLang });
  const phone = await join(s, code, 'Maija');
  const other = await join(s, code, 'Pekka');
  if (phase === 'lobby') return { processId: p.id, sessionId: sid, code, phone };
  await advanceTo(s, sid, fac, 'round');
  const mine: Actor = { role: 'participant', participantId: phone.participantId };
  const theirs: Actor = { role: 'participant', participantId: other.participantId };
  await execute(s, sid, mine, { type: 'note.add', noteId: `n-${phase}-1`, text: NOTE_MINE });
  await execute(s, sid, theirs, { type: 'note.add', noteId: `n-${phase}-2`, text: NOTE_OTHER });
  if (o.timeUp) await execute(s, sid, fac, { type: 'clock.end' });
  if (phase === 'round') return { processId: p.id, sessionId: sid, code, phone };
  await advanceTo(s, sid, fac, 'theming');
  // the theme is made at the phone's theming table (the last round's), so its views show it
  const table = locationOf(await osState(s, sid), phone.participantId)!.tableId;
  await execute(s, sid, fac, { type: 'theme.create', themeId: `th-${phase}`, tableId: table, name: THEME });
  if (phase !== 'theming') await advanceTo(s, sid, fac, phase);
  return { processId: p.id, sessionId: sid, code, phone };
}

export const OS_FLIP = 'Tervetulosoitto jokaiselle uudelle perheelle';
export const OS_PEARL = 'Soitto ennen ensimmäistä käyntiä lisää luottamusta';

/**
 * An Open Space (session 2) in `phase`, from a closed session 1 with two carried themes; two
 * phones joined. From the marketplace on the other phone has chosen the first theme; from group
 * work on ours has too, and its group's flipchart has a key theme; in the pearls ours added one.
 */
async function openSpaceIn(s: TestServer, cookie: string, fac: Actor, phase: Phase, name: string): Promise<SeededSession> {
  const proc = await createProcess(s, cookie, { name });
  await closedSessionOne(s, cookie, proc);
  const r = await http<ProcessSummary>(s, 'POST', `/api/processes/${proc.id}/sessions`, { kind: 'open_space' }, { cookie });
  if (r.status !== 201) throw new Error(`open space: ${r.status} ${JSON.stringify(r.body)}`);
  const os = r.body.sessions.find((x) => x.kind === 'open_space')!;
  const [sid, code] = [os.id, os.joinCode];
  const phone = await join(s, code, 'Maija');
  const other = await join(s, code, 'Pekka');
  const done = { processId: proc.id, sessionId: sid, code, phone };
  await advanceTo(s, sid, fac, phase === 'opening' ? 'opening' : 'marketplace');
  if (phase === 'opening') return done;
  const offer = (await osState(s, sid)).os!.offers[0]!.id;
  await execute(s, sid, { role: 'participant', participantId: other.participantId }, { type: 'os.choose', offerId: offer });
  if (phase === 'marketplace') return done;
  const mine: Actor = { role: 'participant', participantId: phone.participantId };
  await execute(s, sid, mine, { type: 'os.choose', offerId: offer });
  await advanceTo(s, sid, fac, 'groups');
  const groupId = (await osState(s, sid)).os!.members[phone.participantId]!;
  await execute(s, sid, mine, { type: 'flip.add', itemId: `fl-${phase}`, groupId, kind: 'key', text: OS_FLIP });
  if (phase === 'groups') return done;
  await advanceTo(s, sid, fac, 'pearls');
  await execute(s, sid, mine, { type: 'pearl.add', pearlId: `pe-${phase}`, groupId, text: OS_PEARL });
  return done;
}

export async function buildWorld(s: TestServer): Promise<World> {
  const org = await orgId(s);
  const cookie = await facilitator(s, 'saavutettava@example.fi', {
    roles: ['org_admin', 'coordinator', 'facilitator', 'commissioner'],
    name: 'Kaija Koordinaattori',
  });
  const me = await http<{ id: string }>(s, 'GET', '/api/me', undefined, { cookie });
  const userId = me.body.id;
  const fac: Actor = { role: 'facilitator', userId };
  const proc = await createProcess(s, cookie, { name: 'Koulun dialogi', unit: 'Koulu' });
  const lobby = await cafeIn(s, cookie, fac, 'lobby', 'Aulan dialogi');
  const round = await cafeIn(s, cookie, fac, 'round', 'Kierroksen dialogi');
  const theming = await cafeIn(s, cookie, fac, 'theming', 'Teemoittelun dialogi');
  const debrief = await cafeIn(s, cookie, fac, 'debrief', 'Purun dialogi');
  const feedback = await cafeIn(s, cookie, fac, 'feedback', 'Palautteen dialogi');
  const kidsLobby = await cafeIn(s, cookie, fac, 'lobby', 'Luokan 5A dialogi', { childMode: true });
  const kidsRound = await cafeIn(s, cookie, fac, 'round', 'Luokan 5B dialogi', { childMode: true });
  const kidsMove = await cafeIn(s, cookie, fac, 'round', 'Luokan 5C dialogi', { childMode: true, timeUp: true });
  const biSv = await cafeIn(s, cookie, fac, 'round', 'Kaksikielinen dialogi', { screenSecondLang: 'sv' });
  const biEn = await cafeIn(s, cookie, fac, 'round', 'Monikielinen dialogi', { screenSecondLang: 'en' });
  const osOpening = await openSpaceIn(s, cookie, fac, 'opening', 'Avoimen tilan avaus');
  const osMarket = await openSpaceIn(s, cookie, fac, 'marketplace', 'Avoimen tilan teematori');
  const osGroups = await openSpaceIn(s, cookie, fac, 'groups', 'Avoimen tilan ryhmätyö');
  const osPearls = await openSpaceIn(s, cookie, fac, 'pearls', 'Avoimen tilan helmet');

  await http(s, 'POST', `/api/processes/${proc.id}/surveys`, { phase: 'pre' }, { cookie });
  const links = await http<{ links: string[] }>(s, 'POST', `/api/processes/${proc.id}/surveys/pre/links`, { count: 1 }, { cookie });
  const surveyToken = new URL(links.body.links[0]!).hash.slice(1);

  const meetup = await http<{ id: string }>(
    s,
    'POST',
    `/api/orgs/${org}/meetups`,
    { title: 'Kohtaamo 2027', date: '2027-04-20', place: 'Kaupungintalo', description: 'Työpaikat kertovat oppimastaan.', items: [] },
    { cookie },
  );
  if (meetup.status !== 201) throw new Error(`meetup: ${meetup.status} ${JSON.stringify(meetup.body)}`);
  const on = await http<{ publicToken: string }>(s, 'PUT', `/api/meetups/${meetup.body.id}/link`, { on: true }, { cookie });
  const meetupToken = on.body.publicToken;

  const setupToken = await s.app.deps.auth.issueSetupToken();
  return {
    s,
    org,
    cookie,
    userId,
    proc,
    lobby,
    round,
    theming,
    debrief,
    feedback,
    kidsLobby,
    kidsRound,
    kidsMove,
    biSv,
    biEn,
    osOpening,
    osMarket,
    osGroups,
    osPearls,
    surveyToken,
    meetupToken,
    setupToken,
    resetToken: 'a'.repeat(43),
  };
}
