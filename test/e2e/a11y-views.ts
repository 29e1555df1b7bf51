// The accessibility matrix's registry: every HTML page route of src/server/routes-pages.ts with
// the views (states) the matrix opens on it, in which languages. The route list is checked
// against the real Fastify app by test/api/a11y-routes.test.ts: a page route without an entry,
// or an entry for a route that is gone, fails there without a browser.
//
// A view is opened at `/${lang}${path(world)}` in a context of its device; `storage` is put
// into localStorage first (a phone's join token); the view is ready when `ready` (a CSS
// selector) is visible. The matrix then scans it in light and in dark. Ready checks use
// structure, not text, so that they hold in every language.
import type { Page } from 'playwright-core';
import { join } from '../support/test-server.ts';
import type { SessionKey, World } from './a11y-world.ts';

/** The staff and public pages: the UI languages of the facilitator app. */
export const PAGE_LANGS = ['fi', 'sv', 'en'] as const;

/** Phone and projector views are scanned in every language they are served in (fi, sv, en, ar, so). */
export const PARTICIPANT_LANGS: readonly string[] = ['fi', 'sv', 'en', 'ar', 'so'] as const;

export type Device = 'laptop' | 'console' | 'phone' | 'projector';

export interface View {
  /** what the report calls it: "console in a round" */
  name: string;
  device: Device;
  /** opened with the World's account cookie (else signed out) */
  signedIn: boolean;
  langs: readonly string[];
  /** the path after `/:lang` */
  path(w: World): string;
  /** visible when the view is in the state to scan */
  ready: string;
  /** localStorage entries set before the page loads */
  storage?(w: World): Record<string, string>;
  /** brings the loaded page into the state to scan (opens a dialog, sends a wrong code, someone joins) */
  act?(page: Page, w: World): Promise<void>;
}

export interface RouteEntry {
  /** as Fastify lists it: "GET /:lang/processes/:id" */
  route: string;
  views: View[];
}

const page = (name: string, path: (w: World) => string, ready: string, signedIn = true): View => ({
  name,
  device: 'laptop',
  signedIn,
  langs: PAGE_LANGS,
  path,
  ready,
});

const token = (k: SessionKey) => (w: World) => ({
  [`vp.join.${w[k].code}`]: JSON.stringify(w[k].phone),
});

const phone = (name: string, k: SessionKey, ready: string): View => ({
  name,
  device: 'phone',
  signedIn: false,
  langs: PARTICIPANT_LANGS,
  path: (w) => `/join/${w[k].code}`,
  ready,
  storage: token(k),
});

const projector = (name: string, k: SessionKey, ready: string, langs: readonly string[] = PARTICIPANT_LANGS): View => ({
  name,
  device: 'projector',
  signedIn: true,
  langs,
  path: (w) => `/screen/${w[k].sessionId}`,
  ready,
});

