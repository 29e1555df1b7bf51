import { useState } from 'preact/hooks';
import type { MeResponse } from '../../protocol/http-schema.ts';
import { api } from '../shared/api.ts';
import { FormError } from './form-error.tsx';
import { usePageTitle } from './page-title.ts';
import { PasswordField } from './password-field.tsx';
import { errorText, t } from './t.ts';
import { TextField } from './text-field.tsx';

/** Sign in with e-mail and password. */
export function LoginPage({ onSignedIn, needsSetup }: { onSignedIn(me: MeResponse): void; needsSetup: boolean }) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<{ text: string; n: number } | null>(null);
  const [busy, setBusy] = useState(false);
  usePageTitle(t('f.login.title'));

  const fail = (text: string) => setError((e) => ({ text, n: (e?.n ?? 0) + 1 }));
  const submit = async (e: Event) => {
    e.preventDefault();
    if (!email.trim() || !password) return fail(t('f.login.missing'));
    setBusy(true);
    const r = await api<MeResponse>('POST', '/api/login', { email: email.trim(), password });
    setBusy(false);
    if (r.ok) return onSignedIn(r.data);
    fail(errorText(r.code, r.field ? { field: r.field } : undefined));
  };

  return (
    <div class="f-narrow">
      <h1 id="page-title" tabIndex={-1}>
        {t('f.login.title')}
      </h1>
      {needsSetup && <p class="f-note-box">{t('f.login.needsSetup')}</p>}
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
    </div>
  );
}
