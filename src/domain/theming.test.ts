import { describe, expect, it } from 'vitest';
import { applyAll } from './apply.ts';
import type { Command } from './commands.ts';
import type { ErrorCode } from './errors.ts';
import { FAC, memberAt, outcome, participant, runSession, type SessionSim } from './test-helpers.ts';
import { notesOfTheme, themesOfTable, unthemedNotes } from './theming.ts';
import { LIMITS, type Actor, type Theme } from './types.ts';

/**
 * T=4, 8 participants, p1 hosts t1, in theming. `a` sits at t1, `b` at t2.
 * Notes n1, n2 at t1 (by a), n3 at t2 (by b); themes th1, th2 at t1 and th3 at t2.
 */
function theming(): { sim: SessionSim; a: string; b: string } {
  const sim = runSession({ tables: 4, participants: 8, hosts: 1, phase: 'theming' });
  const a = memberAt(sim.state, 't1');
  const b = memberAt(sim.state, 't2');
  sim.as(a, { type: 'note.add', noteId: 'n1', text: 'Puhumme huolesta ajoissa' });
  sim.as(a, { type: 'note.add', noteId: 'n2', text: 'Kysymme perheeltä ensin' });
  sim.as(b, { type: 'note.add', noteId: 'n3', text: 'Yhteinen palaveri' });
  sim.as(a, { type: 'theme.create', themeId: 'th1', tableId: 't1', name: 'Puheeksi ottaminen' });
  sim.as(a, { type: 'theme.create', themeId: 'th2', tableId: 't1', name: 'Perhe mukana' });
  sim.as(b, { type: 'theme.create', themeId: 'th3', tableId: 't2', name: 'Yhteistyö' });
  return { sim, a, b };
}

const themeIds = (sim: SessionSim): string[] => sim.state.themes.map((t) => t.id);
const themeOf = (sim: SessionSim, noteId: string): string | null | undefined => sim.state.notes.find((n) => n.id === noteId)?.themeId;

describe('[A4] a participant at the table themes its notes', () => {
  it('creates themes on their own table', () => {
    const { sim } = theming();
    expect(themesOfTable(sim.state, 't1')).toEqual<Theme[]>([
      { id: 'th1', tableId: 't1', name: 'Puheeksi ottaminen', carried: false },
      { id: 'th2', tableId: 't1', name: 'Perhe mukana', carried: false },
    ]);
    expect(themesOfTable(sim.state, 't2').map((t) => t.id)).toEqual(['th3']);
  });

  it('renames a theme', () => {
    const { sim, a } = theming();
    sim.as(a, { type: 'theme.rename', themeId: 'th1', name: 'Huolen puheeksi ottaminen' });
    expect(sim.state.themes.find((t) => t.id === 'th1')?.name).toBe('Huolen puheeksi ottaminen');
  });

  it('moves notes into a theme, between themes and back to null', () => {
    const { sim, a } = theming();
    sim.as(a, { type: 'note.setTheme', noteId: 'n1', themeId: 'th1' });
    sim.as(a, { type: 'note.setTheme', noteId: 'n2', themeId: 'th1' });
    expect(notesOfTheme(sim.state, 'th1').map((n) => n.id)).toEqual(['n1', 'n2']);
    sim.as(a, { type: 'note.setTheme', noteId: 'n2', themeId: 'th2' });
    expect(themeOf(sim, 'n2')).toBe('th2');
    sim.as(a, { type: 'note.setTheme', noteId: 'n1', themeId: null });
    expect(themeOf(sim, 'n1')).toBeNull();
    expect(unthemedNotes(sim.state, 't1').map((n) => n.id)).toEqual(['n1']);
  });

  it('the table host themes their table too', () => {
    const { sim } = theming();
    sim.as('p1', { type: 'note.setTheme', noteId: 'n1', themeId: 'th2' });
    sim.as('p1', { type: 'theme.create', themeId: 'th9', tableId: 't1', name: 'Isännän teema' });
    expect(themeOf(sim, 'n1')).toBe('th2');
    expect(themeIds(sim)).toContain('th9');
  });

  it('[T4] merge moves the source’s notes to the target and removes the source', () => {
    const { sim, a } = theming();
    sim.as(a, { type: 'note.setTheme', noteId: 'n1', themeId: 'th1' });
    sim.as(a, { type: 'note.setTheme', noteId: 'n2', themeId: 'th2' });
    sim.as(a, { type: 'theme.merge', sourceId: 'th1', targetId: 'th2' });
    expect(themeIds(sim)).toEqual(['th2', 'th3']);
    expect(notesOfTheme(sim.state, 'th2').map((n) => n.id)).toEqual(['n1', 'n2']);
    expect(sim.state.notes.some((n) => n.themeId === 'th1')).toBe(false);
  });

  it.each([
    { label: 'source carried', source: true, target: false },
    { label: 'target carried', source: false, target: true },
    { label: 'both carried', source: true, target: true },
  ])('[T4] the carried flag survives a merge ($label)', ({ source, target }) => {
    const { sim, a } = theming();
    if (source) sim.fac({ type: 'theme.setCarried', themeId: 'th1', carried: true });
    if (target) sim.fac({ type: 'theme.setCarried', themeId: 'th2', carried: true });
    sim.as(a, { type: 'theme.merge', sourceId: 'th1', targetId: 'th2' });
    expect(sim.state.themes.find((t) => t.id === 'th2')?.carried).toBe(true);
  });

  it('a merge of two uncarried themes stays uncarried', () => {
    const { sim, a } = theming();
    sim.as(a, { type: 'theme.merge', sourceId: 'th1', targetId: 'th2' });
    expect(sim.state.themes.find((t) => t.id === 'th2')?.carried).toBe(false);
  });
});

