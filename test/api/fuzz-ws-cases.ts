// Every WebSocket command that carries text, run through a real Learning Café and Open Space:
// the session is set up with the engine, the strings go over sockets as participant or facilitator.
import type { Actor, SessionState } from '../../src/domain/types.ts';
import { LIMITS } from '../../src/domain/types.ts';
import { locationOf } from '../../src/domain/rotation.ts';
import type { ProcessSummary } from '../../src/protocol/http-schema.ts';
import { cid, http, join, type TestServer } from '../support/test-server.ts';
import type { Failures } from './fuzz-http.ts';
import { collapsed, field, OVER, sample, STRINGS, type Expect } from './fuzz-strings.ts';
import { FuzzSocket, fuzzWsField, type WsField } from './fuzz-ws.ts';

const raw = (v: string) => v;
/** theme and offer names: whitespace collapsed, limit in characters */
export const nameField = (max: number): Expect => field({ schemaMax: max + 20, max, norm: collapsed });
/** longText(max): at least one unit as sent, trimmed non-empty, max characters */
export const longField = (max: number): Expect => field({ schemaMax: max * 4, max, rawNonEmpty: true });
export const textField = (max: number): Expect => field({ schemaMax: max * 4, max, allowEmpty: true });
const exact = (max: number): Expect => field({ schemaMax: max, max: Number.POSITIVE_INFINITY, norm: raw, allowEmpty: true });

/**
 * The list up to and including the `max`-th string that would be accepted: after it a per-session
 * limit (e.g. 40 offers) answers `limit_reached` before the text is even looked at.
 */
export function capAccepted(list: readonly string[], expect: Expect, max: number): string[] {
  let n = 0;
  const out: string[] = [];
  for (const x of list) {
    if (n >= max) break;
    if (expect(x) !== null) n++;
    out.push(x);
  }
  return out;
}

export interface WsRun {
  s: TestServer;
  cookie: string;
  proc: ProcessSummary;
  cafe: string;
  f: Failures;
  counts: string[];
}

export async function run(r: WsRun, sessionId: string, fields: WsField[], lists: Record<string, readonly string[]>): Promise<void> {
  for (const fld of fields) {
    // every field also gets the strings just over each limit (offer proposals add them themselves: 40 offers at most)
    const list = [...(lists[fld.name] ?? STRINGS), ...(fld.name.startsWith('offer.propose') ? [] : OVER)];
    const t0 = Date.now();
    const n = await fuzzWsField(r.s, fld, list, r.f);
    r.counts.push(`${fld.name}: ${list.length} tried, ${n} accepted, ${Date.now() - t0} ms`);
    if (fld.sessionId !== sessionId) throw new Error('field of another session');
  }
}

export const state = async (s: TestServer, id: string): Promise<SessionState> => (await s.app.deps.engine.load(id))!.state;

