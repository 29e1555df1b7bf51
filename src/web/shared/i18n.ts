import type { Lang, ParticipantLang } from '../../domain/types.ts';
import { formatMessage, type MessageParams } from '../../i18n/icu.ts';
import { isLang, isParticipantLang } from '../../i18n/langs.ts';

/**
 * A translator for one app's catalogue. Each web app imports only the catalogues it needs
 * (participant, screen, facilitator), so the participant bundle stays small.
 */
export type Translator<K extends string> = (key: K, params?: MessageParams) => string;

/**
 * Texts are ICU messages (`{n, plural, one {…} other {…}}`), formatted with the rules of `lang`:
 * by default the page's `<html lang>`, whichever of the five languages it is. Text values are
 * bidi-isolated where direction can differ (see `isolated` in icu.ts).
 */
export function makeT<K extends string>(cat: Record<K, string>, lang: string = document.documentElement.lang || 'fi'): Translator<K> {
  return (key, params) => formatMessage(lang, cat[key] ?? key, params, true);
}

/** The facilitator app's language: fi/sv/en (the server serves it in no other). */
export function pageLang(): Lang {
  const l = document.documentElement.lang;
  return isLang(l) ? l : 'fi';
}

/** The phone's or projector's language: also Arabic and Somali. */
export function participantPageLang(): ParticipantLang {
  const l = document.documentElement.lang;
  return isParticipantLang(l) ? l : 'fi';
}

/** Boot data the server puts on <body data-*> (no inline scripts under our CSP). */
export function bootData(name: string): string {
  return document.body.dataset[name] ?? '';
}
