import { commonEn } from '../../i18n/common.en.ts';
import { commonFi } from '../../i18n/common.fi.ts';
import { commonSv } from '../../i18n/common.sv.ts';
import { errorsEn } from '../../i18n/errors.en.ts';
import { errorsFi } from '../../i18n/errors.fi.ts';
import { errorsSv } from '../../i18n/errors.sv.ts';
import { participantEn } from '../../i18n/participant.en.ts';
import { participantFi } from '../../i18n/participant.fi.ts';
import { participantSv } from '../../i18n/participant.sv.ts';
import type { Lang } from '../../domain/types.ts';
import { makeT, pageLang } from '../shared/i18n.ts';

/** The participant app's texts: common + errors + participant, in the page's language. */
const fi = { ...commonFi, ...errorsFi, ...participantFi };
export type PKey = keyof typeof fi;

const CATS: Record<Lang, Record<PKey, string>> = {
  fi,
  sv: { ...commonSv, ...errorsSv, ...participantSv },
  en: { ...commonEn, ...errorsEn, ...participantEn },
};

/** The language never changes while a page lives: switching languages loads the other URL. */
export const lang: Lang = pageLang();
export const t = makeT<PKey>(CATS[lang]);

/** A translated error message for any code from the server (falls back to 'internal'). */
export function errorText(code: string): string {
  const key = `error.${code}`;
  return key in fi ? t(key as PKey) : t('error.internal');
}
