import { describe, expect, it } from 'vitest';
import { studentTQuantile } from './student-t.ts';
import { DEFAULT_SURVEY_ITEMS, fitsItems, SURVEY_K, type SurveyItem, type SurveyValue } from './survey.ts';
import { compareSurveys, surveyStats, welchInterval } from './survey-stats.ts';

const items: SurveyItem[] = [
  { id: 'a', text: { fi: 'A', sv: 'A', en: 'A' } },
  { id: 'b', text: { fi: 'B', sv: 'B', en: 'B' } },
];
/** n answers; item a gets the given values in turn, item b always 3 */
const answers = (values: SurveyValue[]): SurveyValue[][] => values.map((v) => [v, 3]);

describe('[WB5] k-anonymity: no figure for fewer than 5 answers', () => {
  it.each([0, 1, 4])('%i answers → tooFew and no numbers at all', (n) => {
    const r = surveyStats(items, answers(Array.from({ length: n }, () => 4)));
    expect(r).toEqual({ tooFew: true });
    expect(JSON.stringify(r)).not.toMatch(/\d/);
  });

  it('5 answers → figures (n, mean, sd, distribution, "can\'t say")', () => {
    const r = surveyStats(items, answers([1, 2, 3, 4, 5]));
    expect(SURVEY_K).toBe(5);
    expect(r).toEqual({
      tooFew: false,
      respondents: 5,
      items: [
        { itemId: 'a', tooFew: false, n: 5, mean: 3, sd: 1.58, counts: [1, 1, 1, 1, 1], cantSay: 0 },
        { itemId: 'b', tooFew: false, n: 5, mean: 3, sd: 0, counts: [0, 0, 5, 0, 0], cantSay: 0 },
      ],
    });
  });

  it('an item with fewer than 5 answers on the scale is suppressed even when 5+ people answered', () => {
    const r = surveyStats(items, answers([1, 2, 3, 4, null, null]));
    expect(r.tooFew).toBe(false);
    if (r.tooFew) return;
    expect(r.items[0]).toEqual({ itemId: 'a', tooFew: true });
    expect(r.items[1]).toMatchObject({ tooFew: false, n: 6 });
  });

  it('"can\'t say" answers are counted apart and left out of the mean', () => {
    const r = surveyStats(items, answers([5, 5, 4, 4, 2, null]));
    if (r.tooFew) throw new Error('expected figures');
    expect(r.items[0]).toMatchObject({ n: 5, mean: 4, cantSay: 1, counts: [0, 1, 0, 2, 2] });
  });
});

describe('[WB6] Welch t-interval, checked by hand', () => {
  it.each([
    [1, 12.7062047],
    [2, 4.3026527],
    [4, 2.7764451],
    [6.5, 2.402002],
    [10, 2.2281389],
    [30, 2.0422725],
    [100, 1.9839715],
  ])('t(0.975, %f) = %f', (df, t) => {
    expect(studentTQuantile(0.975, df)).toBeCloseTo(t, 6);
    expect(studentTQuantile(0.025, df)).toBeCloseTo(-t, 6);
  });

  it('pre 1,2,3,4,5 / post 3,4,4,5,5: change 1.2, se 0.8, df 6.077, 95 % CI −0.752…3.152', () => {
    // by hand: s²pre = 2.5, s²post = 0.7; se² = 2.5/5 + 0.7/5 = 0.64; df = 0.64² / (0.5²/4 + 0.14²/4) = 6.0772
    const w = welchInterval([1, 2, 3, 4, 5], [3, 4, 4, 5, 5]);
    expect(w.diff).toBeCloseTo(1.2, 12);
    expect(w.se).toBeCloseTo(0.8, 12);
    expect(w.df).toBeCloseTo(6.077151, 5);
    expect(w.low).toBeCloseTo(-0.751521, 5);
    expect(w.high).toBeCloseTo(3.151521, 5);
  });

  it('unequal sizes and a fall: 7 pre answers, 6 post answers', () => {
    const w = welchInterval([2, 3, 3, 4, 4, 4, 5], [1, 2, 2, 3, 3, 3]);
    expect(w.diff).toBeCloseTo(-1.238095, 5);
    expect(w.df).toBeCloseTo(10.998889, 5);
    expect(w.low).toBeCloseTo(-2.332345, 5);
    expect(w.high).toBeCloseTo(-0.143846, 5);
  });

  it('no spread on either side: the interval is the difference itself', () => {
    expect(welchInterval([3, 3, 3, 3, 3], [4, 4, 4, 4, 4])).toMatchObject({ diff: 1, low: 1, high: 1 });
  });
});

describe('[WB6] pre/post comparison per item', () => {
  const pre = { items, answers: answers([1, 2, 3, 4, 5]) };
  const post = { items, answers: answers([3, 4, 4, 5, 5]) };

  it('gives the change and its interval, rounded to two decimals', () => {
    expect(compareSurveys(pre, post)).toEqual([
      { itemId: 'a', tooFew: false, preMean: 3, postMean: 4.2, change: 1.2, low: -0.75, high: 3.15, df: 6.1 },
      { itemId: 'b', tooFew: false, preMean: 3, postMean: 3, change: 0, low: 0, high: 0, df: 8 },
    ]);
  });

  it.each([
    ['pre has 4 answers', { items, answers: answers([1, 2, 3, 4]) }, post],
    ['post has 4 answers', pre, { items, answers: answers([3, 4, 4, 5]) }],
  ])('is suppressed when %s', (_name, a, b) => {
    const r = compareSurveys(a, b);
    expect(r).toEqual([
      { itemId: 'a', tooFew: true },
      { itemId: 'b', tooFew: true },
    ]);
  });

  it('matches items by id and leaves out items that only one survey has', () => {
    const other = { items: [items[1]!], answers: answers([3, 3, 3, 3, 3]).map((a) => [a[1]!]) };
    expect(compareSurveys(pre, other).map((c) => c.itemId)).toEqual(['b']);
  });
});

describe('[WB1] items and answers', () => {
  it('the default bank has 6–8 items with distinct ids and texts in fi, sv and en', () => {
    expect(DEFAULT_SURVEY_ITEMS.length).toBeGreaterThanOrEqual(6);
    expect(DEFAULT_SURVEY_ITEMS.length).toBeLessThanOrEqual(8);
    expect(new Set(DEFAULT_SURVEY_ITEMS.map((i) => i.id)).size).toBe(DEFAULT_SURVEY_ITEMS.length);
    for (const i of DEFAULT_SURVEY_ITEMS) for (const l of ['fi', 'sv', 'en'] as const) expect(i.text[l].length).toBeGreaterThan(5);
  });

  it.each([
    [[1, 5], true],
    [[null, 3], true],
    [[0, 3], false],
    [[6, 3], false],
    [[2.5, 3], false],
    [[1], false],
    [[1, 2, 3], false],
  ])('%j fits two items: %s', (values, ok) => {
    expect(fitsItems(values, items)).toBe(ok);
  });
});
