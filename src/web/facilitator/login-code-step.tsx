import { useEffect, useState } from 'preact/hooks';
import type { MeResponse } from '../../protocol/http-schema.ts';
import { authApi } from './account-api.ts';
import { FormError } from './form-error.tsx';
import { ta } from './ta.ts';
import { errorText } from './t.ts';
import { TextField } from './text-field.tsx';

/**
 * The second step of signing in: a code from the authenticator app or a recovery code. A wrong
 * code brings a fresh ticket (no need to type the password again); a used or expired ticket
 * sends the user back to the password step.
 */
export function LoginCodeStep(props: { ticket: string; onSignedIn(me: MeResponse): void; onRestart(why: string): void }) {
  const [ticket, setTicket] = useState(props.ticket);
  const [code, setCode] = useState('');
  const [fieldError, setFieldError] = useState<string | undefined>(undefined);
  const [error, setError] = useState<{ text: string; n: number } | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    document.getElementById('page-title')?.focus();
  }, []);

  const fail = (text: string) => {
    setFieldError(text);
    setError((e) => ({ text, n: (e?.n ?? 0) + 1 }));
  };
  const submit = async (e: Event) => {
    e.preventDefault();
    const c = code.trim();
    if (c.length < 6) return fail(ta('a.code.missing'));
    setBusy(true);
    const r = await authApi<MeResponse>('POST', '/api/login/2fa', { ticket, code: c });
    setBusy(false);
    if (r.ok) return props.onSignedIn(r.data);
    if (r.code === 'mfa_ticket') return props.onRestart(errorText('mfa_ticket'));
    if (r.ticket) setTicket(r.ticket);
    setCode('');
    fail(errorText(r.code));
  };

  return (
    <div class="f-narrow">
      <h1 id="page-title" tabIndex={-1}>
        {ta('a.login.codeTitle')}
      </h1>
      <p>{ta('a.login.codeIntro')}</p>
      <form onSubmit={submit} noValidate>
        <FormError message={error?.text ?? null} n={error?.n ?? 0} />
        <TextField
          id="login-code"
          label={ta('a.code.label')}
          hint={ta('a.login.codeHint')}
          autocomplete="one-time-code"
          value={code}
          onInput={setCode}
          error={fieldError}
          maxLength={32}
          required
        />
        <button type="submit" class="primary" disabled={busy}>
          {ta('a.login.codeSubmit')}
        </button>
      </form>
    </div>
  );
}
