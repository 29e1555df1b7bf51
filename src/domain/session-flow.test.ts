import { describe, expect, it } from 'vitest';
import { applyAll, emptyState } from './apply.ts';
import { decide } from './decide.ts';
import { isDomainError, type ErrorCode } from './errors.ts';
import type { EventEnvelope } from './events.ts';
import { scanText } from './privacy-scan.ts';
import { redactEvent, redactState } from './redact.ts';
import { groupAtTable, tableForGroup } from './rotation.ts';
import { exec, FAC, MIN, outcome, participant, pid, runSession, SessionSim, T0 } from './test-helpers.ts';
import { LIMITS, type Phase, type SessionState } from './types.ts';

const T = 4;
const N = 9;

interface Step {
  phase: Phase;
  round: number;
  /** events in the log after this step, and the state built step by step at that point */
  eventCount: number;
  state: SessionState;
}

/**
 * A whole Learning Café: T=4, 9 named participants, p1 hosts t1 (set in the lobby), groups are
 * split automatically when round 1 starts. In every round and in theming each person writes a
 * note; phases move on with phase.next every 25 minutes; the session ends with session.close.
 */
function playCafe(seed = 7): { sim: SessionSim; steps: Step[] } {
  const sim = runSession({ tables: T, participants: N, hosts: 1, names: true, seed });
  const steps: Step[] = [];
  const mark = (): void => {
    steps.push({ phase: sim.state.phase, round: sim.state.round, eventCount: sim.events.length, state: sim.state });
  };
  mark();
  let now = T0;
  while (sim.state.phase !== 'debrief') {
    now += 25 * MIN;
    sim.fac({ type: 'phase.next' }, now);
    if (sim.state.phase === 'round' || sim.state.phase === 'theming') {
      const label = sim.state.phase === 'round' ? `r${sim.state.round}` : 'th';
      for (const p of sim.state.participants) {
        sim.as(p.id, { type: 'note.add', noteId: `${label}-${p.id}`, text: `Note of ${p.id} in ${label}` }, now + MIN);
      }
    }
    mark();
  }
  sim.fac({ type: 'session.close' }, now + 30 * MIN);
  mark();
  return { sim, steps };
}

const CAFE = playCafe();

