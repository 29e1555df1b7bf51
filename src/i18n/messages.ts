import type { Lang } from '../domain/types.ts';
import { commonEn } from './common.en.ts';
import { commonFi } from './common.fi.ts';
import { commonSv } from './common.sv.ts';
import { errorsEn } from './errors.en.ts';
import { errorsFi } from './errors.fi.ts';
import { errorsSv } from './errors.sv.ts';
import { formatMessage, type MessageParams } from './icu.ts';
import { facilitatorEn } from './facilitator.en.ts';
import { mailEn } from './mail.en.ts';
import { facilitatorFi } from './facilitator.fi.ts';
import { mailFi } from './mail.fi.ts';
import { facilitatorSv } from './facilitator.sv.ts';
import { mailSv } from './mail.sv.ts';
import { participantEn } from './participant.en.ts';
import { participantFi } from './participant.fi.ts';
import { participantSv } from './participant.sv.ts';
import { screenEn } from './screen.en.ts';
import { screenFi } from './screen.fi.ts';
import { screenSv } from './screen.sv.ts';

/**
 * Typed message keys by area: Finnish defines the keys; every other catalogue must have exactly
 * the same keys (a missing or extra key is a compile error). Texts are ICU messages (see icu.ts).
 * Web apps import only their own areas (see web/shared/i18n.ts); the server uses all.
 */
export const CATALOGUES = {
  fi: { ...commonFi, ...errorsFi, ...participantFi, ...screenFi, ...facilitatorFi, ...mailFi },
  sv: { ...commonSv, ...errorsSv, ...participantSv, ...screenSv, ...facilitatorSv, ...mailSv },
  en: { ...commonEn, ...errorsEn, ...participantEn, ...screenEn, ...facilitatorEn, ...mailEn },
} satisfies Record<Lang, Record<string, string>>;

export type MessageKey = keyof (typeof CATALOGUES)['fi'];

export function translate(lang: Lang, key: MessageKey, params?: MessageParams): string {
  return formatMessage(lang, CATALOGUES[lang][key] ?? CATALOGUES.fi[key], params);
}

export function isLang(v: unknown): v is Lang {
  return v === 'fi' || v === 'sv' || v === 'en';
}

/** The best of fi/sv/en from an Accept-Language header; Finnish by default. */
export function langFromHeader(header: string | undefined): Lang {
  for (const part of (header ?? '').split(',')) {
    const tag = part.trim().slice(0, 2).toLowerCase();
    if (isLang(tag)) return tag;
  }
  return 'fi';
}
