import { describe, expect, it } from 'vitest';
import type { SurveyItem, SurveyValue } from './survey.ts';
import { unitResult, type UnitSurvey } from './survey-units.ts';

const item = (id: string): SurveyItem => ({ id, text: { fi: id, sv: id, en: id } });
const survey = (phase: 'pre' | 'post', column: SurveyValue[]): UnitSurvey => ({
  phase,
  items: [item('a')],
  answers: column.map((v) => [v]),
});

describe('[WB10] results per unit', () => {
  it('pools the processes of a unit per item, with the Welch comparison', () => {
    const r = unitResult([[survey('pre', [1, 2, 3, 4, 5]), survey('post', [3, 4, 4, 5, 5])], [survey('pre', [3, 3, 3, 3, 3])]]);
    expect(r.processes).toBe(2);
    expect(r.pre[0]).toMatchObject({ tooFew: false, n: 10, mean: 3, counts: [1, 1, 6, 1, 1] });
    expect(r.post[0]).toMatchObject({ tooFew: false, n: 5, mean: 4.2 });
    expect(r.comparison[0]).toMatchObject({ tooFew: false, preMean: 3, postMean: 4.2, change: 1.2 });
  });

  it('leaves out a process group below 5 (no differencing against the shown process), also per item', () => {
    const r = unitResult([
      [survey('pre', [1, 2, 3, 4, 5])],
      // 4 answers: suppressed on its own, so not added to the unit either
      [survey('pre', [5, 5, 5, 5])],
      // 6 people, but only 3 on the scale for the item: the item is left out
      [survey('pre', [5, 5, 5, null, null, null])],
    ]);
    expect(r.pre[0]).toMatchObject({ n: 5, mean: 3, cantSay: 0 });
    expect(r.post[0]).toEqual({ itemId: 'a', tooFew: true });
    expect(r.comparison[0]).toEqual({ itemId: 'a', tooFew: true });
  });

  it('nothing at all below 5 pooled answers', () => {
    const r = unitResult([[survey('pre', [1, 2])], [survey('pre', [3, 4])]]);
    expect(r.pre).toEqual([{ itemId: 'a', tooFew: true }]);
    expect(JSON.stringify(r.pre)).not.toMatch(/\d/);
  });
});