export const A11Y_ROUTES: RouteEntry[] = [
  { route: 'GET /:lang/', views: [page('processes (home)', () => '/', 'main h1')] },
  { route: 'GET /:lang/login', views: [page('sign-in', () => '/login', '#login-email', false)] },
  { route: 'GET /:lang/setup', views: [page('first account setup', (w) => `/setup#${w.setupToken}`, '#setup-name', false)] },
  { route: 'GET /:lang/processes/new', views: [page('new process', () => '/processes/new', 'main form')] },
  {
    route: 'GET /:lang/sessions/:id',
    views: [
      { ...page('console in the lobby', (w) => `/sessions/${w.lobby.sessionId}`, '.f-next button'), device: 'console' },
      { ...page('console in a round', (w) => `/sessions/${w.round.sessionId}`, '.f-next button'), device: 'console' },
      { ...page('console in theming', (w) => `/sessions/${w.theming.sessionId}`, '.f-next button'), device: 'console' },
      {
        ...page('console in a round with the next-phase confirm dialog open', (w) => `/sessions/${w.round.sessionId}`, '.f-next button'),
        device: 'console',
        act: async (p) => {
          await p.locator('.f-next-button').click();
          await p.locator('dialog[open] .f-dialog-actions button').first().waitFor();
        },
      },
      {
        ...page('console in a child-mode round with a late joiner notice', (w) => `/sessions/${w.kidsRound.sessionId}`, '.f-next button'),
        device: 'console',
        // someone joins after the groups were formed, while the console is open
        act: async (p, w) => {
          await p.locator('.f-people-panel').waitFor();
          await join(w.s, w.kidsRound.code, 'Myöhäinen');
          await p.locator('.f-late button').waitFor();
        },
      },
      { ...page('console in the Open Space marketplace', (w) => `/sessions/${w.osMarket.sessionId}`, '.f-os-offers'), device: 'console' },
      { ...page('console in Open Space group work', (w) => `/sessions/${w.osGroups.sessionId}`, 'li.f-os-group'), device: 'console' },
    ],
  },
  { route: 'GET /:lang/processes/:id', views: [page('process page', (w) => `/processes/${w.proc.id}`, 'main h2')] },
  { route: 'GET /:lang/processes/:id/followup', views: [page('follow-up', (w) => `/processes/${w.proc.id}/followup`, 'main h1')] },
  { route: 'GET /:lang/processes/:id/summary', views: [page('summary', (w) => `/processes/${w.proc.id}/summary`, 'main h1')] },
  { route: 'GET /:lang/forgot-password', views: [page('forgot password', () => '/forgot-password', 'main form', false)] },
  { route: 'GET /:lang/reset-password', views: [page('reset password', (w) => `/reset-password#${w.resetToken}`, 'main form', false)] },
  { route: 'GET /:lang/account', views: [page('account', () => '/account', 'main h2')] },
  { route: 'GET /:lang/orgs/:id', views: [page('organisation', (w) => `/orgs/${w.org}`, 'main h2')] },
  { route: 'GET /:lang/accessibility', views: [page('accessibility statement', () => '/accessibility', '#st-feedback', false)] },
  {
    route: 'GET /:lang/join',
    views: [{ ...phone('join form', 'lobby', '#join-code'), path: () => '/join', storage: () => ({}) }],
  },
  {
    route: 'GET /:lang/join/:code',
    views: [
      { ...phone('join form with the code from the link', 'lobby', '#join-code'), storage: () => ({}) },
      {
        ...phone('join form with an error (unknown code)', 'lobby', '#join-code'),
        path: () => '/join/ZZZZZZZZ',
        storage: () => ({}),
        act: async (p) => {
          await p.locator('form.p-join button[type="submit"]').click();
          await p.locator('.p-error .error-text').waitFor();
        },
      },
      phone('phone in the lobby', 'lobby', '.p-message .p-lead'),
      phone('phone in a Café round (writing a note)', 'round', 'form.p-note-form #note-text'),
      phone('phone in theming', 'theming', '#new-theme'),
      phone('phone in the debrief (my table’s themes)', 'debrief', '.p-debrief-themes'),
      phone('phone in feedback', 'feedback', 'form.os-feedback'),
      phone('phone in child mode in the lobby (wait)', 'kidsLobby', '.p-kids-state[data-kids-state="wait"]'),
      phone('phone in child mode in a round (write)', 'kidsRound', '.p-kids-state[data-kids-state="write"]'),
      phone('phone in child mode at time up (move)', 'kidsMove', '.p-kids-state[data-kids-state="move"]'),
      phone('phone in the Open Space opening', 'osOpening', 'main h1'),
      phone('phone in the Open Space marketplace', 'osMarket', '#os-themes-h'),
      phone('phone in Open Space group work (flipchart with an item)', 'osGroups', '.os-flip li'),
      phone('phone in the Open Space pearls', 'osPearls', 'section[aria-labelledby="other-pearls-h"], .os-pearls'),
    ],
  },
  { route: 'GET /:lang/processes/:id/survey', views: [page('process survey', (w) => `/processes/${w.proc.id}/survey`, 'main h2')] },
  { route: 'GET /:lang/orgs/:id/survey', views: [page('organisation survey', (w) => `/orgs/${w.org}/survey`, 'main h1')] },
  { route: 'GET /:lang/library', views: [page('practice library', () => '/library', 'main h1')] },
  { route: 'GET /:lang/orgs/:id/meetups', views: [page('meetups', (w) => `/orgs/${w.org}/meetups`, 'main h2')] },
  { route: 'GET /:lang/meetup', views: [page('public meetup', (w) => `/meetup#${w.meetupToken}`, 'main h1', false)] },
  {
    route: 'GET /:lang/processes/:id/commission',
    views: [page('commission', (w) => `/processes/${w.proc.id}/commission`, '.pr-timeline')],
  },
  { route: 'GET /:lang/orgs/:id/programme', views: [page('programme', (w) => `/orgs/${w.org}/programme`, 'main h2')] },
  { route: 'GET /:lang/orgs/:id/pool', views: [page('facilitator pool', (w) => `/orgs/${w.org}/pool`, '#po-list-caption')] },
  {
    route: 'GET /:lang/survey',
    views: [{ ...phone('survey form', 'lobby', 'fieldset'), path: (w) => `/survey#${w.surveyToken}`, storage: () => ({}) }],
  },
  {
    route: 'GET /:lang/screen/:id',
    views: [
      {
        ...phone('projector in the lobby', 'lobby', '.s-lobby .s-joined'),
        device: 'projector',
        signedIn: true,
        storage: () => ({}),
        path: (w) => `/screen/${w.lobby.sessionId}`,
      },
      {
        ...phone('projector in a round', 'round', '.s-page .s-big'),
        device: 'projector',
        signedIn: true,
        storage: () => ({}),
        path: (w) => `/screen/${w.round.sessionId}`,
      },
      {
        ...phone('projector in theming', 'theming', '.s-page .s-big'),
        device: 'projector',
        signedIn: true,
        storage: () => ({}),
        path: (w) => `/screen/${w.theming.sessionId}`,
      },
      {
        ...phone('projector in feedback', 'feedback', '.s-feedback .s-big'),
        device: 'projector',
        signedIn: true,
        storage: () => ({}),
        path: (w) => `/screen/${w.feedback.sessionId}`,
      },
      projector('projector in a child-mode lobby', 'kidsLobby', '.s-lobby .s-joined'),
      projector('projector in a child-mode round', 'kidsRound', '.s-page .s-big'),
      projector('projector in a child-mode round at time up', 'kidsMove', '.s-page .s-big'),
      projector('projector in a round with Swedish as its second language', 'biSv', 'h1 [lang="sv"]', ['fi']),
      projector('projector in a round with English as its second language', 'biEn', 'h1 [lang="en"]', ['ar']),
      projector('projector in the Open Space opening', 'osOpening', 'main h1'),
      projector('projector in the Open Space marketplace', 'osMarket', '.s-os-market'),
      projector('projector in Open Space group work', 'osGroups', 'li.s-os-theme'),
      projector('projector in the Open Space pearls', 'osPearls', 'main h1'),
    ],
  },
];

/** Every view with its route, in registry order. */
export function allViews(): (View & { route: string })[] {
  return A11Y_ROUTES.flatMap((r) => r.views.map((v) => ({ ...v, route: r.route })));
}
