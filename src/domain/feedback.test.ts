import { describe, expect, it } from 'vitest';
import { summariseFeedback } from './feedback.ts';
import type { FeedbackAnswer } from './types.ts';

const answer = (scores: (number | null)[], open = '', id = 'p'): FeedbackAnswer => ({
  participantId: id,
  scores,
  open,
  flags: [],
  createdAt: 0,
});

describe('[F2] feedback aggregates', () => {
  it('counts each value, means over those who answered, skips nulls', () => {
    const s = summariseFeedback([answer([5, 4, null, 1]), answer([3, 4, null, 2]), answer([5, null, null, 2])]);
    expect(s.answers).toBe(3);
    expect(s.statements[0]).toEqual({ counts: [0, 0, 1, 0, 2], mean: 4.33 });
    expect(s.statements[1]).toEqual({ counts: [0, 0, 0, 2, 0], mean: 4 });
    expect(s.statements[2]).toEqual({ counts: [0, 0, 0, 0, 0], mean: null });
    expect(s.statements[3]!.mean).toBe(1.67);
  });

  it('open answers carry no ids and come sorted, not in answering order', () => {
    const s = summariseFeedback([
      answer([null, null, null, null], 'Öisin', 'a'),
      answer([1, 1, 1, 1], '', 'b'),
      answer([2, 2, 2, 2], 'Aamuisin', 'c'),
    ]);
    expect(s.open).toEqual(['Aamuisin', 'Öisin']);
    expect(JSON.stringify(s)).not.toMatch(/"a"|"c"/);
  });

  it('no answers → zero counts and null means', () => {
    const s = summariseFeedback([]);
    expect(s.answers).toBe(0);
    expect(s.statements).toHaveLength(4);
    expect(s.statements.every((x) => x.mean === null)).toBe(true);
  });
});