describe('[P1] a whole Learning Café (T=4, 9 participants)', () => {
  it('moves lobby → opening → round 0…3 → theming → debrief → closed', () => {
    expect(CAFE.steps.map((s) => (s.phase === 'round' ? `round ${s.round}` : s.phase))).toEqual([
      'lobby',
      'opening',
      'round 0',
      'round 1',
      'round 2',
      'round 3',
      'theming',
      'debrief',
      'closed',
    ]);
  });

  it('[G3] starting round 0 split the 8 non-hosts into 4 groups of 2', () => {
    const round0 = CAFE.steps.find((s) => s.phase === 'round')!.state;
    expect(round0.grouped).toBe(true);
    for (let g = 0; g < T; g++) expect(round0.participants.filter((p) => p.group === g).length).toBe(2);
    expect(round0.participants.find((p) => p.id === 'p1')?.group).toBeNull();
  });

  it('[C1] rounds and theming run a clock from the phase change; debrief and closed have none', () => {
    for (const s of CAFE.steps) {
      if (s.phase === 'round' || s.phase === 'theming') expect(s.state.clock?.durationMs).toBe(20 * MIN);
      else expect(s.state.clock).toBeNull();
    }
  });

  it('[F1] phase.next in the debrief → feedback, then last_phase; anything after session.close → session_closed', () => {
    const debrief = CAFE.steps.find((s) => s.phase === 'debrief')!.state;
    const feedback = exec(debrief, FAC, { type: 'phase.next' });
    expect(feedback.phase).toBe('feedback');
    expect(feedback.clock).toBeNull();
    expect(outcome(feedback, FAC, { type: 'phase.next' })).toBe('last_phase');
    const closed = CAFE.sim.state;
    expect(closed.phase).toBe('closed');
    expect(outcome(closed, FAC, { type: 'phase.next' })).toBe('session_closed');
    expect(outcome(closed, FAC, { type: 'session.close' })).toBe('session_closed');
  });

  it.each([0, 1, 2, 3])('[R1] notes written in round %i land on the writer’s table for that round', (r) => {
    const notes = CAFE.sim.state.notes.filter((n) => n.id.startsWith(`r${r}-`));
    expect(notes).toHaveLength(N);
    for (const n of notes) {
      const author = CAFE.sim.state.participants.find((p) => p.id === n.authorId)!;
      expect(n.round).toBe(r);
      if (author.id === 'p1') {
        expect([n.tableId, n.group]).toEqual(['t1', null]);
      } else {
        expect(n.group).toBe(author.group);
        expect(n.tableId).toBe(`t${tableForGroup(author.group!, r, T) + 1}`);
      }
    }
    // every table got exactly the notes of the group sitting there (plus the host's at t1)
    for (let t = 0; t < T; t++) {
      const groups = new Set(notes.filter((n) => n.tableId === `t${t + 1}` && n.authorId !== 'p1').map((n) => n.group));
      expect([...groups]).toEqual([groupAtTable(t, r, T)]);
    }
  });

  it('[R3] theming notes land on each group’s last table', () => {
    const notes = CAFE.sim.state.notes.filter((n) => n.id.startsWith('th-') && n.authorId !== 'p1');
    for (const n of notes) expect(n.tableId).toBe(`t${tableForGroup(n.group!, T - 1, T) + 1}`);
  });

  it('applyAll of all emitted events from emptyState equals the state built step by step', () => {
    for (const s of CAFE.steps) {
      expect(applyAll(emptyState('s1'), CAFE.sim.events.slice(0, s.eventCount))).toEqual(s.state);
    }
    expect(applyAll(emptyState('s1'), CAFE.sim.events)).toEqual(CAFE.sim.state);
  });

  it('decide is deterministic: the same café with the same seed emits the same events', () => {
    expect(playCafe().sim.events).toEqual(CAFE.sim.events);
    const other = playCafe(8).sim.events.find((e) => e.type === 'groups.split');
    expect(other).not.toEqual(CAFE.sim.events.find((e) => e.type === 'groups.split'));
  });

  it('apply never mutates earlier states', () => {
    const sim = runSession({ tables: T, participants: N, phase: 'round' });
    const before = sim.state;
    const copy = structuredClone(before);
    sim.as('p2', { type: 'note.add', noteId: 'x', text: 'hello' });
    sim.fac({ type: 'clock.pause' }, T0 + MIN);
    expect(before).toEqual(copy);
  });
});

describe('note.add validation', () => {
  const max = LIMITS.noteMax;
  it.each<{ label: string; text: string; want: ErrorCode | string }>([
    { label: 'empty', text: '', want: 'note_empty' },
    { label: 'only whitespace', text: ' \n\t  ', want: 'note_empty' },
    { label: `${max + 1} chars`, text: 'a'.repeat(max + 1), want: 'note_too_long' },
    { label: `${max + 1} chars after trimming`, text: `  ${'a'.repeat(max + 1)}  `, want: 'note_too_long' },
    { label: `exactly ${max} chars`, text: 'a'.repeat(max), want: 'a'.repeat(max) },
    { label: `${max} chars plus surrounding spaces`, text: `\n  ${'a'.repeat(max)}  `, want: 'a'.repeat(max) },
    { label: 'trimmed, inner spacing kept', text: '  Kahvi  ja  pulla \n', want: 'Kahvi  ja  pulla' },
  ])('$label', ({ text, want }) => {
    const sim = runSession({ tables: T, participants: N, phase: 'round' });
    const cmd = { type: 'note.add', noteId: 'n1', text } as const;
    const code = sim.outcome(participant('p2'), cmd);
    if (code === 'ok') sim.as('p2', cmd);
    expect(code === 'ok' ? sim.state.notes.at(-1)?.text : code).toBe(want);
  });

  it('a duplicate noteId → id_taken, also from another participant and in a later round', () => {
    const sim = runSession({ tables: T, participants: N, phase: 'round' });
    sim.as('p2', { type: 'note.add', noteId: 'n1', text: 'first' });
    expect(sim.outcome(participant('p2'), { type: 'note.add', noteId: 'n1', text: 'again' })).toBe('id_taken');
    sim.fac({ type: 'phase.next' });
    expect(sim.outcome(participant('p3'), { type: 'note.add', noteId: 'n1', text: 'other' })).toBe('id_taken');
  });
});

