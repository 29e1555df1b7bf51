import { describe, expect, it } from 'vitest';
import { CLOSE } from '../../src/protocol/frames.ts';
import { cid, command, connect, createProcess, facilitator, join, startServer } from '../support/test-server.ts';

describe('graceful stop', () => {
  it('[W11] closing the app finishes in-flight commits, then tells sockets to reconnect (1012)', async () => {
    const s = await startServer();
    const cookie = await facilitator(s);
    const proc = await createProcess(s, cookie, { tableCount: 2 });
    const sid = proc.sessions[0]!.id;
    const f = await connect(s, { sessionId: sid, as: 'facilitator', cookie });
    const who = await join(s, proc.sessions[0]!.joinCode);
    await command(f, { type: 'phase.next' });
    await command(f, { type: 'phase.next' });
    const p = await connect(s, { sessionId: sid, as: 'participant', token: who.token });
    const ids = Array.from({ length: 10 }, () => cid('n'));
    for (const noteId of ids) p.send({ t: 'cmd', id: cid(), cmd: { type: 'note.add', noteId, text: 'ennen sammutusta' } });
    await p.waitFor((x) => x.t === 'ack'); // at least one is in flight or done
    await s.stop({ keepData: true });
    expect((await p.waitClose()).code).toBe(CLOSE.restart);
    expect((await f.waitClose()).code).toBe(CLOSE.restart);
    // every acked note is in the store after the restart
    const acked = p.frames.filter((x) => x.t === 'ack').length;
    const s2 = await startServer({ dataDir: s.dataDir });
    const st = (await s2.app.deps.engine.load(sid))!.state;
    expect(st.notes.length).toBeGreaterThanOrEqual(acked);
    await s2.stop();
  });
});
