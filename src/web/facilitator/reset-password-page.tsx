import { useEffect, useState } from 'preact/hooks';
import { authApi, MIN_PASSWORD, setFlash } from './account-api.ts';
import { FormError } from './form-error.tsx';
import { Link } from './link.tsx';
import { usePageTitle } from './page-title.ts';
import { PasswordField } from './password-field.tsx';
import { navigate, path } from './route.ts';
import { ta } from './ta.ts';
import { errorText, t } from './t.ts';

/**
 * The page the reset e-mail links to (`/:lang/reset-password#<token>`). The token is read from
 * the fragment once and then removed from the address bar; it is only ever sent in the body.
 */
export function ResetPasswordPage({ onSignedOut }: { onSignedOut(): void }) {
  const [token] = useState(() => decodeURIComponent(location.hash.slice(1)));
  const [password, setPassword] = useState('');
  const [fieldError, setFieldError] = useState<string | undefined>(undefined);
  const [error, setError] = useState<{ text: string; n: number } | null>(null);
  const [expired, setExpired] = useState(false);
  const [busy, setBusy] = useState(false);
  usePageTitle(ta('a.reset.title'));

  useEffect(() => {
    if (location.hash) history.replaceState(history.state, '', location.pathname + location.search);
  }, []);

  const fail = (text: string) => setError((e) => ({ text, n: (e?.n ?? 0) + 1 }));
  const submit = async (e: Event) => {
    e.preventDefault();
    if (password.length < MIN_PASSWORD) {
      const text = t('f.setup.pwShort', { n: password.length });
      setFieldError(text);
      return fail(text);
    }
    setFieldError(undefined);
    setBusy(true);
    const r = await authApi('POST', '/api/password-reset/confirm', { token, password });
    setBusy(false);
    if (r.ok) {
      setFlash(ta('a.reset.done'));
      onSignedOut();
      return navigate(path('/login'), { replace: true });
    }
    if (r.code === 'reset_token') setExpired(true);
    if (r.field === 'password') setFieldError(errorText(r.code, { field: r.field }));
    fail(errorText(r.code, r.field ? { field: r.field } : undefined));
  };

  return (
    <div class="f-narrow">
      <h1 id="page-title" tabIndex={-1}>
        {ta('a.reset.title')}
      </h1>
      {!token ? (
        <p>{ta('a.reset.noToken')}</p>
      ) : (
        <form onSubmit={submit} noValidate>
          <FormError message={error?.text ?? null} n={error?.n ?? 0} />
          <PasswordField
            id="reset-password"
            label={ta('a.reset.new')}
            autocomplete="new-password"
            hint={t('f.setup.pwHint')}
            value={password}
            onInput={setPassword}
            error={fieldError}
            required
          />
          <button type="submit" class="primary" disabled={busy}>
            {ta('a.reset.submit')}
          </button>
        </form>
      )}
      {(!token || expired) && (
        <p class="a-after-form">
          <Link href={path('/forgot-password')}>{ta('a.reset.again')}</Link>
        </p>
      )}
      <p class="a-after-form">
        <Link href={path('/login')}>{ta('a.backToLogin')}</Link>
      </p>
    </div>
  );
}
