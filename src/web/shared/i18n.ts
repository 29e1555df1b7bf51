import type { Lang, ParticipantLang } from '../../domain/types.ts';
import { isLang, isParticipantLang } from '../../i18n/langs.ts';

/**
 * A translator for one app's catalogue. Each web app imports only the catalogues it needs
 * (participant, screen, facilitator), so the participant bundle stays small.
 */
export type Translator<K extends string> = (key: K, params?: Record<string, string | number>) => string;

export function makeT<K extends string>(cat: Record<K, string>): Translator<K> {
  return (key, params) => {
    const s = cat[key] ?? key;
    return params ? s.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m)) : s;
  };
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
