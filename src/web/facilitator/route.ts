import { useEffect, useState } from 'preact/hooks';
import { lang } from './t.ts';

export type Route =
  | { name: 'home' }
  | { name: 'login' }
  | { name: 'setup' }
  | { name: 'newProcess' }
  | { name: 'forgotPassword' }
  | { name: 'resetPassword' }
  | { name: 'account' }
  | { name: 'org'; id: string }
  | { name: 'session'; id: string }
  | { name: 'process'; id: string }
  | { name: 'processFollowup'; id: string }
  | { name: 'processSummary'; id: string }
  | { name: 'processSurvey'; id: string }
  | { name: 'orgSurvey'; id: string }
  | { name: 'processCommission'; id: string }
  | { name: 'orgProgramme'; id: string }
  | { name: 'orgPool'; id: string }
  | { name: 'accessibility' }
  | { name: 'library' }
  | { name: 'meetups'; id: string }
  | { name: 'meetupPublic' }
  | { name: 'notFound' };

const ID = /^[A-Za-z0-9_-]{1,64}$/;

/** Routes of the facilitator app (docs/HTTP-API.md); the first path segment is the language. */
export function parseRoute(pathname: string): Route {
  const rest = pathname.split('/').filter(Boolean).slice(1);
  if (rest.length === 0) return { name: 'home' };
  if (rest.length === 1 && rest[0] === 'login') return { name: 'login' };
  if (rest.length === 1 && rest[0] === 'setup') return { name: 'setup' };
  if (rest.length === 2 && rest[0] === 'processes' && rest[1] === 'new') return { name: 'newProcess' };
  if (rest.length === 1 && rest[0] === 'forgot-password') return { name: 'forgotPassword' };
  if (rest.length === 1 && rest[0] === 'reset-password') return { name: 'resetPassword' };
  if (rest.length === 1 && rest[0] === 'account') return { name: 'account' };
  if (rest.length === 1 && rest[0] === 'accessibility') return { name: 'accessibility' };
  if (rest.length === 1 && rest[0] === 'library') return { name: 'library' };
  if (rest.length === 1 && rest[0] === 'meetup') return { name: 'meetupPublic' };
  if (rest.length === 3 && rest[0] === 'orgs' && ID.test(rest[1]!) && rest[2] === 'meetups') return { name: 'meetups', id: rest[1]! };
  if (rest.length === 2 && rest[0] === 'orgs' && ID.test(rest[1]!)) return { name: 'org', id: rest[1]! };
  if (rest.length === 3 && rest[0] === 'orgs' && ID.test(rest[1]!) && rest[2] === 'survey') return { name: 'orgSurvey', id: rest[1]! };
  if (rest.length === 3 && rest[0] === 'orgs' && ID.test(rest[1]!) && rest[2] === 'programme')
    return { name: 'orgProgramme', id: rest[1]! };
  if (rest.length === 3 && rest[0] === 'orgs' && ID.test(rest[1]!) && rest[2] === 'pool') return { name: 'orgPool', id: rest[1]! };
  if (rest.length === 2 && rest[0] === 'sessions' && ID.test(rest[1]!)) return { name: 'session', id: rest[1]! };
  if (rest[0] === 'processes' && rest.length >= 2 && rest.length <= 3 && ID.test(rest[1]!)) {
    const id = rest[1]!;
    if (rest.length === 2) return { name: 'process', id };
    if (rest[2] === 'followup') return { name: 'processFollowup', id };
    if (rest[2] === 'summary') return { name: 'processSummary', id };
    if (rest[2] === 'survey') return { name: 'processSurvey', id };
    if (rest[2] === 'commission') return { name: 'processCommission', id };
  }
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

/**
 * A page with unsaved changes holds in-app navigation: while a guard is set, following a link
 * or going back asks it first, and `proceed` continues. Redirects (replace) are never held.
 */
export type LeaveGuard = (proceed: () => void) => void;
let leaveGuard: LeaveGuard | null = null;
let shown = location.pathname + location.search;

export function setLeaveGuard(guard: LeaveGuard | null): void {
  leaveGuard = guard;
}

addEventListener('popstate', () => {
  const to = location.pathname + location.search;
  if (leaveGuard && to !== shown) {
    // put the page that holds the changes back, then ask
    const target = to + location.hash;
    history.pushState(null, '', shown);
    const ask = leaveGuard;
    ask(() => {
      leaveGuard = null;
      navigate(target);
    });
    return;
  }
  shown = to;
  notify();
});

export function navigate(to: string, opts: { replace?: boolean } = {}): void {
  const u = new URL(to, location.origin);
  if (leaveGuard && !opts.replace && u.pathname + u.search !== shown) {
    const ask = leaveGuard;
    ask(() => {
      leaveGuard = null;
      navigate(to, opts);
    });
    return;
  }
  if (opts.replace) history.replaceState(null, '', to);
  else history.pushState(null, '', to);
  shown = location.pathname + location.search;
  notify();
}

/** Only same-app paths are accepted as a place to return to after signing in. */
export function safeNext(next: string | null): string | null {
  if (!next || !next.startsWith(`/${lang}/`) || next.startsWith('//') || next.includes('\\')) return null;
  const r = parseRoute(new URL(next, location.origin).pathname);
  const away = ['login', 'setup', 'notFound', 'forgotPassword', 'resetPassword'];
  return away.includes(r.name) ? null : next;
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
