import { useState } from 'preact/hooks';
import type { MfaRequiredResponse } from '../../protocol/http-auth-schema.ts';
import type { MeResponse } from '../../protocol/http-schema.ts';
import { authApi, takeFlash } from './account-api.ts';
import { FormError } from './form-error.tsx';
import { Link } from './link.tsx';
import { LoginCodeStep } from './login-code-step.tsx';
import { usePageTitle } from './page-title.ts';
import { PasswordField } from './password-field.tsx';
import { path } from './route.ts';
import { ta } from './ta.ts';
import { errorText, t } from './t.ts';
import { TextField } from './text-field.tsx';
import { tst } from './tst.ts';

type Answer = MeResponse | MfaRequiredResponse;

/** Sign in with e-mail and password; with two-step verification on, then with a code. */
export function LoginPage({ onSignedIn, needsSetup }: { onSignedIn(me: MeResponse): void; needsSetup: boolean }) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<{ text: string; n: number } | null>(null);
  const [busy, setBusy] = useState(false);
  const [ticket, setTicket] = useState<string | null>(null);
  const [notice] = useState(takeFlash);
  usePageTitle(ticket ? ta('a.login.codeTitle') : t('f.login.title'));

  const fail = (text: string) => setError((e) => ({ text, n: (e?.n ?? 0) + 1 }));
  const submit = async (e: Event) => {
    e.preventDefault();
    if (!email.trim() || !password) return fail(t('f.login.missing'));
    setBusy(true);
    const r = await authApi<Answer>('POST', '/api/login', { email: email.trim(), password });
    setBusy(false);
    if (!r.ok) return fail(errorText(r.code, r.field ? { field: r.field } : undefined));
    if ('mfaRequired' in r.data) {
      setPassword('');
      setError(null);
      return setTicket(r.data.ticket);
    }
    onSignedIn(r.data);
  };
  // the ticket ran out: start again from the password, saying why
  const restart = (why: string) => {
    setTicket(null);
    fail(why);
  };

  if (ticket) return <LoginCodeStep ticket={ticket} onSignedIn={onSignedIn} onRestart={restart} />;
  return (
    <div class="f-narrow">
      <h1 id="page-title" tabIndex={-1}>
        {t('f.login.title')}
      </h1>
      {needsSetup && <p class="f-note-box">{t('f.login.needsSetup')}</p>}
      {notice && (
        <p class="f-note-box a-ok" role="status">
          {notice}
        </p>
      )}
      <form onSubmit={submit} noValidate>
        <FormError message={error?.text ?? null} n={error?.n ?? 0} />
        <TextField
          id="login-email"
          label={t('f.field.email')}
          type="email"
          autocomplete="username"
          value={email}
          onInput={setEmail}
          required
        />
        <PasswordField
          id="login-password"
          label={t('f.field.password')}
          autocomplete="current-password"
          value={password}
          onInput={setPassword}
          required
        />
        <button type="submit" class="primary" disabled={busy}>
          {t('f.login.submit')}
        </button>
      </form>
      <p class="a-after-form">
        <Link href={path('/forgot-password')}>{ta('a.login.forgot')}</Link>
      </p>
      {/* a full page load: the statement page gets the installation's feedback contact from the server */}
      <footer class="a-after-form">
        <a href={path('/accessibility')}>{tst('st.title')}</a>
      </footer>
    </div>
  );
}
