import type { Lang } from '../../domain/types.ts';

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

export function pageLang(): Lang {
  const l = document.documentElement.lang;
  return l === 'sv' || l === 'en' ? l : 'fi';
}

/** Boot data the server puts on <body data-*> (no inline scripts under our CSP). */
export function bootData(name: string): string {
  return document.body.dataset[name] ?? '';
}
