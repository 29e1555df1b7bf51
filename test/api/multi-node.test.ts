import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRedisBus } from '../../src/bus/redis-bus.ts';
import { MemoryHub, createMemoryBus } from '../../src/bus/memory-bus.ts';
import type { Bus } from '../../src/bus/bus.ts';
import { cid, command, connect, createProcess, facilitator, http, join, startServer, type TestServer } from '../support/test-server.ts';
import { TEST_REDIS_URL, dropSchema, freshSchema, urlWithSchema } from '../support/pg.ts';

type BusKind = 'memory' | 'redis';

describe.each<BusKind>(['memory', 'redis'])('two nodes on one PostgreSQL, signals over the %s bus', (kind) => {
  const schema = freshSchema();
  let a: TestServer;
  let b: TestServer;
  const hub = new MemoryHub();
  const prefix = `vp-test-${schema}:`;
  const bus = (): Bus => (kind === 'memory' ? createMemoryBus(hub) : createRedisBus(TEST_REDIS_URL, { prefix }));

  beforeAll(async () => {
    const env = { DATABASE_URL: urlWithSchema(schema) };
    a = await startServer({ env, bus: bus() });
    b = await startServer({ env, bus: bus() });
    if (kind === 'redis') await new Promise((r) => setTimeout(r, 300)); // first subscription
  });
  afterAll(async () => {
    await a?.stop();
    await b?.stop();
    await dropSchema(schema);
  });

  it('[M1] a note written on node A reaches a phone and the console on node B, once and in seq order', async () => {
    const cookie = await facilitator(a);
    const proc = await createProcess(a, cookie, { tableCount: 2 });
    const sid = proc.sessions[0]!.id;
    const p1 = await join(a, proc.sessions[0]!.joinCode);
    const p2 = await join(b, proc.sessions[0]!.joinCode); // joined through the other node
    const fA = await connect(a, { sessionId: sid, as: 'facilitator', cookie });
    const fB = await connect(b, { sessionId: sid, as: 'facilitator', cookie });
    expect(await command(fA, { type: 'phase.next' })).toMatchObject({ t: 'ack' });
    expect(await command(fB, { type: 'phase.next' })).toMatchObject({ t: 'ack' }); // B decides on A's state
    const onA = await connect(a, { sessionId: sid, as: 'participant', token: p1.token });
    const onB = await connect(b, { sessionId: sid, as: 'participant', token: p2.token });
    const noteId = cid('n');
    expect(await command(onA, { type: 'note.add', noteId, text: 'Kuuntelemme ensin' })).toMatchObject({ t: 'ack' });
    for (const probe of [onB, fB]) {
      await probe.waitFor(() => probe.events().some((e) => e.type === 'note.added' && (e.note as { id: string }).id === noteId));
      const seqs = probe.events().map((e) => e.seq);
      expect(seqs).toEqual(Array.from({ length: seqs.length }, (_, i) => i + 1));
    }
    // both nodes hold the same state, equal to the log folded from scratch
    const la = await a.app.deps.engine.load(sid);
    const lb = await b.app.deps.engine.load(sid);
    expect(lb).toEqual(la);
    expect(await b.app.deps.engine.rebuild(sid)).toEqual(lb);
    for (const p of [fA, fB, onA, onB]) p.close();
  });

  it('[D7] an erasure on node A empties node B’s cache and closes its sockets', async () => {
    const cookie = await facilitator(a, `erase-${kind}@example.fi`, { roles: ['facilitator', 'org_admin'] });
    const proc = await createProcess(a, cookie, { tableCount: 2 });
    const sid = proc.sessions[0]!.id;
    const p = await join(b, proc.sessions[0]!.joinCode);
    const f = await connect(a, { sessionId: sid, as: 'facilitator', cookie });
    await command(f, { type: 'phase.next' });
    await command(f, { type: 'phase.next' });
    const onB = await connect(b, { sessionId: sid, as: 'participant', token: p.token });
    expect(await command(onB, { type: 'note.add', noteId: cid('n'), text: 'Poistettava muistiinpano' })).toMatchObject({ t: 'ack' });
    expect(b.app.deps.engine.peekHead(sid)).toBeGreaterThan(0);
    expect((await http(a, 'POST', `/api/processes/${proc.id}/erase`, undefined, { cookie })).status).toBe(204);
    expect((await onB.waitClose()).reason).toBe('not_found');
    expect(b.app.deps.engine.peekHead(sid), 'node B forgot the erased state').toBeNull();
    expect(await b.app.deps.engine.load(sid)).toBeNull();
  });

  it('[M2] writers on both nodes at once: every command applied once, gap-free seq, same state', async () => {
    const cookie = await facilitator(a, `f-${kind}@example.fi`);
    const proc = await createProcess(a, cookie, { tableCount: 2 });
    const sid = proc.sessions[0]!.id;
    const ps = await Promise.all([join(a, proc.sessions[0]!.joinCode), join(b, proc.sessions[0]!.joinCode)]);
    const f = await connect(a, { sessionId: sid, as: 'facilitator', cookie });
    await command(f, { type: 'phase.next' });
    await command(f, { type: 'phase.next' });
    const sockets = await Promise.all(ps.map((p, i) => connect(i === 0 ? a : b, { sessionId: sid, as: 'participant', token: p.token })));
    const sent: string[] = [];
    await Promise.all(
      sockets.map(async (sock) => {
        for (let i = 0; i < 15; i++) {
          const noteId = cid('n');
          sent.push(noteId);
          expect(await command(sock, { type: 'note.add', noteId, text: `muistiinpano ${i}` })).toMatchObject({ t: 'ack' });
        }
      }),
    );
    const rebuilt = await a.app.deps.engine.rebuild(sid);
    expect(rebuilt.state.notes.map((n) => n.id).sort()).toEqual([...sent].sort());
    for (const sock of sockets) {
      await sock.waitFor(() => sock.events().filter((e) => e.type === 'note.added').length === sent.length);
      const seqs = sock.events().map((e) => e.seq);
      expect(seqs).toEqual(Array.from({ length: seqs.length }, (_, i) => i + 1));
    }
    for (const sock of [...sockets, f]) sock.close();
  });
});
