import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { JoinResponse, ProcessSummary } from '../../src/protocol/http-schema.ts';
import { CLOSE, MAX_CLIENT_FRAME_BYTES } from '../../src/protocol/frames.ts';
import { WsProbe, cid, command, connect, createProcess, facilitator, join, startServer, type TestServer } from '../support/test-server.ts';

let s: TestServer;
let cookie: string;
let proc: ProcessSummary;
let sid: string;
let alice: JoinResponse;

beforeAll(async () => {
  s = await startServer();
  cookie = await facilitator(s);
  proc = await createProcess(s, cookie);
  sid = proc.sessions[0]!.id;
  alice = await join(s, proc.sessions[0]!.joinCode, 'Alice');
});
afterAll(() => s.stop());

const head = async () => s.app.deps.store.events.head(sid);

describe('hello and authentication', () => {
  it('[W5] a participant gets welcome and the whole log replayed from lastSeq 0, names redacted', async () => {
    const p = await connect(s, { sessionId: sid, as: 'participant', token: alice.token });
    const welcome = p.frames[0]!;
    expect(welcome).toMatchObject({
      t: 'welcome',
      role: 'participant',
      audience: 'public',
      participantId: alice.participantId,
      head: await head(),
    });
    const events = (await p.waitFor((f) => f.t === 'events')).events as { seq: number; type: string; name?: string }[];
    expect(events.map((e) => e.seq)).toEqual(Array.from({ length: events.length }, (_, i) => i + 1));
    expect(events.find((e) => e.type === 'participant.joined')!.name).toBeNull();
    p.close();
  });

  it('[V1] the facilitator sees display names', async () => {
    const f = await connect(s, { sessionId: sid, as: 'facilitator', cookie });
    const events = (await f.waitFor((x) => x.t === 'events')).events as { type: string; name?: string }[];
    expect(events.find((e) => e.type === 'participant.joined')!.name).toBe('Alice');
    f.close();
  });

  it.each([
    ['a wrong token', { as: 'participant', token: 'x'.repeat(43) }, CLOSE.unauthenticated],
    ['no token', { as: 'participant' }, CLOSE.unauthenticated],
    ['no cookie', { as: 'facilitator' }, CLOSE.unauthenticated],
  ] as const)('[W2] hello with %s closes with %i', async (_n, o, code) => {
    const p = await WsProbe.open(s);
    p.send({ t: 'hello', v: 1, sessionId: sid, lastSeq: 0, ...o });
    expect((await p.waitClose()).code).toBe(code);
  });

  it('[W2] another facilitator cannot open this session (4403); a token of another session is refused (4401)', async () => {
    const other = await facilitator(s, 'muu@example.fi');
    const p = await WsProbe.open(s, { cookie: other });
    p.send({ t: 'hello', v: 1, sessionId: sid, lastSeq: 0, as: 'screen' });
    expect((await p.waitClose()).code).toBe(CLOSE.forbidden);
    const proc2 = await createProcess(s, other);
    const q = await WsProbe.open(s);
    q.send({ t: 'hello', v: 1, sessionId: proc2.sessions[0]!.id, lastSeq: 0, as: 'participant', token: alice.token });
    expect((await q.waitClose()).code).toBe(CLOSE.unauthenticated);
  });

  it('[W8] a WebSocket from a foreign origin is refused before upgrade', async () => {
    await expect(WsProbe.open(s, { origin: 'https://evil.example' })).rejects.toThrow(/403/);
  });
});

describe('commands', () => {
  let f: WsProbe;
  beforeEach(async () => {
    f?.close();
    f = await connect(s, { sessionId: sid, as: 'facilitator', cookie });
  });

  it('[W3] ack comes after commit: the acked seq is in the store', async () => {
    const ack = await command(f, { type: 'session.configure', roundMinutes: 25 });
    expect(ack.t).toBe('ack');
    const stored = await s.app.deps.store.events.read(sid, (ack.seq as number) - 1, 1);
    expect(stored[0]).toMatchObject({ seq: ack.seq, type: 'session.configured', settings: { roundMinutes: 25 } });
  });

  it('[E2] the same command id sent twice is applied once and acked twice with the same seq', async () => {
    const id = cid();
    const before = await head();
    const a = await command(f, { type: 'clock.extend', minutes: 1 }, id); // no clock yet: an error, nothing written
    expect(a).toMatchObject({ t: 'err', code: 'no_clock' });
    const b1 = await command(f, { type: 'session.configure', roundMinutes: 16 }, cid('dup'));
    const dupId = cid('same');
    const x = await command(f, { type: 'session.configure', roundMinutes: 17 }, dupId);
    const y = await command(f, { type: 'session.configure', roundMinutes: 17 }, dupId);
    expect(x).toMatchObject({ t: 'ack' });
    expect(y).toMatchObject({ t: 'ack', seq: x.seq });
    expect(await head()).toBe(before + 2);
    expect(b1.t).toBe('ack');
  });

  it('[A1] a participant cannot give facilitator commands; nothing changes', async () => {
    const p = await connect(s, { sessionId: sid, as: 'participant', token: alice.token });
    const before = await head();
    for (const cmd of [{ type: 'phase.next' }, { type: 'groups.split' }, { type: 'session.close' }, { type: 'clock.pause' }]) {
      expect(await command(p, cmd)).toMatchObject({ t: 'err', code: 'forbidden' });
    }
    expect(await head()).toBe(before);
    p.close();
  });

  it('[A2] a participant cannot write a note in the lobby', async () => {
    const p = await connect(s, { sessionId: sid, as: 'participant', token: alice.token });
    expect(await command(p, { type: 'note.add', noteId: cid('n'), text: 'hei' })).toMatchObject({ t: 'err', code: 'wrong_phase' });
    p.close();
  });

  it('[W10] the projector (screen) receives events but cannot send commands', async () => {
    const screen = await connect(s, { sessionId: sid, as: 'screen', cookie });
    expect(screen.frames[0]).toMatchObject({ t: 'welcome', role: 'screen', audience: 'public' });
    expect(await command(screen, { type: 'phase.next' })).toMatchObject({ t: 'err', code: 'forbidden' });
    const from = screen.frames.length;
    const ack = await command(f, { type: 'session.configure', showNotesOnScreen: false });
    const ev = await screen.waitFor((x) => x.t === 'events', 5000, from);
    expect((ev.events as { seq: number }[])[0]!.seq).toBe(ack.seq);
    screen.close();
  });
});

