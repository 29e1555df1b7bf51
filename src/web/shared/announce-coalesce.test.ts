import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCoalescer } from './announce-coalesce.ts';

type Kind = 'notes' | 'moves';
const text = (k: Kind, n: number) => (k === 'notes' ? `${n} new notes.` : `${n} notes moved.`);

function setup() {
  const said: { at: number; m: string }[] = [];
  const t0 = Date.now();
  const c = createCoalescer<Kind>({ say: (m) => said.push({ at: Date.now() - t0, m }), text, windowMs: 2500, settleMs: 300, gapMs: 1500 });
  return { c, said };
}

describe('live region coalescing (no flooding)', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('a burst of events is said once, summarised, after a short settle', () => {
    const { c, said } = setup();
    for (let i = 0; i < 5; i++) c.add('notes');
    expect(said).toEqual([]);
    vi.advanceTimersByTime(300);
    expect(said).toEqual([{ at: 300, m: '5 new notes.' }]);
  });

  it('at most one summary per window; what comes meanwhile is counted into the next one', () => {
    const { c, said } = setup();
    c.add('notes');
    vi.advanceTimersByTime(300);
    // ten more over the next two seconds
    for (let i = 0; i < 10; i++) {
      vi.advanceTimersByTime(200);
      c.add('notes');
    }
    expect(said.map((x) => x.m)).toEqual(['1 new notes.']);
    vi.advanceTimersByTime(2500);
    expect(said).toEqual([
      { at: 300, m: '1 new notes.' },
      { at: 2800, m: '10 new notes.' },
    ]);
    // quiet again: nothing more
    vi.advanceTimersByTime(10_000);
    expect(said).toHaveLength(2);
  });

  it('kinds that come together are said in one message, in the order they came', () => {
    const { c, said } = setup();
    c.add('moves', 2);
    c.add('notes', 3);
    c.add('moves');
    vi.advanceTimersByTime(300);
    expect(said.map((x) => x.m)).toEqual(['3 notes moved. 3 new notes.']);
  });

  it('urgent messages are said at once, even in the middle of a burst', () => {
    const { c, said } = setup();
    c.add('notes');
    vi.advanceTimersByTime(300);
    c.add('notes');
    c.urgent('Two minutes left.');
    expect(said.at(-1)).toEqual({ at: 300, m: 'Two minutes left.' });
    c.urgent('Round 2 starts.');
    expect(said.at(-1)).toEqual({ at: 300, m: 'Round 2 starts.' });
  });

  it('a pending summary waits until an urgent message has had its time', () => {
    const { c, said } = setup();
    c.add('notes', 2);
    vi.advanceTimersByTime(200);
    c.urgent('Time is up.');
    vi.advanceTimersByTime(300);
    expect(said.map((x) => x.m)).toEqual(['Time is up.']);
    vi.advanceTimersByTime(1199);
    expect(said).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(said).toEqual([
      { at: 200, m: 'Time is up.' },
      { at: 1700, m: '2 new notes.' },
    ]);
  });

  it('one event alone is said with its own words; two or more are counted', () => {
    const { c, said } = setup();
    c.add('notes', 1, 'Maija joined group 2.');
    vi.advanceTimersByTime(300);
    c.add('notes', 1, 'Pekka joined group 1.');
    c.add('notes', 1, 'Liisa joined group 3.');
    vi.advanceTimersByTime(2500);
    expect(said.map((x) => x.m)).toEqual(['Maija joined group 2.', '2 new notes.']);
  });

  it('reset drops what was counted (the place changed); zero or negative counts are ignored', () => {
    const { c, said } = setup();
    c.add('notes', 4);
    c.reset();
    c.add('moves', 0);
    c.add('moves', -1);
    vi.advanceTimersByTime(10_000);
    expect(said).toEqual([]);
    c.add('moves');
    vi.advanceTimersByTime(300);
    expect(said.map((x) => x.m)).toEqual(['1 notes moved.']);
    c.dispose();
  });
});
