import { useEffect, useState } from 'preact/hooks';
import type { RecoveryCodesResponse, TwoFactorSetupResponse } from '../../protocol/http-auth-schema.ts';
import { authApi } from './account-api.ts';
import { FormError } from './form-error.tsx';
import { ta } from './ta.ts';
import { errorText } from './t.ts';
import { TextField } from './text-field.tsx';

/** "ABCDEFGHIJKL" → "ABCD EFGH IJKL": easier to read and type into an app by hand. */
export function groupSecret(secret: string): string {
  return secret.replace(/(.{4})(?=.)/g, '$1 ');
}

/**
 * Setting up two-step verification: the QR code (the server's SVG shown as an image, never as
 * markup in the page), the secret for typing by hand, and the first code that turns it on.
 */
export function TwoFactorSetup(props: { setup: TwoFactorSetupResponse; onEnabled(codes: string[]): void; onCancel(): void }) {
  const [code, setCode] = useState('');
  const [fieldError, setFieldError] = useState<string | undefined>(undefined);
  const [error, setError] = useState<{ text: string; n: number } | null>(null);
  const [busy, setBusy] = useState(false);
  const qr = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(props.setup.qrSvg)}`;

  useEffect(() => {
    document.getElementById('a-setup-title')?.focus();
  }, []);

  const fail = (text: string) => {
    setFieldError(text);
    setError((e) => ({ text, n: (e?.n ?? 0) + 1 }));
  };
  const submit = async (e: Event) => {
    e.preventDefault();
    const c = code.replace(/\s/g, '');
    if (!/^\d{6}$/.test(c)) return fail(ta('a.code.six'));
    setBusy(true);
    const r = await authApi<RecoveryCodesResponse>('POST', '/api/me/2fa/enable', { code: c });
    setBusy(false);
    if (r.ok) return props.onEnabled(r.data.recoveryCodes);
    setCode('');
    fail(errorText(r.code));
  };

  return (
    <div class="a-setup">
      <h3 id="a-setup-title" tabIndex={-1}>
        {ta('a.setup.title')}
      </h3>
      <ol class="a-steps">
        <li>{ta('a.setup.step1')}</li>
        <li>
          {ta('a.setup.step2')}
          <img class="a-qr" src={qr} alt={ta('a.setup.qrAlt')} width={200} height={200} />
          <p>{ta('a.setup.manual')}</p>
          <p>
            <code class="f-mono a-secret" data-testid="totp-secret">
              {groupSecret(props.setup.secret)}
            </code>
          </p>
        </li>
        <li>{ta('a.setup.step3')}</li>
      </ol>
      <form onSubmit={submit} noValidate>
        <FormError message={error?.text ?? null} n={error?.n ?? 0} />
        <TextField
          id="a-setup-code"
          label={ta('a.setup.codeLabel')}
          autocomplete="one-time-code"
          value={code}
          onInput={setCode}
          error={fieldError}
          maxLength={12}
          required
        />
        <div class="a-actions">
          <button type="submit" class="primary" disabled={busy}>
            {ta('a.setup.submit')}
          </button>
          <button type="button" onClick={props.onCancel}>
            {ta('a.cancel')}
          </button>
        </div>
      </form>
    </div>
  );
}
