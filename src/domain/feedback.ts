import { LIMITS, type FeedbackAnswer } from './types.ts';

export interface FeedbackSummary {
  answers: number;
  /** per statement: how many chose 1…5 (index 0 = "1"), and the mean of those who answered */
  statements: { counts: [number, number, number, number, number]; mean: number | null }[];
  /** open answers, sorted so that their order tells nothing about who wrote them */
  open: string[];
}

/** The feedback of one session as aggregates only; never who answered what. [SPEC F2] */
export function summariseFeedback(answers: readonly FeedbackAnswer[]): FeedbackSummary {
  const statements = Array.from({ length: LIMITS.feedbackStatements }, (_, i) => {
    const counts: [number, number, number, number, number] = [0, 0, 0, 0, 0];
    let sum = 0;
    let n = 0;
    for (const a of answers) {
      const v = a.scores[i];
      if (typeof v === 'number' && v >= 1 && v <= 5) {
        counts[v - 1]!++;
        sum += v;
        n++;
      }
    }
    return { counts, mean: n > 0 ? Math.round((sum / n) * 100) / 100 : null };
  });
  const open = answers
    .map((a) => a.open)
    .filter((o) => o.length > 0)
    .sort((a, b) => a.localeCompare(b, 'fi'));
  return { answers: answers.length, statements, open };
}
