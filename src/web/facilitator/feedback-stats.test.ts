import { describe, expect, it } from 'vitest';
import type { FeedbackAnswer } from '../../domain/types.ts';
import { feedbackStats } from './feedback-stats.ts';

const answer = (scores: (number | null)[], open = '', participantId = 'p'): FeedbackAnswer => ({
  participantId,
  scores,
  open,
  flags: [],
  createdAt: 0,
});

describe('feedbackStats: what the facilitator sees of the anonymous feedback', () => {
  it('counts each value per statement, skips nulls and gives the mean of the answered ones', () => {
    const s = feedbackStats([answer([5, 4, null, 1]), answer([4, 4, null, 2]), answer([5, null, null, 3])]);
    expect(s.answers).toBe(3);
    expect(s.statements[0]).toEqual({ counts: [0, 0, 0, 1, 2], answered: 3, skipped: 0, mean: 14 / 3 });
    expect(s.statements[1]).toEqual({ counts: [0, 0, 0, 2, 0], answered: 2, skipped: 1, mean: 4 });
    expect(s.statements[2]).toEqual({ counts: [0, 0, 0, 0, 0], answered: 0, skipped: 3, mean: null });
    expect(s.statements[3]!.mean).toBe(2);
  });

  it('no answers: zero counts and no means', () => {
    const s = feedbackStats([]);
    expect(s.answers).toBe(0);
    expect(s.statements).toHaveLength(4);
    expect(s.statements.every((x) => x.mean === null && x.answered === 0)).toBe(true);
    expect(s.open).toEqual([]);
  });

  it('lists open answers without ids, empty ones left out, in alphabetical (not arrival) order', () => {
    const s = feedbackStats([
      answer([null, null, null, null], 'Ööh, lisää aikaa', 'p1'),
      answer([3, 3, 3, 3], '  ', 'p2'),
      answer([1, 1, 1, 1], 'Aikaa enemmän', 'p3'),
    ]);
    expect(s.open.map((o) => o.text)).toEqual(['Aikaa enemmän', 'Ööh, lisää aikaa']);
    expect(JSON.stringify(s)).not.toContain('p1');
  });

  it('ignores scores outside 1–5 (treated as skipped)', () => {
    const s = feedbackStats([answer([0, 6, 2.5, 3])]);
    expect(s.statements.map((x) => x.answered)).toEqual([0, 0, 0, 1]);
  });
});
