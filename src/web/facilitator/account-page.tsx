import type { MeResponse } from '../../protocol/http-schema.ts';
import { authApi, setFlash } from './account-api.ts';
import { AccountLanguage } from './account-language.tsx';
import { PasswordChange } from './account-password.tsx';
import { TwoFactorSection } from './account-2fa.tsx';
import { usePageTitle } from './page-title.ts';
import { navigate, path } from './route.ts';
import { ta } from './ta.ts';

/**
 * The signed-in user's own account: language, two-step verification, password and signing out
 * everywhere. When an organisation requires two-step verification and it is not on yet, this is
 * the only page the app shows (every other API route answers `mfa_setup_required`).
 */
export function AccountPage(props: { me: MeResponse; onMe(me: MeResponse): void; onSignedOut(): void; onUnauthenticated(): void }) {
  const { me } = props;
  usePageTitle(ta('a.account.title'));
  const refreshMe = async () => {
    const r = await authApi<MeResponse>('GET', '/api/me');
    if (r.ok) props.onMe(r.data);
    else if (r.status === 401) props.onUnauthenticated();
  };
  const everywhere = async () => {
    const r = await authApi('POST', '/api/logout-everywhere');
    if (!r.ok && r.status !== 401) return;
    setFlash(ta('a.everywhere.done'));
    props.onSignedOut();
    navigate(path('/login'), { replace: true });
  };

  return (
    <div class="f-narrow a-account">
      <h1 id="page-title" tabIndex={-1}>
        {ta('a.account.title')}
      </h1>
      <p class="f-muted">{ta('a.account.who', { name: me.name, email: me.email })}</p>
      {me.mfaSetupRequired && (
        <div class="f-note-box a-required">
          <p>{ta('a.account.mfaRequired')}</p>
        </div>
      )}
      <TwoFactorSection onChanged={refreshMe} onUnauthenticated={props.onUnauthenticated} />
      <AccountLanguage />
      <PasswordChange />
      <section class="pp-card" aria-labelledby="a-everywhere-title">
        <h2 id="a-everywhere-title">{ta('a.everywhere.title')}</h2>
        <p>{ta('a.everywhere.intro')}</p>
        <button type="button" onClick={everywhere}>
          {ta('a.everywhere.submit')}
        </button>
      </section>
    </div>
  );
}
