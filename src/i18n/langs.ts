import { LANGS, PARTICIPANT_LANGS, type Lang, type ParticipantLang, type Texts } from '../domain/types.ts';

/**
 * Language helpers without catalogues (the web apps import this file; messages.ts would pull in
 * every catalogue). See docs/adr/0007-ui-languages-and-content-languages.md.
 */
export function isLang(v: unknown): v is Lang {
  return (LANGS as readonly unknown[]).includes(v);
}

export function isParticipantLang(v: unknown): v is ParticipantLang {
  return (PARTICIPANT_LANGS as readonly unknown[]).includes(v);
}

/** Right-to-left UI languages (Arabic). */
export function isRtl(lang: string): boolean {
  return lang === 'ar';
}

/**
 * The content language of a page: the page's own language when it is one, English for Arabic
 * and Somali pages (facilitators write questions and titles in fi/sv/en only).
 */
export function contentLang(lang: ParticipantLang): Lang {
  return isLang(lang) ? lang : 'en';
}

/** A text written in several content languages, in the wanted one or else Finnish, with the language it is in. */
export function pickText(texts: Texts, want: Lang): { text: string; lang: Lang } {
  return texts[want] ? { text: texts[want], lang: want } : { text: texts.fi, lang: 'fi' };
}
