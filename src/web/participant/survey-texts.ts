import { surveyAr } from '../../i18n/survey.ar.ts';
import { surveyEn } from '../../i18n/survey.en.ts';
import { surveyFi } from '../../i18n/survey.fi.ts';
import { surveySo } from '../../i18n/survey.so.ts';
import { surveySv } from '../../i18n/survey.sv.ts';
import { makeT, participantPageLang } from '../shared/i18n.ts';

/** The survey page's catalogue in the page's language (the page is a chunk of its own). */
const CATALOGUES = { fi: surveyFi, sv: surveySv, en: surveyEn, ar: surveyAr, so: surveySo };

export type SKey = keyof typeof surveyFi;

export const ts = makeT<SKey>(CATALOGUES[participantPageLang()]);
