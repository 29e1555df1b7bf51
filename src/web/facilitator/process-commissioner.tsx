import { useRef, useState } from 'preact/hooks';
import type { ProcessSummary } from '../../protocol/http-schema.ts';
import { announce } from './announce.ts';
import { ConfirmDialog, type ConfirmRequest } from './confirm-dialog.tsx';
import { papi, problemText, processApi } from './process-api.ts';
import { t } from './t.ts';
import { tp } from './tp.ts';

/**
 * The facilitator names the commissioner by the e-mail of an existing account, or removes them
 * (asked once: it is a role change). The server's answer replaces the process.
 */
export function CommissionerForm({
  process: p,
  onChange,
  onUnauthenticated,
}: {
  process: ProcessSummary;
  onChange(p: ProcessSummary): void;
  onUnauthenticated(): void;
}) {
  const [email, setEmail] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [ask, setAsk] = useState<ConfirmRequest | null>(null);
  const input = useRef<HTMLInputElement>(null);

  const send = async (value: string) => {
    setBusy(true);
    setError(null);
    const r = await papi<ProcessSummary>('PUT', processApi(p.id, '/commissioner'), { email: value });
    setBusy(false);
    if (r.ok) {
      onChange(r.data);
      setEmail('');
      announce(r.data.commissioner ? tp('p.comm.setDone', { name: r.data.commissioner.name }) : tp('p.comm.removed'));
      // the remove button is gone after a removal: keep focus in the form
      if (!r.data.commissioner) requestAnimationFrame(() => input.current?.focus());
      return;
    }
    if (r.status === 401) return onUnauthenticated();
    const text = r.field === 'email' ? t('f.form.email') : problemText(r);
    setError(text);
    announce(text);
    input.current?.focus();
  };

  const submit = (e: Event) => {
    e.preventDefault();
    const v = email.trim();
    if (!v) {
      setError(tp('p.comm.emailMissing'));
      announce(tp('p.comm.emailMissing'));
      input.current?.focus();
      return;
    }
    void send(v);
  };

  const remove = () =>
    setAsk({
      title: tp('p.comm.removeTitle'),
      body: tp('p.comm.removeBody', { name: p.commissioner?.name ?? '' }),
      confirmLabel: tp('p.comm.remove'),
      danger: true,
      onConfirm: () => void send(''),
    });

  const described = ['pp-comm-hint', error ? 'pp-comm-err' : ''].filter(Boolean).join(' ');
  return (
    <section class="pp-card" aria-labelledby="pp-comm-h">
      <h2 id="pp-comm-h">{tp('p.comm.title')}</h2>
      <p>{tp('p.comm.intro')}</p>
      <p class="pp-comm-current">
        {p.commissioner
          ? tp('p.comm.current', { person: tp('p.person', { name: p.commissioner.name, email: p.commissioner.email }) })
          : tp('p.comm.none')}
      </p>
      <form class="pp-comm-form" onSubmit={submit} noValidate>
        <div class="field">
          <label for="pp-comm-email">{tp('p.comm.email')}</label>
          <div class="f-input-row">
            <input
              ref={input}
              id="pp-comm-email"
              name="email"
              type="email"
              autoComplete="off"
              maxLength={254}
              value={email}
              aria-invalid={error ? 'true' : undefined}
              aria-describedby={described}
              onInput={(e) => setEmail(e.currentTarget.value)}
            />
            <button type="submit" class="primary" disabled={busy}>
              {tp('p.comm.set')}
            </button>
          </div>
          <p class="hint" id="pp-comm-hint">
            {tp('p.comm.hint')}
          </p>
          {error && (
            <p class="error-text" id="pp-comm-err">
              {error}
            </p>
          )}
        </div>
      </form>
      {p.commissioner && (
        <p>
          <button type="button" class="danger" onClick={remove} disabled={busy}>
            {tp('p.comm.remove')}
          </button>
        </p>
      )}
      <ConfirmDialog request={ask} onDone={() => setAsk(null)} />
    </section>
  );
}
