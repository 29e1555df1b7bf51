import { useState } from 'preact/hooks';
import type { RecoveryCodesResponse } from '../../protocol/http-auth-schema.ts';
import { authApi } from './account-api.ts';
import { FormError } from './form-error.tsx';
import { PasswordField } from './password-field.tsx';
import { ta } from './ta.ts';
import { errorText, t } from './t.ts';
import { TextField } from './text-field.tsx';

type Err = { text: string; n: number } | null;

/** With two-step verification on: new recovery codes (with a code) and turning it off (password + code). */
export function TwoFactorManage(props: { required: boolean; onCodes(codes: string[]): void; onDisabled(): void }) {
  return (
    <>
      <NewCodes onCodes={props.onCodes} />
      <Disable required={props.required} onDisabled={props.onDisabled} />
    </>
  );
}

function NewCodes({ onCodes }: { onCodes(codes: string[]): void }) {
  const [code, setCode] = useState('');
  const [error, setError] = useState<Err>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: Event) => {
    e.preventDefault();
    if (code.trim().length < 6) return setError((x) => ({ text: ta('a.code.missing'), n: (x?.n ?? 0) + 1 }));
    setBusy(true);
    const r = await authApi<RecoveryCodesResponse>('POST', '/api/me/2fa/recovery-codes', { code: code.trim() });
    setBusy(false);
    setCode('');
    if (r.ok) return onCodes(r.data.recoveryCodes);
    setError((x) => ({ text: errorText(r.code), n: (x?.n ?? 0) + 1 }));
  };
  return (
    <form onSubmit={submit} noValidate class="a-subform" aria-labelledby="a-new-codes-title">
      <h3 id="a-new-codes-title">{ta('a.newCodes.title')}</h3>
      <p>{ta('a.newCodes.intro')}</p>
      <FormError message={error?.text ?? null} n={error?.n ?? 0} />
      <TextField
        id="a-new-codes-code"
        label={ta('a.code.label')}
        hint={ta('a.login.codeHint')}
        autocomplete="one-time-code"
        value={code}
        onInput={setCode}
        error={error?.text}
        maxLength={32}
        required
      />
      <button type="submit" disabled={busy}>
        {ta('a.newCodes.submit')}
      </button>
    </form>
  );
}

function Disable({ required, onDisabled }: { required: boolean; onDisabled(): void }) {
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const [error, setError] = useState<Err>(null);
  const [busy, setBusy] = useState(false);
  const fail = (text: string) => setError((x) => ({ text, n: (x?.n ?? 0) + 1 }));
  const submit = async (e: Event) => {
    e.preventDefault();
    if (!password) return fail(t('f.form.fill', { field: t('f.field.password') }));
    if (code.trim().length < 6) return fail(ta('a.code.missing'));
    setBusy(true);
    const r = await authApi('POST', '/api/me/2fa/disable', { password, code: code.trim() });
    setBusy(false);
    if (r.ok) return onDisabled();
    setCode('');
    fail(errorText(r.code));
  };
  return (
    <form onSubmit={submit} noValidate class="a-subform" aria-labelledby="a-disable-title">
      <h3 id="a-disable-title">{ta('a.disable.title')}</h3>
      <p>{required ? ta('a.disable.required') : ta('a.disable.intro')}</p>
      <FormError message={error?.text ?? null} n={error?.n ?? 0} />
      <PasswordField
        id="a-disable-password"
        label={t('f.field.password')}
        autocomplete="current-password"
        value={password}
        onInput={setPassword}
        required
      />
      <TextField
        id="a-disable-code"
        label={ta('a.code.label')}
        hint={ta('a.login.codeHint')}
        autocomplete="one-time-code"
        value={code}
        onInput={setCode}
        maxLength={32}
        required
      />
      <button type="submit" class="danger" disabled={busy}>
        {ta('a.disable.submit')}
      </button>
    </form>
  );
}
