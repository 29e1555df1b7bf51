import type { MeResponse } from '../../protocol/http-schema.ts';
import { api } from '../shared/api.ts';
import { AccountLinks } from './account-links.tsx';
import { LangSwitch } from './lang-switch.tsx';
import { LibraryLinks } from './library-links.tsx';
import { Link } from './link.tsx';
import { navigate, path } from './route.ts';
import { t } from './t.ts';

/** Top bar: skip link, app name (home), language, the signed-in person and sign out. */
export function AppHeader({ me, onSignedOut }: { me: MeResponse | null | undefined; onSignedOut(): void }) {
  const signOut = async () => {
    await api('POST', '/api/logout');
    onSignedOut();
    navigate(path('/login'), { replace: true });
  };
  return (
    <header class="f-header">
      <a class="f-skip" href="#main">
        {t('f.skip')}
      </a>
      {me ? (
        <Link href={path('/')} class="f-brand">
          {t('facilitator.title')}
        </Link>
      ) : (
        <span class="f-brand">{t('facilitator.title')}</span>
      )}
      <div class="f-header-end">
        <LangSwitch me={me} />
        {me && (
          <>
            <span class="f-me">{me.name}</span>
            <LibraryLinks me={me} />
            <AccountLinks me={me} />
            <button type="button" class="f-small" onClick={signOut}>
              {t('f.signOut')}
            </button>
          </>
        )}
      </div>
    </header>
  );
}
