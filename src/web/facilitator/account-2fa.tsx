import { useEffect, useState } from 'preact/hooks';
import type { TwoFactorSetupResponse, TwoFactorStatus } from '../../protocol/http-auth-schema.ts';
import { authApi } from './account-api.ts';
import { TwoFactorManage } from './account-2fa-manage.tsx';
import { TwoFactorSetup } from './account-2fa-setup.tsx';
import { RecoveryCodes } from './recovery-codes.tsx';
import { ta } from './ta.ts';
import { errorText } from './t.ts';

type View = { kind: 'status' } | { kind: 'setup'; setup: TwoFactorSetupResponse } | { kind: 'codes'; codes: string[] };

/**
 * Two-step verification of the signed-in user: its state, setting it up (QR code, secret, first
 * code), the recovery codes shown once, new codes and turning it off. [U5]
 */
export function TwoFactorSection({ onChanged, onUnauthenticated }: { onChanged(): void; onUnauthenticated(): void }) {
  const [status, setStatus] = useState<TwoFactorStatus | null>(null);
  const [view, setView] = useState<View>({ kind: 'status' });
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [focusBack, setFocusBack] = useState(0);

  const load = async () => {
    const r = await authApi<TwoFactorStatus>('GET', '/api/me/2fa');
    if (r.ok) setStatus(r.data);
    else if (r.status === 401) onUnauthenticated();
    else setError(errorText(r.code));
  };
  useEffect(() => void load(), []);
  // back from a step: the section heading takes focus, so the keyboard does not fall to <body>
  useEffect(() => {
    if (focusBack > 0) document.getElementById('a-2fa-title')?.focus();
  }, [focusBack]);

  const back = () => {
    setView({ kind: 'status' });
    setFocusBack((n) => n + 1);
    void load();
  };
  const begin = async () => {
    setBusy(true);
    const r = await authApi<TwoFactorSetupResponse>('POST', '/api/me/2fa/setup');
    setBusy(false);
    if (r.ok) {
      setError(null);
      return setView({ kind: 'setup', setup: r.data });
    }
    if (r.status === 401) return onUnauthenticated();
    setError(errorText(r.code));
  };
  const enabled = (codes: string[]) => {
    setView({ kind: 'codes', codes });
    onChanged();
  };

  return (
    <section class="pp-card" aria-labelledby="a-2fa-title">
      <h2 id="a-2fa-title" tabIndex={-1}>
        {ta('a.2fa.title')}
      </h2>
      {error && <p class="error-text">{error}</p>}
      {view.kind === 'setup' && <TwoFactorSetup setup={view.setup} onEnabled={enabled} onCancel={back} />}
      {view.kind === 'codes' && <RecoveryCodes codes={view.codes} onDone={back} />}
      {view.kind === 'status' && !status && !error && (
        <p class="status" role="status">
          {ta('a.loading')}
        </p>
      )}
      {view.kind === 'status' && status && !status.enabled && (
        <>
          <p data-testid="a-2fa-state">{ta('a.2fa.off')}</p>
          <p>{ta('a.2fa.why')}</p>
          <button type="button" class="primary" onClick={begin} disabled={busy}>
            {ta('a.2fa.begin')}
          </button>
        </>
      )}
      {view.kind === 'status' && status?.enabled && (
        <>
          <p data-testid="a-2fa-state">{ta('a.2fa.on', { n: status.recoveryCodesLeft })}</p>
          <TwoFactorManage
            required={status.required}
            onCodes={(codes) => setView({ kind: 'codes', codes })}
            onDisabled={() => {
              back();
              onChanged();
            }}
          />
        </>
      )}
    </section>
  );
}