describe('theme names', () => {
  const max = LIMITS.themeNameMax;
  it.each<{ label: string; name: string; want: string | ErrorCode }>([
    { label: 'trimmed', name: '   Luottamus  ', want: 'Luottamus' },
    { label: 'inner whitespace collapsed', name: 'Perhe \t\n  mukana', want: 'Perhe mukana' },
    { label: `exactly ${max} chars`, name: 'x'.repeat(max), want: 'x'.repeat(max) },
    { label: `${max} chars plus spaces`, name: `  ${'x'.repeat(max)}  `, want: 'x'.repeat(max) },
    { label: 'empty', name: '', want: 'invalid_value' },
    { label: 'only spaces', name: ' \t ', want: 'invalid_value' },
    { label: `${max + 1} chars`, name: 'x'.repeat(max + 1), want: 'invalid_value' },
  ])('$label → $want', ({ name, want }) => {
    const { sim, a } = theming();
    const create: Command = { type: 'theme.create', themeId: 'new', tableId: 't1', name };
    const rename: Command = { type: 'theme.rename', themeId: 'th1', name };
    if (want === 'invalid_value') {
      expect(sim.outcome(participant(a), create)).toBe('invalid_value');
      expect(sim.outcome(participant(a), rename)).toBe('invalid_value');
      return;
    }
    sim.as(a, create);
    sim.as(a, rename);
    expect(sim.state.themes.find((t) => t.id === 'new')?.name).toBe(want);
    expect(sim.state.themes.find((t) => t.id === 'th1')?.name).toBe(want);
  });
});

type Who = 'a' | 'b' | 'host' | 'fac';
interface Case {
  label: string;
  who: Who;
  cmd: Command;
  want: ErrorCode | 'ok';
}

function actorFor(who: Who, a: string, b: string): Actor {
  if (who === 'fac') return FAC;
  return participant(who === 'a' ? a : who === 'b' ? b : 'p1');
}

describe('theming permissions in the theming phase', () => {
  it.each<Case>([
    {
      label: 'create at another table',
      who: 'b',
      cmd: { type: 'theme.create', themeId: 'x', tableId: 't1', name: 'X' },
      want: 'not_at_table',
    },
    { label: 'rename at another table', who: 'b', cmd: { type: 'theme.rename', themeId: 'th1', name: 'X' }, want: 'not_at_table' },
    { label: 'merge at another table', who: 'b', cmd: { type: 'theme.merge', sourceId: 'th1', targetId: 'th2' }, want: 'not_at_table' },
    { label: 'move a note at another table', who: 'b', cmd: { type: 'note.setTheme', noteId: 'n1', themeId: 'th1' }, want: 'not_at_table' },
    { label: 'host of t1 at t2', who: 'host', cmd: { type: 'theme.rename', themeId: 'th3', name: 'X' }, want: 'not_at_table' },
    {
      label: '[T4] cross-table merge by a participant',
      who: 'a',
      cmd: { type: 'theme.merge', sourceId: 'th1', targetId: 'th3' },
      want: 'cross_table',
    },
    {
      label: 'note into another table’s theme',
      who: 'a',
      cmd: { type: 'note.setTheme', noteId: 'n1', themeId: 'th3' },
      want: 'cross_table',
    },
    { label: 'merge a theme into itself', who: 'a', cmd: { type: 'theme.merge', sourceId: 'th1', targetId: 'th1' }, want: 'invalid_value' },
    {
      label: 'duplicate themeId on own table',
      who: 'a',
      cmd: { type: 'theme.create', themeId: 'th2', tableId: 't1', name: 'X' },
      want: 'id_taken',
    },
    {
      label: 'duplicate themeId from another table',
      who: 'b',
      cmd: { type: 'theme.create', themeId: 'th1', tableId: 't2', name: 'X' },
      want: 'id_taken',
    },
    { label: 'unknown table', who: 'a', cmd: { type: 'theme.create', themeId: 'x', tableId: 't9', name: 'X' }, want: 'not_found' },
    { label: 'unknown theme', who: 'a', cmd: { type: 'theme.rename', themeId: 'nope', name: 'X' }, want: 'not_found' },
    { label: 'unknown note', who: 'a', cmd: { type: 'note.setTheme', noteId: 'nope', themeId: null }, want: 'not_found' },
    { label: 'unknown target theme', who: 'a', cmd: { type: 'note.setTheme', noteId: 'n1', themeId: 'nope' }, want: 'not_found' },
    { label: 'carry by a participant', who: 'a', cmd: { type: 'theme.setCarried', themeId: 'th1', carried: true }, want: 'forbidden' },
    { label: 'facilitator renames any table’s theme', who: 'fac', cmd: { type: 'theme.rename', themeId: 'th3', name: 'X' }, want: 'ok' },
    { label: 'facilitator carries a theme', who: 'fac', cmd: { type: 'theme.setCarried', themeId: 'th3', carried: true }, want: 'ok' },
  ])('$label → $want', ({ who, cmd, want }) => {
    const { sim, a, b } = theming();
    expect(sim.outcome(actorFor(who, a, b), cmd)).toBe(want);
  });
});

