import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../src/domain/types.ts';
import { cid, createProcess, facilitator, join, startServer, type TestServer } from '../support/test-server.ts';

/** Exports are anonymous unless the facilitator turns names on for that session. [V1, D3] */
let s: TestServer;
beforeAll(async () => {
  s = await startServer();
});
afterAll(() => s.stop());

describe('participant names in exports', () => {
  it('the notes CSV has no names by default, and the given name once the facilitator turns names on', async () => {
    const cookie = await facilitator(s, 'nimet@example.fi');
    const proc = await createProcess(s, cookie, { tableCount: 2 });
    const sid = proc.sessions[0]!.id;
    const engine = s.app.deps.engine;
    const userId = (await s.app.deps.store.users.byEmail('nimet@example.fi'))!.id;
    const fac: Actor = { role: 'facilitator', userId };
    const maija = await join(s, proc.sessions[0]!.joinCode, 'Maija Mallikas');
    const who = (await s.app.deps.join.participantFor(maija.token))!;
    const run = (actor: Actor, cmd: Record<string, unknown>) => engine.execute(sid, actor, cid(), cmd as never);
    await run(fac, { type: 'phase.next' });
    await run(fac, { type: 'phase.next' });
    await run(
      { role: 'participant', participantId: who.participantId },
      { type: 'note.add', noteId: cid('n'), text: 'Kysytään lapselta ensin' },
    );
    const notesCsv = async () => {
      const r = await fetch(`${s.base}/api/processes/${proc.id}/export/notes.csv`, { headers: { cookie } });
      expect(r.status).toBe(200);
      return r.text();
    };
    const anonymous = await notesCsv();
    expect(anonymous).toContain('Kysytään lapselta ensin');
    expect(anonymous).not.toContain('Maija');
    await run(fac, { type: 'session.configure', namesInReports: true });
    expect(await notesCsv()).toContain('Maija Mallikas');
    await run(fac, { type: 'session.configure', namesInReports: false });
    expect(await notesCsv()).not.toContain('Maija');
  });
});
