import { useState } from 'preact/hooks';
import { authApi, MIN_PASSWORD } from './account-api.ts';
import { FormError } from './form-error.tsx';
import { PasswordField } from './password-field.tsx';
import { ta } from './ta.ts';
import { errorText, t } from './t.ts';

type Field = 'current' | 'next';

/** Change the password: needs the current one; other sessions of the account end. [U8] */
export function PasswordChange() {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [error, setError] = useState<{ text: string; n: number } | null>(null);
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);

  const fail = (text: string) => setError((e) => ({ text, n: (e?.n ?? 0) + 1 }));
  const submit = async (e: Event) => {
    e.preventDefault();
    setDone(false);
    const errs: Partial<Record<Field, string>> = {};
    if (!current) errs.current = t('f.form.fill', { field: ta('a.pw.current') });
    if (next.length < MIN_PASSWORD) errs.next = t('f.setup.pwShort', { n: next.length });
    setErrors(errs);
    const first = errs.current ?? errs.next;
    if (first) return fail(first);
    setBusy(true);
    const r = await authApi('POST', '/api/me/password', { current, next });
    setBusy(false);
    if (!r.ok) {
      const text = errorText(r.code, r.field ? { field: r.field } : undefined);
      if (r.code === 'password_wrong') setErrors({ current: text });
      return fail(text);
    }
    setCurrent('');
    setNext('');
    setError(null);
    setDone(true);
  };

  return (
    <section class="pp-card" aria-labelledby="a-pw-title">
      <h2 id="a-pw-title">{ta('a.pw.title')}</h2>
      <form onSubmit={submit} noValidate>
        <FormError message={error?.text ?? null} n={error?.n ?? 0} />
        <PasswordField
          id="a-pw-current"
          label={ta('a.pw.current')}
          autocomplete="current-password"
          value={current}
          onInput={setCurrent}
          error={errors.current}
          required
        />
        <PasswordField
          id="a-pw-next"
          label={ta('a.pw.next')}
          autocomplete="new-password"
          hint={t('f.setup.pwHint')}
          value={next}
          onInput={setNext}
          error={errors.next}
          required
        />
        <button type="submit" disabled={busy}>
          {ta('a.pw.submit')}
        </button>
      </form>
      <p role="status" class="a-done">
        {done ? ta('a.pw.done') : ''}
      </p>
    </section>
  );
}
