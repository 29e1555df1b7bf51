import { surveyEn } from '../../i18n/survey.en.ts';
import { surveyFi } from '../../i18n/survey.fi.ts';
import { surveySv } from '../../i18n/survey.sv.ts';
import { makeT } from '../shared/i18n.ts';
import { locale } from './process-format.ts';
import { lang } from './t.ts';

/** The wellbeing survey's catalogue (src/i18n/survey.*.ts) in the page's language. */
const CATALOGUES = { fi: surveyFi, sv: surveySv, en: surveyEn };

export type SvKey = keyof typeof surveyFi;

export const tsv = makeT<SvKey>(CATALOGUES[lang]);

/** A survey figure with two decimals in the page's locale; `signed` shows + for a rise. */
export function formatFigure(x: number, signed = false): string {
  return new Intl.NumberFormat(locale, {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
    ...(signed ? { signDisplay: 'exceptZero' as const } : {}),
  }).format(x);
}
