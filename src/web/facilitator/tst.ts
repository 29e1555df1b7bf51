import { statementEn } from '../../i18n/statement.en.ts';
import { statementFi } from '../../i18n/statement.fi.ts';
import { statementSv } from '../../i18n/statement.sv.ts';
import { makeT } from '../shared/i18n.ts';
import { lang } from './t.ts';

/** The accessibility statement's catalogue (src/i18n/statement.*.ts). */
const CATALOGUES = { fi: statementFi, sv: statementSv, en: statementEn };

export type StKey = keyof typeof statementFi;

export const tst = makeT<StKey>(CATALOGUES[lang]);
