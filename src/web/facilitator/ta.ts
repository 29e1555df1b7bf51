import { accountEn } from '../../i18n/account.en.ts';
import { accountFi } from '../../i18n/account.fi.ts';
import { accountSv } from '../../i18n/account.sv.ts';
import { makeT } from '../shared/i18n.ts';
import { lang } from './t.ts';

/** The account and organisation pages' catalogue (sign-in security, account, organisation admin). */
const CATALOGUES = { fi: accountFi, sv: accountSv, en: accountEn };

export type AKey = keyof typeof accountFi;

export const ta = makeT<AKey>(CATALOGUES[lang]);
