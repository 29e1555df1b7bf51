import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionState } from '../../src/domain/types.ts';
import { tableForGroup } from '../../src/domain/rotation.ts';
import type { JoinResponse, ProcessSummary } from '../../src/protocol/http-schema.ts';
import {
  cid,
  command,
  connect,
  createProcess,
  facilitator,
  join,
  startServer,
  type TestServer,
  type WsProbe,
} from '../support/test-server.ts';

let s: TestServer;
let cookie: string;
let proc: ProcessSummary;
let sid: string;
let f: WsProbe;
const people: (JoinResponse & { ws: WsProbe })[] = [];

const state = async (): Promise<SessionState> => (await s.app.deps.engine.load(sid))!.state;

beforeAll(async () => {
  s = await startServer({ env: {} });
  cookie = await facilitator(s);
  proc = await createProcess(s, cookie, { tableCount: 4 });
  sid = proc.sessions[0]!.id;
  f = await connect(s, { sessionId: sid, as: 'facilitator', cookie });
  for (let i = 0; i < 9; i++) {
    const j = await join(s, proc.sessions[0]!.joinCode);
    people.push({ ...j, ws: await connect(s, { sessionId: sid, as: 'participant', token: j.token }) });
  }
});
afterAll(async () => {
  for (const p of people) p.ws.close();
  f.close();
  await s.stop();
});

describe('a Learning Café over real sockets', () => {
  it('[G1] split, then [G2] a late joiner lands in the smallest group', async () => {
    expect(await command(f, { type: 'table.setHost', tableId: 't1', participantId: people[0]!.participantId })).toMatchObject({ t: 'ack' });
    expect(await command(f, { type: 'groups.split' })).toMatchObject({ t: 'ack' });
    const st = await state();
    const sizes = [0, 0, 0, 0];
    for (const p of st.participants) if (p.id !== people[0]!.participantId) sizes[p.group!]!++;
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
    const late = await join(s, proc.sessions[0]!.joinCode);
    const after = await state();
    const smallest = sizes.indexOf(Math.min(...sizes));
    expect(after.participants.find((p) => p.id === late.participantId)!.group).toBe(smallest);
    people.push({ ...late, ws: await connect(s, { sessionId: sid, as: 'participant', token: late.token }) });
  });

  it('[R1][N1] four rounds: each group writes at (g + r) mod T; the note reaches every device, once', async () => {
    await command(f, { type: 'phase.next' }); // opening
    for (let r = 0; r < 4; r++) {
      expect(await command(f, { type: 'phase.next' })).toMatchObject({ t: 'ack' });
      const st = await state();
      expect(st).toMatchObject({ phase: 'round', round: r });
      expect(st.clock!.endsAt).toBeGreaterThan(Date.now());
      for (const p of people.slice(1)) {
        const g = st.participants.find((x) => x.id === p.participantId)!.group!;
        const noteId = cid('n');
        const ack = await command(p.ws, { type: 'note.add', noteId, text: `Round ${r} group ${g}` });
        expect(ack).toMatchObject({ t: 'ack' });
        const note = (await state()).notes.find((n) => n.id === noteId)!;
        expect(note.tableId).toBe(`t${tableForGroup(g, r, 4) + 1}`);
      }
      // the host always writes at the host's own table
      const hostNote = cid('h');
      expect(await command(people[0]!.ws, { type: 'note.add', noteId: hostNote, text: `Host round ${r}` })).toMatchObject({ t: 'ack' });
      expect((await state()).notes.find((n) => n.id === hostNote)!.tableId).toBe('t1');
      expect(await command(f, { type: 'clock.end' })).toMatchObject({ t: 'ack' });
    }
    const total = (await state()).notes.length;
    expect(total).toBe(4 * people.length);
    for (const p of [...people.map((x) => x.ws), f]) {
      await p.waitFor(() => p.events().filter((e) => e.type === 'note.added').length >= total);
      const ids = p
        .events()
        .filter((e) => e.type === 'note.added')
        .map((e) => (e.note as { id: string }).id);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it('[A2] a participant cannot write at a table where their group is not', async () => {
    const p = people[1]!;
    const before = (await state()).notes.length;
    // the command carries no table: the server decides the table from the rotation
    expect(await command(p.ws, { type: 'note.add', noteId: cid('n'), text: 'x' })).toMatchObject({ t: 'ack' });
    const last = (await state()).notes.at(-1)!;
    const g = (await state()).participants.find((x) => x.id === p.participantId)!.group!;
    expect(last.tableId).toBe(`t${tableForGroup(g, 3, 4) + 1}`);
    expect((await state()).notes.length).toBe(before + 1);
  });

  it('[T1] theming at the last table; [A4] not at another table', async () => {
    expect(await command(f, { type: 'phase.next' })).toMatchObject({ t: 'ack' });
    expect((await state()).phase).toBe('theming');
    const p = people[1]!;
    const st = await state();
    const g = st.participants.find((x) => x.id === p.participantId)!.group!;
    const myTable = `t${tableForGroup(g, 3, 4) + 1}`;
    const other = myTable === 't2' ? 't3' : 't2';
    const themeId = cid('th');
    expect(await command(p.ws, { type: 'theme.create', themeId, tableId: myTable, name: '  Yhteistyö  ' })).toMatchObject({ t: 'ack' });
    expect(await command(p.ws, { type: 'theme.create', themeId: cid('th'), tableId: other, name: 'X' })).toMatchObject({
      t: 'err',
      code: 'not_at_table',
    });
    const note = (await state()).notes.find((n) => n.tableId === myTable)!;
    expect(await command(p.ws, { type: 'note.setTheme', noteId: note.id, themeId })).toMatchObject({ t: 'ack' });
    const after = await state();
    expect(after.themes.find((t) => t.id === themeId)!.name).toBe('Yhteistyö');
    expect(after.notes.find((n) => n.id === note.id)!.themeId).toBe(themeId);
    // debrief: the facilitator carries the theme to session 2
    await command(f, { type: 'phase.next' });
    expect(await command(f, { type: 'theme.setCarried', themeId, carried: true })).toMatchObject({ t: 'ack' });
    expect((await state()).themes.find((t) => t.id === themeId)!.carried).toBe(true);
  });

  it('[A5] a closed session is read-only; [E3] the live state equals the log folded from scratch', async () => {
    expect(await command(f, { type: 'session.close' })).toMatchObject({ t: 'ack' });
    expect(await command(people[1]!.ws, { type: 'note.add', noteId: cid('n'), text: 'late' })).toMatchObject({
      t: 'err',
      code: 'session_closed',
    });
    expect(await command(f, { type: 'phase.next' })).toMatchObject({ t: 'err', code: 'session_closed' });
    const live = await s.app.deps.engine.load(sid);
    const rebuilt = await s.app.deps.engine.rebuild(sid);
    expect(rebuilt).toEqual(live);
  });
});
