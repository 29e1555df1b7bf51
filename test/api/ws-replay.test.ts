import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProcessSummary } from '../../src/protocol/http-schema.ts';
import { MAX_REPLAY_EVENTS } from '../../src/protocol/frames.ts';
import { cid, command, connect, createProcess, facilitator, join, startServer, type TestServer } from '../support/test-server.ts';

let s: TestServer;
let cookie: string;
let proc: ProcessSummary;
let sid: string;

beforeAll(async () => {
  s = await startServer();
  cookie = await facilitator(s);
  proc = await createProcess(s, cookie);
  sid = proc.sessions[0]!.id;
});
afterAll(() => s.stop());

describe('reconnect and replay', () => {
  it('[W5] a client reconnecting with lastSeq gets exactly the events it missed, in order', async () => {
    const f = await connect(s, { sessionId: sid, as: 'facilitator', cookie });
    await f.waitFor((x) => x.t === 'events');
    const seen = Math.max(...f.events().map((e) => e.seq));
    f.close();
    // the room changes while the client is away
    const g = await connect(s, { sessionId: sid, as: 'facilitator', cookie, lastSeq: 999_999 });
    await command(g, { type: 'session.configure', roundMinutes: 18 });
    await command(g, { type: 'session.configure', roundMinutes: 19 });
    g.close();
    const back = await connect(s, { sessionId: sid, as: 'facilitator', cookie, lastSeq: seen });
    const replay = await back.waitFor((x) => x.t === 'events');
    const seqs = (replay.events as { seq: number }[]).map((e) => e.seq);
    expect(seqs).toEqual([seen + 1, seen + 2]);
    back.close();
  });

  it('[W5] a client that is up to date gets no replay, only later events', async () => {
    const h = await s.app.deps.store.events.head(sid);
    const f = await connect(s, { sessionId: sid, as: 'facilitator', cookie, lastSeq: h });
    const ack = await command(f, { type: 'session.configure', roundMinutes: 21 });
    const evs = f.events();
    expect(evs.map((e) => e.seq)).toEqual([ack.seq]);
    f.close();
  });

  it('[W6] a client ahead of the server (or too far behind) gets a snapshot', async () => {
    const ahead = await connect(s, { sessionId: sid, as: 'facilitator', cookie, lastSeq: 10_000 });
    const snap = await ahead.waitFor((x) => x.t === 'snapshot');
    expect(snap.seq).toBe(await s.app.deps.store.events.head(sid));
    expect((snap.state as { tables: unknown[] }).tables).toHaveLength(4);
    ahead.close();
  });

  it('[W6] a gap larger than the replay limit is sent as a snapshot, names redacted for participants', async () => {
    const p2 = await createProcess(s, cookie, { name: 'Iso' });
    const sid2 = p2.sessions[0]!.id;
    const person = await join(s, p2.sessions[0]!.joinCode, 'Nimi');
    const actor = { role: 'facilitator' as const, userId: 'test' };
    for (let i = 0; i < MAX_REPLAY_EVENTS + 5; i++) {
      await s.app.deps.engine.execute(sid2, actor, cid('bulk'), { type: 'session.configure', roundMinutes: 15 + (i % 10) });
    }
    const h = await s.app.deps.store.events.head(sid2);
    expect(h).toBeGreaterThan(MAX_REPLAY_EVENTS + 2);
    const p = await connect(s, { sessionId: sid2, as: 'participant', token: person.token });
    const snap = await p.waitFor((x) => x.t === 'snapshot' || x.t === 'events');
    expect(snap).toMatchObject({ t: 'snapshot', seq: h });
    expect((snap.state as { participants: { name: string | null }[] }).participants[0]!.name).toBeNull();
    // a small gap from there is a replay again
    p.close();
    const q = await connect(s, { sessionId: sid2, as: 'participant', token: person.token, lastSeq: h - 3 });
    expect(((await q.waitFor((x) => x.t === 'events')).events as unknown[]).length).toBe(3);
    q.close();
  });

  it('[W7] a sync frame replays from the given seq on a live socket', async () => {
    const f = await connect(s, { sessionId: sid, as: 'facilitator', cookie });
    await f.waitFor((x) => x.t === 'events');
    const from = f.frames.length;
    f.send({ t: 'sync', lastSeq: 2 });
    const again = await f.waitFor((x) => x.t === 'events', 5000, from);
    expect((again.events as { seq: number }[])[0]!.seq).toBe(3);
    f.close();
  });

  it('[W9] commands beyond the rate limit get rate_limited errors and are not applied', async () => {
    const f = await connect(s, { sessionId: sid, as: 'facilitator', cookie, lastSeq: 999_999 });
    const before = await s.app.deps.store.events.head(sid);
    const ids = Array.from({ length: 60 }, () => cid('rl'));
    for (const id of ids) f.send({ t: 'cmd', id, cmd: { type: 'session.configure', roundMinutes: 20 } });
    await f.waitFor(() => f.frames.filter((x) => (x.t === 'ack' || x.t === 'err') && ids.includes(x.id as string)).length === 60, 10_000);
    const acks = f.frames.filter((x) => x.t === 'ack' && ids.includes(x.id as string)).length;
    const limited = f.frames.filter((x) => x.t === 'err' && x.code === 'rate_limited').length;
    expect(acks + limited).toBe(60);
    expect(limited).toBeGreaterThan(0);
    expect(await s.app.deps.store.events.head(sid)).toBe(before + acks);
    f.close();
  });
});

describe('exactly once across a lost connection', () => {
  it('[W4] a note sent just before the socket drops is applied once when resent with the same id', async () => {
    const p3 = await createProcess(s, cookie, { name: 'Katkos', tableCount: 2 });
    const sid3 = p3.sessions[0]!.id;
    const who = await join(s, p3.sessions[0]!.joinCode);
    const f = await connect(s, { sessionId: sid3, as: 'facilitator', cookie });
    await command(f, { type: 'phase.next' });
    await command(f, { type: 'phase.next' });
    const p = await connect(s, { sessionId: sid3, as: 'participant', token: who.token });
    const id = cid('lost');
    const noteId = cid('n');
    p.send({ t: 'cmd', id, cmd: { type: 'note.add', noteId, text: 'tärkeä havainto' } });
    p.ws.terminate(); // the ack (if any) never reaches the phone
    const q = await connect(s, { sessionId: sid3, as: 'participant', token: who.token });
    const ack = await command(q, { type: 'note.add', noteId, text: 'tärkeä havainto' }, id);
    expect(ack.t).toBe('ack');
    const st = (await s.app.deps.engine.load(sid3))!.state;
    expect(st.notes.filter((n) => n.id === noteId)).toHaveLength(1);
    q.close();
    f.close();
  });
});
