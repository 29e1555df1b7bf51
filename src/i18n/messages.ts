import type { Lang, ParticipantLang } from '../domain/types.ts';
import { commonAr } from './common.ar.ts';
import { commonEn } from './common.en.ts';
import { commonFi } from './common.fi.ts';
import { commonSo } from './common.so.ts';
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
import { isLang } from './langs.ts';
import { participantAr } from './participant.ar.ts';
import { participantEn } from './participant.en.ts';
import { participantFi } from './participant.fi.ts';
import { participantSo } from './participant.so.ts';
import { participantSv } from './participant.sv.ts';
import { screenAr } from './screen.ar.ts';
import { screenEn } from './screen.en.ts';
import { screenFi } from './screen.fi.ts';
import { screenSo } from './screen.so.ts';
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

/** The participant's and projector's page shells (title, noscript) also in Arabic and Somali. */
const SHELL_CATALOGUES: Record<ParticipantLang, Partial<Record<MessageKey, string>>> = {
  ...CATALOGUES,
  ar: { ...commonAr, ...participantAr, ...screenAr },
  so: { ...commonSo, ...participantSo, ...screenSo },
};

/** An HTML shell's text; a key the ar/so catalogues lack (a facilitator text) falls back to Finnish. */
export function translateShell(lang: ParticipantLang, key: MessageKey): string {
  return SHELL_CATALOGUES[lang][key] ?? CATALOGUES.fi[key];
}

/** The best of fi/sv/en from an Accept-Language header; Finnish by default. */
export function langFromHeader(header: string | undefined): Lang {
  for (const part of (header ?? '').split(',')) {
    const tag = part.trim().slice(0, 2).toLowerCase();
    if (isLang(tag)) return tag;
  }
  return 'fi';
}
