import { describe, expect, it } from 'vitest';
import { cid, command, connect, createProcess, facilitator, join, startServer } from '../support/test-server.ts';

describe('restart', () => {
  it('[E3] after a restart every acked note is there once, and snapshot + tail equals the log folded from scratch', async () => {
    const s = await startServer({ snapshotEvery: 7 });
    const cookie = await facilitator(s);
    const proc = await createProcess(s, cookie, { tableCount: 2 });
    const sid = proc.sessions[0]!.id;
    const f = await connect(s, { sessionId: sid, as: 'facilitator', cookie });
    const a = await join(s, proc.sessions[0]!.joinCode);
    const b = await join(s, proc.sessions[0]!.joinCode);
    await command(f, { type: 'phase.next' });
    await command(f, { type: 'phase.next' });
    const pa = await connect(s, { sessionId: sid, as: 'participant', token: a.token });
    const acked: { id: string; cmd: string }[] = [];
    for (let i = 0; i < 30; i++) {
      const noteId = cid('n');
      const cmdId = cid();
      if ((await command(pa, { type: 'note.add', noteId, text: `muistiinpano ${i}` }, cmdId)).t === 'ack')
        acked.push({ id: noteId, cmd: cmdId });
    }
    expect(acked).toHaveLength(30);
    const before = await s.app.deps.engine.load(sid);
    const snap = await s.app.deps.store.events.loadSnapshot(sid);
    expect(snap!.seq).toBeGreaterThan(20); // taken mid-way: the restart loads snapshot + tail
    expect(snap!.seq).toBeLessThan(before!.head);
    pa.close();
    f.close();
    await s.stop({ keepData: true });

    const s2 = await startServer({ dataDir: s.dataDir });
    const loaded = await s2.app.deps.engine.load(sid);
    expect(loaded).toEqual(before);
    expect(await s2.app.deps.engine.rebuild(sid)).toEqual(loaded);
    expect(loaded!.state.notes.map((n) => n.id)).toEqual(acked.map((x) => x.id));
    // resending an acked command after the restart is acked with its seq and not applied again
    const pa2 = await connect(s2, { sessionId: sid, as: 'participant', token: a.token, lastSeq: loaded!.head });
    const again = await command(pa2, { type: 'note.add', noteId: acked[0]!.id, text: 'muistiinpano 0' }, acked[0]!.cmd);
    expect(again.t).toBe('ack');
    expect(await s2.app.deps.store.events.head(sid)).toBe(loaded!.head);
    // another command reusing a saved note's id is refused
    const pb = await connect(s2, { sessionId: sid, as: 'participant', token: b.token });
    expect(await command(pb, { type: 'note.add', noteId: acked[0]!.id, text: 'x' })).toMatchObject({ t: 'err', code: 'id_taken' });
    pa2.close();
    pb.close();
    await s2.stop();
  });
});
