import { useEffect, useState } from 'preact/hooks';
import { lang } from './t.ts';

export type Route =
  | { name: 'home' }
  | { name: 'login' }
  | { name: 'setup' }
  | { name: 'newProcess' }
  | { name: 'session'; id: string }
  | { name: 'notFound' };

/** Routes of the facilitator app (docs/HTTP-API.md); the first path segment is the language. */
export function parseRoute(pathname: string): Route {
  const rest = pathname.split('/').filter(Boolean).slice(1);
  if (rest.length === 0) return { name: 'home' };
  if (rest.length === 1 && rest[0] === 'login') return { name: 'login' };
  if (rest.length === 1 && rest[0] === 'setup') return { name: 'setup' };
  if (rest.length === 2 && rest[0] === 'processes' && rest[1] === 'new') return { name: 'newProcess' };
  if (rest.length === 2 && rest[0] === 'sessions' && /^[A-Za-z0-9_-]{1,64}$/.test(rest[1]!)) return { name: 'session', id: rest[1]! };
  return { name: 'notFound' };
}

/** A path inside the app in the current language: path('/login') → '/fi/login'. */
export function path(p: string): string {
  return `/${lang}${p}`;
}

/** The same page in another language. */
export function pathInLang(l: string): string {
  const rest = location.pathname.split('/').slice(2).join('/');
  return `/${l}/${rest}${location.search}${location.hash}`;
}

const listeners = new Set<() => void>();
const notify = () => listeners.forEach((f) => f());
addEventListener('popstate', notify);

export function navigate(to: string, opts: { replace?: boolean } = {}): void {
  if (opts.replace) history.replaceState(null, '', to);
  else history.pushState(null, '', to);
  notify();
}

/** Only same-app paths are accepted as a place to return to after signing in. */
export function safeNext(next: string | null): string | null {
  if (!next || !next.startsWith(`/${lang}/`) || next.startsWith('//') || next.includes('\\')) return null;
  const r = parseRoute(new URL(next, location.origin).pathname);
  return r.name === 'login' || r.name === 'setup' || r.name === 'notFound' ? null : next;
}

/** The current location (path + query); re-renders on navigation. */
export function useLocation(): string {
  const [loc, setLoc] = useState(location.pathname + location.search);
  useEffect(() => {
    const f = () => setLoc(location.pathname + location.search);
    listeners.add(f);
    return () => void listeners.delete(f);
  }, []);
  return loc;
}