describe('[T4] cross-table merge in the debrief', () => {
  it('the facilitator merges across tables; notes follow to the target table’s theme', () => {
    const { sim, a, b } = theming();
    sim.as(a, { type: 'note.setTheme', noteId: 'n1', themeId: 'th1' });
    sim.as(b, { type: 'note.setTheme', noteId: 'n3', themeId: 'th3' });
    sim.fac({ type: 'phase.next' });
    expect(sim.state.phase).toBe('debrief');
    sim.fac({ type: 'theme.merge', sourceId: 'th1', targetId: 'th3' });
    expect(themeIds(sim)).toEqual(['th2', 'th3']);
    expect(notesOfTheme(sim.state, 'th3').map((n) => [n.id, n.tableId])).toEqual([
      ['n1', 't1'],
      ['n3', 't2'],
    ]);
    expect(themesOfTable(sim.state, 't2').map((t) => t.id)).toEqual(['th3']);
  });

  it('the facilitator may also rename and re-theme in the debrief', () => {
    const { sim } = theming();
    sim.fac({ type: 'phase.next' });
    sim.fac({ type: 'theme.rename', themeId: 'th2', name: ' Perhe  keskiössä ' });
    sim.fac({ type: 'note.setTheme', noteId: 'n3', themeId: 'th2' });
    expect(sim.state.themes.find((t) => t.id === 'th2')?.name).toBe('Perhe keskiössä');
    expect(themeOf(sim, 'n3')).toBe('th2');
  });
});

describe('theming commands outside the theming phase', () => {
  const commands: Command[] = [
    { type: 'theme.create', themeId: 'x', tableId: 't1', name: 'X' },
    { type: 'theme.rename', themeId: 'th1', name: 'X' },
    { type: 'theme.merge', sourceId: 'th1', targetId: 'th2' },
    { type: 'note.setTheme', noteId: 'n1', themeId: 'th1' },
    { type: 'note.setTheme', noteId: 'n1', themeId: null },
  ];

  it.each(commands)('in the debrief a participant gets wrong_phase for $type', (cmd) => {
    const { sim, a } = theming();
    sim.fac({ type: 'phase.next' });
    expect(sim.outcome(participant(a), cmd)).toBe('wrong_phase');
    expect(sim.outcome(FAC, cmd)).toBe('ok');
  });

  it.each(commands)('in a round participants and the facilitator get wrong_phase for $type', (cmd) => {
    const { sim } = theming();
    // same notes and themes, folded into a state in round 1 (apply is total)
    const round = applyAll(sim.state, [{ type: 'phase.changed', phase: 'round', round: 1, clock: null }]);
    for (const pid of ['p1', memberAt(round, 't1')]) expect(outcome(round, participant(pid), cmd)).toBe('wrong_phase');
    expect(outcome(round, FAC, cmd)).toBe('wrong_phase');
  });

  it('theme.setCarried is for theming and debrief only', () => {
    const { sim } = theming();
    const round = applyAll(sim.state, [{ type: 'phase.changed', phase: 'round', round: 1, clock: null }]);
    expect(outcome(round, FAC, { type: 'theme.setCarried', themeId: 'th1', carried: true })).toBe('wrong_phase');
  });
});
