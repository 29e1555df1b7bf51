import type { Command } from '../../src/domain/commands.ts';
import { hkdTables } from '../../src/domain/hkd-template.ts';
import { locationOf } from '../../src/domain/rotation.ts';
import { openSpaceCreated } from '../../src/domain/test-helpers.ts';
import type { Actor, Phase, SessionState } from '../../src/domain/types.ts';
import { newJoinCode } from '../../src/services/crypto-util.ts';
import { cid } from '../support/test-server.ts';
import { facActor, type World } from './authz-fixtures.ts';

/* The actors of the WebSocket authorisation matrix and the live sessions its rows run on. */

/** Who tries each command. */
export const WS_ACTORS = [
  'participant', // joined this session (bearer token in hello)
  'owner', // the facilitator who runs the session (cookie)
  'screen', // the owner's projector view (read-only)
  'peer', // facilitator of the same organisation, not assigned
  'coordinator',
  'orgAdmin',
  'commissioner', // the process's commissioner: follows up, no live console [SPEC S4]
  'admin', // installation admin
  'other', // every role in another organisation
  'mfaPending', // facilitator who has not set up the 2FA their organisation requires [U6]
  'stranger', // participant of another session
  'anon', // no credentials at all
] as const;
export type WsActor = (typeof WS_ACTORS)[number];

/** The cell's outcome: acked, refused with an error frame, or refused already at hello. */
export type WsExpect = 'ack' | 'forbidden' | 'hello:forbidden' | 'hello:unauthenticated';

/**
 * The columns that are the same for every command: only the session's participants and the
 * facilitator who runs it get past hello; the projector view never commands.
 */
export const FIXED: Record<Exclude<WsActor, 'participant' | 'owner'>, WsExpect> = {
  screen: 'forbidden',
  peer: 'hello:forbidden',
  coordinator: 'hello:forbidden',
  orgAdmin: 'hello:forbidden',
  commissioner: 'hello:forbidden',
  admin: 'hello:forbidden',
  other: 'hello:forbidden',
  mfaPending: 'hello:forbidden',
  stranger: 'hello:unauthenticated',
  anon: 'hello:unauthenticated',
};

/** A fresh live session with one participant, advanced to a phase. */
export interface Live {
  w: World;
  sessionId: string;
  pid: string;
  token: string;
  /** things prepared for the row (note, theme, offer ids) */
  ref: Record<string, string>;
  fac(cmd: Command): Promise<void>;
  part(cmd: Command): Promise<void>;
  state(): Promise<SessionState>;
  /** the participant's table right now (café) */
  table(): Promise<string>;
}

/** The Open Space group the participant chose. */
export const GROUP = 'o1_1';

export async function liveSession(w: World, processId: string, kind: 'cafe' | 'os', phase: Phase): Promise<Live> {
  const d = w.s.app.deps;
  const sessionId = cid('ws');
  const joinCode = newJoinCode();
  const first =
    kind === 'os'
      ? { ...openSpaceCreated(1, sessionId), processId }
      : {
          type: 'session.created' as const,
          sessionId,
          processId,
          name: 'Matriisi',
          lang: 'fi' as const,
          settings: { roundMinutes: 20, showNotesOnScreen: true },
          tables: hkdTables(2),
        };
  await d.store.sessions.create(
    { id: sessionId, processId, kind: kind === 'os' ? 'open_space' : 'learning_cafe', joinCode, closedAt: null, createdAt: Date.now() },
    first,
  );
  const joined = await d.join.join(joinCode, 'Osallistuja', 'fi');
  if (joined === 'join_failed') throw new Error('join failed');
  const pActor: Actor = { role: 'participant', participantId: joined.participantId };
  const l: Live = {
    w,
    sessionId,
    pid: joined.participantId,
    token: joined.token,
    ref: {},
    fac: async (cmd) => void (await d.engine.execute(sessionId, facActor(w), cid(), cmd)),
    part: async (cmd) => void (await d.engine.execute(sessionId, pActor, cid(), cmd)),
    state: async () => (await d.engine.load(sessionId))!.state,
    table: async () => locationOf(await l.state(), l.pid)!.tableId,
  };
  for (let i = 0; i < 10; i++) {
    const st = await l.state();
    if (st.phase === 'marketplace' && !st.os!.members[l.pid]) await l.part({ type: 'os.choose', offerId: 'o1' });
    if (st.phase === phase && (phase !== 'round' || st.round === 0)) return l;
    await l.fac({ type: 'phase.next' });
  }
  throw new Error(`could not reach ${phase}`);
}