/** The Learning Café: notes in a round, table texts, theme names in theming, feedback answers. */
export async function fuzzCafe(r: WsRun, userId: string): Promise<void> {
  const { s, cookie } = r;
  const sid = r.cafe;
  const code = r.proc.sessions[0]!.joinCode;
  const fac: Actor = { role: 'facilitator', userId };
  const exec = (cmd: Record<string, unknown>) => s.app.deps.engine.execute(sid, fac, cid(), cmd as never);
  const a = await join(s, code);
  await join(s, code);
  await exec({ type: 'groups.split' });
  await exec({ type: 'phase.next' });
  await exec({ type: 'phase.next' });
  const P = new FuzzSocket(s, sid, { as: 'participant', token: a.token });
  const F = new FuzzSocket(s, sid, { as: 'facilitator', cookie });
  let id = '';
  const withId = (prefix: string) => (id = cid(prefix));
  const three = (v: string) => ({ fi: v, sv: v, en: v });
  await run(
    r,
    sid,
    [
      {
        name: 'note.add text (participant)',
        sock: P,
        sessionId: sid,
        cmd: (x) => ({ type: 'note.add', noteId: withId('n'), text: x, confirmPrivacy: true }),
        expect: longField(LIMITS.noteMax),
        read: (st) => st.notes.find((n) => n.id === id)?.text,
      },
      {
        name: 'table.update title (facilitator)',
        sock: F,
        sessionId: sid,
        cmd: (x) => ({ type: 'table.update', tableId: 't1', title: three(x) }),
        expect: exact(LIMITS.titleMax),
        read: (st) => st.tables[0]!.title,
        shape: three,
      },
      {
        name: 'table.update question (facilitator)',
        sock: F,
        sessionId: sid,
        cmd: (x) => ({ type: 'table.update', tableId: 't2', questions: [{ id: 'q1', text: three(x) }] }),
        expect: exact(LIMITS.questionMax),
        read: (st) => st.tables[1]!.questions,
        shape: (v) => [{ id: 'q1', text: three(v) }],
      },
      {
        name: 'table.update meetingUrl (facilitator)',
        sock: F,
        sessionId: sid,
        cmd: (x) => ({ type: 'table.update', tableId: 't1', meetingUrl: x }),
        expect: (x) => (/^https:\/\/[^\s]+$/.test(x) && x.length <= 500 ? x : null),
        read: (st) => st.tables[0]!.meetingUrl,
      },
    ],
    {
      'table.update question (facilitator)': sample(60),
      'table.update meetingUrl (facilitator)': [...sample(40), 'https://example.org/<script>x</script>', 'https://a.b/"onmouseover="x'],
    },
  );
  // the remaining rounds (one per table), then theming
  while ((await state(s, sid)).phase !== 'theming') await exec({ type: 'phase.next' });
  await exec({ type: 'theme.create', themeId: 'fuzz-theme-1', tableId: 't1', name: 'Alku' });
  const table = locationOf(await state(s, sid), a.participantId)!.tableId;
  const themeName = nameField(LIMITS.themeNameMax);
  await run(
    r,
    sid,
    [
      {
        name: 'theme.rename name (facilitator)',
        sock: F,
        sessionId: sid,
        cmd: (x) => ({ type: 'theme.rename', themeId: 'fuzz-theme-1', name: x }),
        expect: themeName,
        read: (st) => st.themes.find((t) => t.id === 'fuzz-theme-1')?.name,
      },
      {
        name: 'theme.create name (participant)',
        sock: P,
        sessionId: sid,
        cmd: (x) => ({ type: 'theme.create', themeId: withId('th'), tableId: table, name: x }),
        expect: themeName,
        read: (st) => st.themes.find((t) => t.id === id)?.name,
      },
    ],
    { 'theme.create name (participant)': sample(60) },
  );
  await exec({ type: 'phase.next' }); // debrief
  await exec({ type: 'phase.next' }); // feedback
  // one answer per person: each string gets a person of its own
  const open = textField(LIMITS.feedbackOpenMax);
  const people = new Map<string, { pid: string; sock: FuzzSocket }>();
  for (const x of sample(40)) {
    const j = await join(s, code);
    people.set(x, { pid: j.participantId, sock: new FuzzSocket(s, sid, { as: 'participant', token: j.token }) });
  }
  let who = '';
  for (const [x, p] of people) {
    who = p.pid;
    await fuzzWsField(
      s,
      {
        name: 'feedback.give open (participant)',
        sock: p.sock,
        sessionId: sid,
        cmd: (v) => ({ type: 'feedback.give', scores: Array(LIMITS.feedbackStatements).fill(3), open: v, confirmPrivacy: true }),
        expect: open,
        read: (st) => st.feedback.find((fb) => fb.participantId === who)?.open,
      },
      [x],
      r.f,
    );
    p.sock.close();
  }
  r.counts.push(`feedback.give open (participant): ${people.size} tried`);
  P.close();
  F.close();
  await exec({ type: 'session.close' });
  for (let i = 0; i < 100 && (await s.app.deps.store.sessions.byId(sid))!.closedAt === null; i++)
    await new Promise((res) => setTimeout(res, 10));
  const os = await http<ProcessSummary>(s, 'POST', `/api/processes/${r.proc.id}/sessions`, { kind: 'open_space' }, { cookie });
  if (os.status !== 201) throw new Error(`open space: ${os.status} ${JSON.stringify(os.body)}`);
  r.proc = os.body;
}
