import { changeOf, valueStats, type ItemChange, type ItemStats } from './survey-stats.ts';
import { SURVEY_K, type SurveyItem, type SurveyPhase, type SurveyValue } from './survey.ts';
import type { Texts } from './types.ts';

/** One survey of one process, as the pooling sees it. */
export interface UnitSurvey {
  phase: SurveyPhase;
  items: readonly SurveyItem[];
  answers: readonly (readonly SurveyValue[])[];
}

export interface UnitResult {
  /** processes of the unit that have a survey */
  processes: number;
  /** every item id seen, in first-seen order, with its texts */
  items: { itemId: string; text: Texts }[];
  pre: ItemStats[];
  post: ItemStats[];
  comparison: ItemChange[];
}

type Scale = 1 | 2 | 3 | 4 | 5;
interface Pool {
  values: Scale[];
  cantSay: number;
}

/**
 * Adds one survey's answers to the pools of its items, but only the groups that are shown on
 * their own: a survey with fewer than k answers, or an item with fewer than k answers on the
 * scale, is left out. Otherwise the unit's figure minus the shown figures of the other processes
 * would give away the small group (differencing). [SPEC WB10]
 */
function addToPools(pools: Map<string, Pool>, s: UnitSurvey): void {
  if (s.answers.length < SURVEY_K) return;
  s.items.forEach((item, i) => {
    const column = s.answers.map((a) => a[i] ?? null);
    const values = column.filter((v): v is Scale => v !== null);
    if (values.length < SURVEY_K) return;
    const pool = pools.get(item.id) ?? { values: [], cantSay: 0 };
    pool.values.push(...values);
    pool.cantSay += column.length - values.length;
    pools.set(item.id, pool);
  });
}

/**
 * The pre/post results of a unit: the answers of its processes pooled per item id (processes of
 * one unit usually keep the default items), with the same k-anonymity and Welch interval as a
 * single process. [SPEC WB10]
 */
export function unitResult(processes: readonly UnitSurvey[][]): UnitResult {
  const items = new Map<string, Texts>();
  const pools: Record<SurveyPhase, Map<string, Pool>> = { pre: new Map(), post: new Map() };
  for (const surveys of processes) {
    for (const s of surveys) {
      for (const item of s.items) if (!items.has(item.id)) items.set(item.id, item.text);
      addToPools(pools[s.phase], s);
    }
  }
  const ids = [...items.keys()];
  const stats = (phase: SurveyPhase) =>
    ids.map((id) => {
      const p = pools[phase].get(id);
      return p ? valueStats(id, p.values, p.cantSay) : { itemId: id, tooFew: true as const };
    });
  return {
    processes: processes.filter((x) => x.length > 0).length,
    items: ids.map((itemId) => ({ itemId, text: items.get(itemId)! })),
    pre: stats('pre'),
    post: stats('post'),
    comparison: ids.map((id) => changeOf(id, pools.pre.get(id)?.values ?? [], pools.post.get(id)?.values ?? [])),
  };
}
