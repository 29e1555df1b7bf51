import { commonFi } from '../../i18n/common.fi.ts';
import { errorsFi } from '../../i18n/errors.fi.ts';
import { kidsFi } from '../../i18n/kids.fi.ts';
import { participantFi } from '../../i18n/participant.fi.ts';
import type { Lang, ParticipantLang } from '../../domain/types.ts';
import { contentLang } from '../../i18n/langs.ts';
import { makeT, participantPageLang, type Translator } from '../shared/i18n.ts';

/** The participant app's texts: common + errors + participant + child mode, in the page's language. */
const fi = { ...commonFi, ...errorsFi, ...participantFi, ...kidsFi };
export type PKey = keyof typeof fi;

/** The language never changes while a page lives: switching languages loads the other URL. */
export const lang: ParticipantLang = participantPageLang();
/**
 * The language of content written by the facilitator (questions, table titles; fi/sv/en only),
 * and the one a join sends: the page's own, or English on an Arabic or Somali page.
 */
export const content: Lang = contentLang(lang);

let current = makeT<PKey>(fi);
export const t: Translator<PKey> = (key, params) => current(key, params);

/**
 * Finnish is built in; every other language comes as its own small chunk, so a phone on slow
 * Wi-Fi downloads one language, not five. Call once before the first render; if the chunk
 * cannot be loaded, the page works in Finnish.
 */
export async function loadTexts(): Promise<void> {
  if (lang === 'fi') return;
  try {
    const m =
      lang === 'sv'
        ? await import('./texts-sv.ts')
        : lang === 'ar'
          ? await import('./texts-ar.ts')
          : lang === 'so'
            ? await import('./texts-so.ts')
            : await import('./texts-en.ts');
    current = makeT<PKey>(m.catalog);
  } catch {
    // offline at first load: Finnish texts
  }
}

/** A translated error message for any code from the server (falls back to 'internal'). */
export function errorText(code: string): string {
  const key = `error.${code}`;
  return key in fi ? t(key as PKey) : t('error.internal');
}
