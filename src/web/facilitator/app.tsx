import { useEffect, useRef, useState } from 'preact/hooks';
import type { MeResponse } from '../../protocol/http-schema.ts';
import { api } from '../shared/api.ts';
import { AccountPage } from './account-page.tsx';
import { Announcer } from './announcer.tsx';
import { AppHeader } from './app-header.tsx';
import { CommissionPage } from './commission-page.tsx';
import { ForgotPasswordPage } from './forgot-password-page.tsx';
import { HomePage } from './home-page.tsx';
import { LibraryPage } from './library-page.tsx';
import { Link } from './link.tsx';
import { LoginPage } from './login-page.tsx';
import { MeetupPublicPage } from './meetup-public-page.tsx';
import { MeetupsPage } from './meetups-page.tsx';
import { NewProcessPage } from './new-process-page.tsx';
import { OrgPage } from './org-page.tsx';
import { FollowupPage } from './process-followup-page.tsx';
import { ProcessPage } from './process-page.tsx';
import { PoolPage } from './pool-page.tsx';
import { ProgrammePage } from './programme-page.tsx';
import { SummaryPage } from './process-summary-page.tsx';
import { SurveyPage } from './process-survey-page.tsx';
import { OrgSurveyPage } from './org-survey-page.tsx';
import { ResetPasswordPage } from './reset-password-page.tsx';
import { navigate, parseRoute, path, safeNext, useLocation } from './route.ts';
import { SessionPage } from './session-page.tsx';
import { SetupPage } from './setup-page.tsx';
import { StatementPage } from './statement-page.tsx';
import { lang, t } from './t.ts';

const PUBLIC = new Set(['login', 'setup', 'notFound', 'forgotPassword', 'resetPassword', 'accessibility', 'meetupPublic']);

/** The facilitator app: who is signed in, which page, and focus on the page heading. */
export function App() {
  const loc = useLocation();
  const route = parseRoute(loc.split('?')[0]!);
  const [me, setMe] = useState<MeResponse | null | undefined>(undefined);
  const [needsSetup, setNeedsSetup] = useState(false);
  const first = useRef(true);

  useEffect(() => {
    void (async () => {
      const r = await api<MeResponse>('GET', '/api/me');
      if (r.ok) return setMe(r.data);
      const s = await api<{ needsSetup: boolean }>('GET', '/api/setup-status');
      setNeedsSetup(s.ok && s.data.needsSetup);
      setMe(null);
    })();
  }, []);

  const toLogin = () => {
    setMe(null);
    const next = route.name === 'home' ? '' : `?next=${encodeURIComponent(location.pathname)}`;
    navigate(path('/login') + next, { replace: true });
  };

  // guard: signed-out people go to sign-in (or to setup with the one-time link); signed-in skip it
  useEffect(() => {
    if (me === undefined) return;
    if (me === null && !PUBLIC.has(route.name)) {
      if (needsSetup && location.hash.length > 1) navigate(path('/setup') + location.hash, { replace: true });
      else toLogin();
    } else if (me && (route.name === 'login' || route.name === 'setup')) {
      navigate(safeNext(new URLSearchParams(location.search).get('next')) ?? path('/'), { replace: true });
    } else if (me?.mfaSetupRequired && route.name !== 'account' && !PUBLIC.has(route.name)) {
      // the organisation requires two-step verification: only the account page works until it is on
      navigate(path('/account'), { replace: true });
    }
  }, [me, route.name, needsSetup]);

  // a new page: focus its heading so keyboard and screen reader users start there
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    requestAnimationFrame(() => document.getElementById('page-title')?.focus());
  }, [loc]);

  const signedIn = (m: MeResponse) => {
    if (m.lang !== lang) void api('PATCH', '/api/me', { lang });
    setMe({ ...m, lang });
  };

  let page;
  if (route.name === 'login') page = <LoginPage onSignedIn={signedIn} needsSetup={needsSetup} />;
  else if (route.name === 'setup') page = <SetupPage onSignedIn={signedIn} />;
  else if (route.name === 'forgotPassword') page = <ForgotPasswordPage />;
  else if (route.name === 'resetPassword') page = <ResetPasswordPage onSignedOut={() => setMe(null)} />;
  else if (route.name === 'accessibility') page = <StatementPage />;
  else if (route.name === 'meetupPublic') page = <MeetupPublicPage />;
  else if (route.name === 'notFound')
    page = (
      <div>
        <h1 id="page-title" tabIndex={-1}>
          {t('f.notFound.title')}
        </h1>
        <p>
          <Link href={path('/')}>{t('f.new.back')}</Link>
        </p>
      </div>
    );
  else if (!me || (me.mfaSetupRequired && route.name !== 'account'))
    page = (
      <p class="status" role="status">
        {t('f.loading')}
      </p>
    );
  else if (route.name === 'account')
    page = <AccountPage me={me} onMe={setMe} onSignedOut={() => setMe(null)} onUnauthenticated={toLogin} />;
  else if (route.name === 'org') page = <OrgPage key={route.id} id={route.id} onUnauthenticated={toLogin} />;
  else if (route.name === 'home') page = <HomePage onUnauthenticated={toLogin} />;
  else if (route.name === 'newProcess') page = <NewProcessPage onUnauthenticated={toLogin} />;
  else if (route.name === 'process') page = <ProcessPage key={route.id} id={route.id} onUnauthenticated={toLogin} />;
  else if (route.name === 'processFollowup') page = <FollowupPage key={route.id} id={route.id} onUnauthenticated={toLogin} />;
  else if (route.name === 'processSummary') page = <SummaryPage key={route.id} id={route.id} onUnauthenticated={toLogin} />;
  else if (route.name === 'processSurvey') page = <SurveyPage key={route.id} id={route.id} onUnauthenticated={toLogin} />;
  else if (route.name === 'orgSurvey') page = <OrgSurveyPage key={route.id} id={route.id} onUnauthenticated={toLogin} />;
  else if (route.name === 'library') page = <LibraryPage key={loc} onUnauthenticated={toLogin} />;
  else if (route.name === 'meetups') page = <MeetupsPage key={route.id} id={route.id} me={me} onUnauthenticated={toLogin} />;
  else if (route.name === 'processCommission') page = <CommissionPage key={route.id} id={route.id} onUnauthenticated={toLogin} />;
  else if (route.name === 'orgProgramme') page = <ProgrammePage key={route.id} id={route.id} onUnauthenticated={toLogin} />;
  else if (route.name === 'orgPool') page = <PoolPage key={route.id} id={route.id} onUnauthenticated={toLogin} />;
  else page = <SessionPage key={route.id} id={route.id} onUnauthenticated={toLogin} />;

  return (
    <>
      <AppHeader me={me} onSignedOut={() => setMe(null)} />
      <main id="main" tabIndex={-1} class={route.name === 'session' ? 'f-main f-main-wide' : 'f-main'}>
        {page}
      </main>
      <Announcer />
    </>
  );
}
