import { describe, expect, it } from 'vitest';
import type { Note, SessionState } from '../../domain/types.ts';
import { tableChanges } from './table-changes.ts';

const note = (id: string, tableId: string, authorId: string, themeId: string | null = null): Note => ({
  id,
  tableId,
  round: 0,
  group: 0,
  authorId,
  text: id,
  themeId,
  important: false,
  createdAt: 0,
  flags: [],
});
const st = (notes: Note[]) => ({ notes }) as unknown as SessionState;
const never = () => false;

describe('what others changed at my table', () => {
  it('counts notes others wrote at my table, not mine and not at other tables', () => {
    const prev = st([note('a', 't1', 'p2')]);
    const next = st([note('a', 't1', 'p2'), note('b', 't1', 'p2'), note('c', 't1', 'p3'), note('d', 't1', 'me'), note('e', 't2', 'p2')]);
    expect(tableChanges(prev, next, 'me', 't1', never)).toEqual({ newNotes: 2, moves: 0 });
  });

  it('counts theme moves at my table except my own', () => {
    const prev = st([note('a', 't1', 'p2'), note('b', 't1', 'p2', 'th1'), note('c', 't1', 'me'), note('x', 't2', 'p2')]);
    const next = st([
      note('a', 't1', 'p2', 'th1'),
      note('b', 't1', 'p2', null),
      note('c', 't1', 'me', 'th2'),
      note('x', 't2', 'p2', 'th9'),
    ]);
    const mine = (id: string, th: string | null) => id === 'c' && th === 'th2';
    expect(tableChanges(prev, next, 'me', 't1', mine)).toEqual({ newNotes: 0, moves: 2 });
  });

  it('nothing changed: zero', () => {
    const s = st([note('a', 't1', 'p2', 'th1')]);
    expect(tableChanges(s, s, 'me', 't1', never)).toEqual({ newNotes: 0, moves: 0 });
  });
});
