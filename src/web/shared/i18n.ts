import type { Lang } from '../../domain/types.ts';
import { formatMessage, type MessageParams } from '../../i18n/icu.ts';

/**
 * A translator for one app's catalogue. Each web app imports only the catalogues it needs
 * (participant, screen, facilitator), so the participant bundle stays small.
 */
export type Translator<K extends string> = (key: K, params?: MessageParams) => string;

/** Texts are ICU messages (`{n, plural, one {…} other {…}}`), formatted with the page's language. */
export function makeT<K extends string>(cat: Record<K, string>, lang: string = pageLang()): Translator<K> {
  return (key, params) => formatMessage(lang, cat[key] ?? key, params);
}

export function pageLang(): Lang {
  const l = document.documentElement.lang;
  return l === 'sv' || l === 'en' ? l : 'fi';
}

/** Boot data the server puts on <body data-*> (no inline scripts under our CSP). */
export function bootData(name: string): string {
  return document.body.dataset[name] ?? '';
}
