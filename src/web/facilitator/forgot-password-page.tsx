import { useState } from 'preact/hooks';
import { authApi, looksLikeEmail } from './account-api.ts';
import { FormError } from './form-error.tsx';
import { Link } from './link.tsx';
import { usePageTitle } from './page-title.ts';
import { path } from './route.ts';
import { ta } from './ta.ts';
import { errorText, t } from './t.ts';
import { TextField } from './text-field.tsx';

/**
 * "Forgot your password?": asks for a reset link by e-mail. The answer is the same whether or
 * not the address has an account, so the page never tells which addresses are in use.
 */
export function ForgotPasswordPage() {
  const [email, setEmail] = useState('');
  const [fieldError, setFieldError] = useState<string | undefined>(undefined);
  const [error, setError] = useState<{ text: string; n: number } | null>(null);
  const [sent, setSent] = useState(false);
  const [busy, setBusy] = useState(false);
  usePageTitle(ta('a.forgot.title'));

  const fail = (text: string) => setError((e) => ({ text, n: (e?.n ?? 0) + 1 }));
  const submit = async (e: Event) => {
    e.preventDefault();
    if (!looksLikeEmail(email)) {
      setFieldError(t('f.form.email'));
      return fail(t('f.form.email'));
    }
    setFieldError(undefined);
    setBusy(true);
    const r = await authApi('POST', '/api/password-reset', { email: email.trim() });
    setBusy(false);
    if (!r.ok) return fail(errorText(r.code, r.field ? { field: r.field } : undefined));
    setError(null);
    setSent(true);
  };

  return (
    <div class="f-narrow">
      <h1 id="page-title" tabIndex={-1}>
        {ta('a.forgot.title')}
      </h1>
      <div role="status" aria-live="polite">
        {sent && <p class="f-note-box a-ok">{ta('a.forgot.sent')}</p>}
      </div>
      {!sent && (
        <>
          <p>{ta('a.forgot.intro')}</p>
          <form onSubmit={submit} noValidate>
            <FormError message={error?.text ?? null} n={error?.n ?? 0} />
            <TextField
              id="forgot-email"
              label={t('f.field.email')}
              type="email"
              autocomplete="username"
              value={email}
              onInput={setEmail}
              error={fieldError}
              required
            />
            <button type="submit" class="primary" disabled={busy}>
              {ta('a.forgot.submit')}
            </button>
          </form>
        </>
      )}
      <p class="a-after-form">
        <Link href={path('/login')}>{ta('a.backToLogin')}</Link>
      </p>
    </div>
  );
}
