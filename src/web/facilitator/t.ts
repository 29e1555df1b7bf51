import { commonEn } from '../../i18n/common.en.ts';
import { commonFi } from '../../i18n/common.fi.ts';
import { commonSv } from '../../i18n/common.sv.ts';
import { errorsEn } from '../../i18n/errors.en.ts';
import { errorsFi } from '../../i18n/errors.fi.ts';
import { errorsSv } from '../../i18n/errors.sv.ts';
import { facilitatorEn } from '../../i18n/facilitator.en.ts';
import { facilitatorFi } from '../../i18n/facilitator.fi.ts';
import { facilitatorSv } from '../../i18n/facilitator.sv.ts';
import type { Lang } from '../../domain/types.ts';
import { makeT, pageLang } from '../shared/i18n.ts';

/** The facilitator app's catalogue: common + errors + facilitator texts, in the page's language. */
const CATALOGUES = {
  fi: { ...commonFi, ...errorsFi, ...facilitatorFi },
  sv: { ...commonSv, ...errorsSv, ...facilitatorSv },
  en: { ...commonEn, ...errorsEn, ...facilitatorEn },
};

export type Key = keyof (typeof CATALOGUES)['fi'];

/** The page language comes from <html lang>; switching language loads the page again. */
export const lang: Lang = pageLang();
export const t = makeT<Key>(CATALOGUES[lang]);

function has(key: string): key is Key {
  return key in CATALOGUES.fi;
}

/** A field name from the server ("roundMinutes") as the label the user saw. */
export function fieldLabel(field: string): string {
  const key = `f.field.${field}`;
  return has(key) ? t(key) : field;
}

/** The translated text of an error code (`error.<code>`), never the raw code. */
export function errorText(code: string, details?: Record<string, unknown>): string {
  if (code === 'offline') return t('f.error.offline');
  // Open Space codes may not be in the shared error catalogue yet: the console has its own texts
  const key = [`error.${code}`, `f.os.error.${code}`].find(has);
  if (!key) return t('error.internal');
  const field = typeof details?.field === 'string' ? fieldLabel(details.field) : '';
  return t(key, { field });
}

/** "ABCDEFGH" → "ABCD-EFGH" for reading aloud and copying. */
export function formatCode(code: string): string {
  return code.length === 8 ? `${code.slice(0, 4)}-${code.slice(4)}` : code;
}

export function formatDate(ms: number): string {
  try {
    return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : lang, { dateStyle: 'medium' }).format(ms);
  } catch {
    return new Date(ms).toISOString().slice(0, 10);
  }
}
