import { useEffect, useState } from 'preact/hooks';
import type { ProcessSummary } from '../../protocol/http-schema.ts';
import { authApi } from './account-api.ts';
import { ConfirmDialog, type ConfirmRequest } from './confirm-dialog.tsx';
import { FormError } from './form-error.tsx';
import { ProcessRow, type ProcessState } from './org-process-row.tsx';
import { ta } from './ta.ts';
import { errorText } from './t.ts';

/**
 * The organisation's dialogue processes: close (or reopen) one, set its own retention, and erase
 * its raw content now (behind a confirm dialog that names the process). The state shown comes from
 * the list (closedAt, erasedAt) and then from what was done on this page.
 */
export function OrgProcesses({ id, orgMonths }: { id: string; orgMonths: number }) {
  const [list, setList] = useState<ProcessSummary[] | null>(null);
  const [state, setState] = useState<Record<string, ProcessState>>({});
  const [error, setError] = useState<{ text: string; n: number } | null>(null);
  const [done, setDone] = useState('');
  const [ask, setAsk] = useState<ConfirmRequest | null>(null);

  useEffect(() => {
    void authApi<ProcessSummary[]>('GET', '/api/processes').then((r) => {
      if (r.ok) setList(r.data.filter((p) => p.orgId === id));
      else setError({ text: errorText(r.code), n: 1 });
    });
  }, [id]);

  const fail = (code: string) => setError((e) => ({ text: errorText(code), n: (e?.n ?? 0) + 1 }));
  const setClosed = async (p: ProcessSummary, closed: boolean) => {
    const r = await authApi('POST', `/api/processes/${encodeURIComponent(p.id)}/close`, { closed });
    if (!r.ok) return fail(r.code);
    setError(null);
    setState((s) => ({ ...s, [p.id]: closed ? 'closed' : 'open' }));
    setDone(ta(closed ? 'a.proc.closedDone' : 'a.proc.reopenedDone', { name: p.name }));
  };
  const setRetention = async (p: ProcessSummary, months: number | null) => {
    const r = await authApi('PUT', `/api/processes/${encodeURIComponent(p.id)}/retention`, { months });
    if (!r.ok) {
      fail(r.code);
      return false;
    }
    setError(null);
    setDone(months === null ? ta('a.proc.retentionDefault', { name: p.name }) : ta('a.proc.retentionDone', { name: p.name, n: months }));
    return true;
  };
  const erase = async (p: ProcessSummary) => {
    const r = await authApi('POST', `/api/processes/${encodeURIComponent(p.id)}/erase`);
    if (!r.ok) return fail(r.code);
    setError(null);
    setState((s) => ({ ...s, [p.id]: 'erased' }));
    setDone(ta('a.proc.erasedDone', { name: p.name }));
    requestAnimationFrame(() => document.getElementById(`org-proc-${p.id}`)?.focus());
  };
  const askErase = (p: ProcessSummary) =>
    setAsk({
      title: ta('a.proc.eraseTitle', { name: p.name }),
      body: ta('a.proc.eraseBody'),
      confirmLabel: ta('a.proc.eraseOk'),
      danger: true,
      onConfirm: () => void erase(p),
    });

  return (
    <section class="pp-card" aria-labelledby="org-procs-title">
      <h2 id="org-procs-title">{ta('a.proc.title')}</h2>
      <FormError message={error?.text ?? null} n={error?.n ?? 0} />
      {!list && !error && <p class="status">{ta('a.loading')}</p>}
      {list && list.length === 0 && <p>{ta('a.proc.none')}</p>}
      {list && list.length > 0 && (
        <ul class="a-proc-list">
          {list.map((p) => (
            <ProcessRow
              key={p.id}
              p={p}
              state={state[p.id] ?? (p.erasedAt !== null ? 'erased' : p.closedAt !== null ? 'closed' : 'open')}
              orgMonths={orgMonths}
              onClosed={(closed) => void setClosed(p, closed)}
              onRetention={(months) => setRetention(p, months)}
              onErase={() => askErase(p)}
            />
          ))}
        </ul>
      )}
      <p role="status" class="a-done">
        {done}
      </p>
      <ConfirmDialog request={ask} onDone={() => setAsk(null)} />
    </section>
  );
}