describe('[N3] privacy check on notes', () => {
  const text = 'Kysy lisää: maija.virtanen@example.fi';

  it('an e-mail address without confirmPrivacy → privacy_check with the findings', () => {
    const sim = runSession({ tables: T, participants: N, phase: 'round' });
    let err: unknown;
    try {
      decide(sim.state, participant('p2'), { type: 'note.add', noteId: 'n1', text }, { now: T0, seed: 1 });
    } catch (e) {
      err = e;
    }
    expect(isDomainError(err) && err.code).toBe('privacy_check');
    const findings = (err as { details?: { findings?: unknown } }).details?.findings;
    expect(findings).toEqual(scanText(text));
    expect(findings).toEqual([{ kind: 'email', start: text.indexOf('maija'), end: text.length }]);
    expect(sim.state.notes).toHaveLength(0);
  });

  it('with confirmPrivacy the note is saved with its flags', () => {
    const sim = runSession({ tables: T, participants: N, phase: 'round' });
    sim.as('p2', { type: 'note.add', noteId: 'n1', text: `  ${text} `, confirmPrivacy: true });
    const note = sim.state.notes[0]!;
    expect(note.text).toBe(text);
    expect(note.flags).toEqual([{ kind: 'email', start: text.indexOf('maija'), end: text.length }]);
    expect(note.text.slice(note.flags[0]!.start, note.flags[0]!.end)).toBe('maija.virtanen@example.fi');
  });

  it.each([true, false, undefined])('a clean note is saved without flags (confirmPrivacy: %s)', (confirmPrivacy) => {
    const sim = runSession({ tables: T, participants: N, phase: 'round' });
    sim.as('p2', { type: 'note.add', noteId: 'n1', text: 'Soitamme perheelle heti', confirmPrivacy });
    expect(sim.state.notes[0]?.flags).toEqual([]);
  });
});

describe('[V1] redaction of names', () => {
  const envelopes: EventEnvelope[] = CAFE.sim.events.map((e, i) => ({ ...e, seq: i + 1, at: T0 + i }));

  it('redactState removes every name for the public audience only', () => {
    const state = CAFE.sim.state;
    expect(state.participants.every((p) => p.name !== null)).toBe(true);
    expect(redactState(state, 'staff')).toBe(state);
    const pub = redactState(state, 'public');
    expect(pub.participants.every((p) => p.name === null)).toBe(true);
    expect({ ...pub, participants: pub.participants.map((p) => ({ ...p, name: 'x' })) }).toEqual({
      ...state,
      participants: state.participants.map((p) => ({ ...p, name: 'x' })),
    });
    expect(state.participants[0]?.name).toBe('Name 1'); // the original is untouched
  });

  it('redactEvent removes names from join events for the public only and keeps seq gap-free', () => {
    const pub = envelopes.map((e) => redactEvent(e, 'public'));
    expect(pub.map((e) => e.seq)).toEqual(envelopes.map((e) => e.seq));
    expect(envelopes.map((e) => redactEvent(e, 'staff'))).toEqual(envelopes);
    for (const [i, e] of pub.entries()) {
      if (e.type === 'participant.joined') {
        expect(e.name).toBeNull();
        expect({ ...e, name: null }).toEqual({ ...envelopes[i]!, name: null });
      } else {
        expect(e).toBe(envelopes[i]);
      }
    }
    expect(JSON.stringify(pub)).not.toMatch(/Name \d/);
    expect(JSON.stringify(envelopes)).toMatch(/Name \d/);
  });

  it('a public replay has the same state as the redacted staff state', () => {
    const pubState = applyAll(
      emptyState('s1'),
      envelopes.map((e) => redactEvent(e, 'public')),
    );
    expect(pubState).toEqual(redactState(CAFE.sim.state, 'public'));
  });

  it('names are cleaned on join: trimmed, blank → null, longer than 40 → invalid_value', () => {
    const sim = new SessionSim(T);
    sim.join(pid(0), '  Maija   Virtanen ');
    sim.join(pid(1), '   ');
    expect(sim.state.participants.map((p) => p.name)).toEqual(['Maija Virtanen', null]);
    expect(() => sim.join(pid(2), 'x'.repeat(LIMITS.nameMax + 1))).toThrow('invalid_value');
    // characters, not UTF-16 units, as the HTTP schema counts them: 40 emoji fit, 41 do not
    sim.join(pid(3), '🙂'.repeat(LIMITS.nameMax));
    expect(() => sim.join(pid(4), '🙂'.repeat(LIMITS.nameMax + 1))).toThrow('invalid_value');
    expect(() => sim.join(pid(0), null)).toThrow('id_taken');
  });
});
