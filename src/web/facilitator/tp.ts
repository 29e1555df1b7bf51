import { processEn } from '../../i18n/process.en.ts';
import { processFi } from '../../i18n/process.fi.ts';
import { processSv } from '../../i18n/process.sv.ts';
import { makeT } from '../shared/i18n.ts';
import { lang } from './t.ts';

/** The process pages' catalogue (process, follow-up, summary) in the page's language. */
const CATALOGUES = { fi: processFi, sv: processSv, en: processEn };

export type PKey = keyof typeof processFi;

export const tp = makeT<PKey>(CATALOGUES[lang]);
