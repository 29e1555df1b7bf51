import { poolEn } from '../../i18n/pool.en.ts';
import { poolFi } from '../../i18n/pool.fi.ts';
import { poolSv } from '../../i18n/pool.sv.ts';
import { makeT } from '../shared/i18n.ts';
import { lang } from './t.ts';

/** The facilitator pool page's catalogue (profiles, monthly hours, assigning facilitators). */
const CATALOGUES = { fi: poolFi, sv: poolSv, en: poolEn };

export type PoKey = keyof typeof poolFi;

export const tpo = makeT<PoKey>(CATALOGUES[lang]);
