import { studentTQuantile } from './student-t.ts';
import { SURVEY_K, type SurveyItem, type SurveyValue } from './survey.ts';

/**
 * Survey results as aggregates only, with k-anonymity: a group of fewer than SURVEY_K answers
 * gives `tooFew` and no number at all (not even a distribution or a "can't say" count). [SPEC WB5]
 */
export type ItemStats =
  | { itemId: string; tooFew: true }
  | {
      itemId: string;
      tooFew: false;
      /** answers on the 1–5 scale */
      n: number;
      mean: number;
      /** sample standard deviation (n − 1) */
      sd: number;
      /** how many chose 1…5 (index 0 = "1") */
      counts: [number, number, number, number, number];
      cantSay: number;
    };

export type SurveyStats = { tooFew: true } | { tooFew: false; respondents: number; items: ItemStats[] };

/** Mean and sample variance of the numeric answers (exact sums; the caller checks n ≥ 2). */
function moments(xs: readonly number[]): { n: number; mean: number; variance: number } {
  const n = xs.length;
  const mean = xs.reduce((a, b) => a + b, 0) / n;
  const variance = xs.reduce((a, x) => a + (x - mean) ** 2, 0) / (n - 1);
  return { n, mean, variance };
}

const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;

function itemStats(itemId: string, values: readonly SurveyValue[], respondents: number): ItemStats {
  const xs = values.filter((v): v is 1 | 2 | 3 | 4 | 5 => v !== null);
  return valueStats(itemId, xs, respondents - xs.length);
}

/** Aggregates of one item's answers on the scale (and how many said "can't say"); tooFew below k. */
export function valueStats(itemId: string, xs: readonly (1 | 2 | 3 | 4 | 5)[], cantSay: number): ItemStats {
  if (xs.length < SURVEY_K) return { itemId, tooFew: true };
  const counts: [number, number, number, number, number] = [0, 0, 0, 0, 0];
  for (const x of xs) counts[x - 1]!++;
  const m = moments(xs);
  return { itemId, tooFew: false, n: m.n, mean: round(m.mean), sd: round(Math.sqrt(m.variance)), counts, cantSay };
}

/** Aggregates of one survey: nothing below k answers; per item, nothing below k numeric answers. */
export function surveyStats(items: readonly SurveyItem[], answers: readonly (readonly SurveyValue[])[]): SurveyStats {
  if (answers.length < SURVEY_K) return { tooFew: true };
  return {
    tooFew: false,
    respondents: answers.length,
    items: items.map((item, i) =>
      itemStats(
        item.id,
        answers.map((a) => a[i] ?? null),
        answers.length,
      ),
    ),
  };
}

export type ItemChange =
  | { itemId: string; tooFew: true }
  | {
      itemId: string;
      tooFew: false;
      preMean: number;
      postMean: number;
      /** postMean − preMean */
      change: number;
      /** 95 % confidence interval of the change (Welch) */
      low: number;
      high: number;
      /** Welch–Satterthwaite degrees of freedom */
      df: number;
    };

export interface Welch {
  diff: number;
  se: number;
  df: number;
  low: number;
  high: number;
}

/**
 * Welch's t-interval for the difference of two means (b − a) from independent samples with
 * possibly unequal variances: se = √(s²a/na + s²b/nb), df by Welch–Satterthwaite, and
 * diff ± t(1 − α/2, df)·se. With no spread on either side the interval is the difference itself.
 */
export function welchInterval(a: readonly number[], b: readonly number[], level = 0.95): Welch {
  const ma = moments(a);
  const mb = moments(b);
  const va = ma.variance / ma.n;
  const vb = mb.variance / mb.n;
  const diff = mb.mean - ma.mean;
  const se = Math.sqrt(va + vb);
  if (se === 0) return { diff, se: 0, df: ma.n + mb.n - 2, low: diff, high: diff };
  const df = (va + vb) ** 2 / (va ** 2 / (ma.n - 1) + vb ** 2 / (mb.n - 1));
  const t = studentTQuantile(1 - (1 - level) / 2, df);
  return { diff, se, df, low: diff - t * se, high: diff + t * se };
}

const numeric = (answers: readonly (readonly SurveyValue[])[], i: number) =>
  answers.map((a) => a[i] ?? null).filter((v): v is 1 | 2 | 3 | 4 | 5 => v !== null);

/**
 * Pre/post comparison per item (matched by item id): the change of the mean with its 95 %
 * interval. Suppressed (`tooFew`) when either survey or either side of the item has fewer than
 * k answers. Pre and post answers cannot be paired (no identities), so they are independent
 * samples. [SPEC WB6]
 */
export function compareSurveys(
  pre: { items: readonly SurveyItem[]; answers: readonly (readonly SurveyValue[])[] },
  post: { items: readonly SurveyItem[]; answers: readonly (readonly SurveyValue[])[] },
): ItemChange[] {
  return pre.items.flatMap((item, i): ItemChange[] => {
    const j = post.items.findIndex((x) => x.id === item.id);
    if (j < 0) return [];
    const a = pre.answers.length < SURVEY_K ? [] : numeric(pre.answers, i);
    const b = post.answers.length < SURVEY_K ? [] : numeric(post.answers, j);
    return [changeOf(item.id, a, b)];
  });
}

/** The change of one item from the answers before (a) to after (b); tooFew when either has fewer than k. */
export function changeOf(itemId: string, a: readonly number[], b: readonly number[]): ItemChange {
  if (a.length < SURVEY_K || b.length < SURVEY_K) return { itemId, tooFew: true };
  const w = welchInterval(a, b);
  return {
    itemId,
    tooFew: false,
    preMean: round(moments(a).mean),
    postMean: round(moments(b).mean),
    change: round(w.diff),
    low: round(w.low),
    high: round(w.high),
    df: round(w.df, 1),
  };
}
