import { useState } from 'preact/hooks';
import type { MeResponse } from '../../protocol/http-schema.ts';
import { api } from '../shared/api.ts';
import { FormError } from './form-error.tsx';
import { Link } from './link.tsx';
import { usePageTitle } from './page-title.ts';
import { PasswordField } from './password-field.tsx';
import { path } from './route.ts';
import { errorText, fieldLabel, t } from './t.ts';
import { TextField } from './text-field.tsx';

type Field = 'name' | 'email' | 'password';

/** First start: create the first facilitator account with the one-time link's token. */
export function SetupPage({ onSignedIn }: { onSignedIn(me: MeResponse): void }) {
  const [token] = useState(() => decodeURIComponent(location.hash.slice(1)));
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [error, setError] = useState<{ text: string; n: number } | null>(null);
  const [busy, setBusy] = useState(false);
  usePageTitle(t('f.setup.title'));

  const fail = (text: string) => setError((e) => ({ text, n: (e?.n ?? 0) + 1 }));
  const submit = async (e: Event) => {
    e.preventDefault();
    const errs: Partial<Record<Field, string>> = {};
    if (!name.trim()) errs.name = t('f.form.fill', { field: fieldLabel('name') });
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim())) errs.email = t('f.form.email');
    if (password.length < 12) errs.password = t('f.setup.pwShort', { n: password.length });
    setErrors(errs);
    if (Object.keys(errs).length > 0) return fail(t('f.form.check', { n: Object.keys(errs).length }));
    setBusy(true);
    const r = await api<MeResponse>('POST', '/api/setup', { token, name: name.trim(), email: email.trim(), password });
    setBusy(false);
    if (r.ok) {
      history.replaceState(null, '', location.pathname);
      return onSignedIn(r.data);
    }
    if (r.field === 'name' || r.field === 'email' || r.field === 'password')
      setErrors({ [r.field]: errorText(r.code, { field: r.field }) });
    fail(errorText(r.code, r.field ? { field: r.field } : undefined));
  };

  return (
    <div class="f-narrow">
      <h1 id="page-title" tabIndex={-1}>
        {t('f.setup.title')}
      </h1>
      {!token ? (
        <>
          <p>{t('f.setup.noToken')}</p>
          <p>
            <Link href={path('/login')}>{t('f.setup.toLogin')}</Link>
          </p>
        </>
      ) : (
        <>
          <p>{t('f.setup.intro')}</p>
          <form onSubmit={submit} noValidate>
            <FormError message={error?.text ?? null} n={error?.n ?? 0} />
            <TextField
              id="setup-name"
              label={t('f.field.name')}
              autocomplete="name"
              value={name}
              onInput={setName}
              error={errors.name}
              maxLength={80}
              required
            />
            <TextField
              id="setup-email"
              label={t('f.field.email')}
              type="email"
              autocomplete="username"
              value={email}
              onInput={setEmail}
              error={errors.email}
              required
            />
            <PasswordField
              id="setup-password"
              label={t('f.field.password')}
              autocomplete="new-password"
              hint={t('f.setup.pwHint')}
              value={password}
              onInput={setPassword}
              error={errors.password}
              required
            />
            <button type="submit" class="primary" disabled={busy}>
              {t('f.setup.submit')}
            </button>
          </form>
        </>
      )}
    </div>
  );
}
