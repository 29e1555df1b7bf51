import { LIMITS, type FeedbackAnswer, type PrivacyFinding } from '../../domain/types.ts';

/** Pure aggregates of the anonymous feedback (no i18n, no DOM: unit-tested). */

export interface StatementStats {
  /** how many gave 1, 2, 3, 4, 5 */
  counts: [number, number, number, number, number];
  answered: number;
  skipped: number;
  mean: number | null;
}

export interface FeedbackStats {
  answers: number;
  statements: StatementStats[];
  /**
   * Open answers without who or when: sorted alphabetically, so the order does not follow the
   * order in which people in the room sent them.
   */
  open: { text: string; flags: PrivacyFinding[] }[];
}

export function feedbackStats(answers: FeedbackAnswer[], locale = 'fi', statements: number = LIMITS.feedbackStatements): FeedbackStats {
  const stats: StatementStats[] = Array.from({ length: statements }, () => ({
    counts: [0, 0, 0, 0, 0],
    answered: 0,
    skipped: 0,
    mean: null,
  }));
  for (const a of answers) {
    stats.forEach((s, i) => {
      const v = a.scores[i];
      if (typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 5) {
        s.counts[v - 1]!++;
        s.answered++;
      } else {
        s.skipped++;
      }
    });
  }
  for (const s of stats) {
    if (s.answered > 0) s.mean = s.counts.reduce((sum, c, i) => sum + c * (i + 1), 0) / s.answered;
  }
  const open = answers
    .map((a) => ({ text: a.open.trim(), flags: a.flags }))
    .filter((a) => a.text !== '')
    .sort((a, b) => a.text.localeCompare(b.text, locale));
  return { answers: answers.length, statements: stats, open };
}