describe('invalid frames: error frame + close 4400, nothing applied', () => {
  const cases: [string, unknown][] = [
    ['not JSON', '{"t":'],
    ['a JSON array', '[1,2]'],
    ['an unknown frame type', { t: 'shout', x: 1 }],
    ['an extra key on cmd', { t: 'cmd', id: 'abcdefgh12', cmd: { type: 'phase.next' }, extra: 1 }],
    ['an unknown command', { t: 'cmd', id: 'abcdefgh12', cmd: { type: 'session.delete' } }],
    ['a command with an extra key', { t: 'cmd', id: 'abcdefgh12', cmd: { type: 'phase.next', force: true } }],
    ['a bad command id', { t: 'cmd', id: 'short', cmd: { type: 'phase.next' } }],
    ['a wrong field type', { t: 'cmd', id: 'abcdefgh12', cmd: { type: 'clock.extend', minutes: '5' } }],
    ['an out-of-range value', { t: 'cmd', id: 'abcdefgh12', cmd: { type: 'tables.setCount', count: 99 } }],
    ['a second hello', { t: 'hello', v: 1, sessionId: 'x', lastSeq: 0, as: 'facilitator' }],
    [
      'an oversized frame',
      { t: 'cmd', id: 'abcdefgh12', cmd: { type: 'note.add', noteId: 'abcdefgh12', text: 'x'.repeat(MAX_CLIENT_FRAME_BYTES) } },
    ],
  ];

  it.each(cases)('[W1] %s', async (_name, frame) => {
    const f = await connect(s, { sessionId: sid, as: 'facilitator', cookie });
    const before = await head();
    f.send(frame);
    const closed = await f.waitClose();
    expect(closed.code).toBe(CLOSE.badFrame);
    expect(f.frames.some((x) => x.t === 'err' && x.code === 'bad_frame')).toBe(true);
    expect(await head()).toBe(before);
  });

  it('[W1] a binary frame', async () => {
    const f = await connect(s, { sessionId: sid, as: 'facilitator', cookie });
    f.ws.send(Buffer.from([1, 2, 3]));
    expect((await f.waitClose()).code).toBe(CLOSE.badFrame);
  });

  it('[W1] a command before hello closes with 4401', async () => {
    const p = await WsProbe.open(s, { cookie });
    p.send({ t: 'cmd', id: 'abcdefgh12', cmd: { type: 'phase.next' } });
    expect((await p.waitClose()).code).toBe(CLOSE.unauthenticated);
    expect(p.frames[0]).toMatchObject({ t: 'err', code: 'not_hello' });
  });
});

describe('presence', () => {
  it('[W12] the facilitator learns who is online and whether a projector is connected; phones never get presence', async () => {
    const f = await connect(s, { sessionId: sid, as: 'facilitator', cookie });
    const p = await connect(s, { sessionId: sid, as: 'participant', token: alice.token });
    const screen = await connect(s, { sessionId: sid, as: 'screen', cookie });
    const pres = await f.waitFor((x) => x.t === 'presence' && (x.online as string[]).includes(alice.participantId) && x.screens === 1);
    expect(pres.online).toEqual([alice.participantId]);
    const from = f.frames.length;
    p.close();
    screen.close();
    await f.waitFor((x) => x.t === 'presence' && (x.online as string[]).length === 0 && x.screens === 0, 5000, from);
    expect(p.frames.some((x) => x.t === 'presence')).toBe(false);
    f.close();
  });
});

describe('broken text', () => {
  it.each([
    ['a NUL character', 'hei\u0000'],
    ['a lone surrogate', 'hei\ud800'],
    ['a bell', 'hei\u0007'],
  ])('[H5] a note with %s is a bad frame and nothing is applied', async (_n, text) => {
    const f = await connect(s, { sessionId: sid, as: 'facilitator', cookie });
    const before = await head();
    f.send({ t: 'cmd', id: cid(), cmd: { type: 'theme.rename', themeId: 'abcdefgh12', name: text } });
    expect((await f.waitClose()).code).toBe(CLOSE.badFrame);
    expect(await head()).toBe(before);
  });
});
