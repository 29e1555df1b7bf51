import type { Lang } from '../domain/types.ts';
import { surveyEn } from '../i18n/survey.en.ts';
import { surveyFi } from '../i18n/survey.fi.ts';
import { surveySv } from '../i18n/survey.sv.ts';
import type { SurveyPhaseResult, SurveyResultsView } from '../protocol/survey-schema.ts';
import { toCsv } from './csv.ts';

type Key = keyof typeof surveyFi;
const CATALOGUES: Record<Lang, Record<Key, string>> = { fi: surveyFi, sv: surveySv, en: surveyEn };

/** a figure with at most two decimals, as a number cell (so a negative change is not guarded into text) */
const num = (x: number) => Math.round(x * 100) / 100;

function phaseRows(r: SurveyPhaseResult, l: (k: Key) => string): (string | number)[][] {
  const name = l(`survey.phase.${r.phase}`);
  if (r.tooFew) return [[name, '', l('survey.tooFew')]];
  return r.items.map((i) =>
    i.tooFew
      ? [name, i.text, r.respondents, l('survey.tooFew')]
      : [name, i.text, r.respondents, i.n, ...i.counts, i.cantSay, num(i.mean), num(i.sd)],
  );
}

/**
 * The survey results as CSV (UTF-8 with BOM, formula guard): one row per survey and item, then
 * the pre/post comparison. Exactly the aggregates of the API: where it says tooFew the file
 * says "too few answers" and has no number. [SPEC WB5, WB7]
 */
export function csvSurvey(results: SurveyResultsView): string {
  const l = (k: Key) => CATALOGUES[results.lang][k];
  const rows: (string | number)[][] = [
    [
      ...(['survey.csv.survey', 'survey.csv.item', 'survey.csv.respondents', 'survey.csv.n'] as const).map(l),
      '1',
      '2',
      '3',
      '4',
      '5',
      ...(['survey.csv.cantSay', 'survey.csv.mean', 'survey.csv.sd'] as const).map(l),
    ],
  ];
  for (const r of results.surveys) rows.push(...phaseRows(r, l));
  if (results.comparison) {
    rows.push([]);
    rows.push(
      (
        ['survey.csv.item', 'survey.csv.preMean', 'survey.csv.postMean', 'survey.csv.change', 'survey.csv.low', 'survey.csv.high'] as const
      ).map(l),
    );
    for (const c of results.comparison)
      rows.push(
        c.tooFew ? [c.text, l('survey.tooFew')] : [c.text, num(c.preMean), num(c.postMean), num(c.change), num(c.low), num(c.high)],
      );
  }
  return toCsv(rows);
}
