import { surveyEn } from '../../i18n/survey.en.ts';
import { surveyFi } from '../../i18n/survey.fi.ts';
import { surveySv } from '../../i18n/survey.sv.ts';
import { makeT, pageLang } from '../shared/i18n.ts';

/** The survey page's catalogue in the page's language (the page is a chunk of its own). */
const CATALOGUES = { fi: surveyFi, sv: surveySv, en: surveyEn };

export type SKey = keyof typeof surveyFi;

export const ts = makeT<SKey>(CATALOGUES[pageLang()]);
