import { useState } from 'preact/hooks';
import type { ProcessSummary } from '../../protocol/http-schema.ts';
import { Link } from './link.tsx';
import { processPath } from './process-frame.tsx';
import { ta } from './ta.ts';
import { formatDate } from './t.ts';
import { TextField } from './text-field.tsx';

export type ProcessState = 'closed' | 'open' | 'erased';

/** One process of the organisation: close / reopen, its own retention, erase now. */
export function ProcessRow(props: {
  p: ProcessSummary;
  state: ProcessState | undefined;
  orgMonths: number;
  onClosed(closed: boolean): void;
  onRetention(months: number | null): Promise<boolean>;
  onErase(): void;
}) {
  const { p, state } = props;
  const [months, setMonths] = useState(p.retentionMonths === null ? '' : String(p.retentionMonths));
  const [fieldError, setFieldError] = useState<string | undefined>(undefined);
  const closeKey = state === 'closed' ? 'a.proc.reopen' : 'a.proc.close';
  const saveRetention = async (e: Event) => {
    e.preventDefault();
    const m = months.trim() === '' ? null : Number(months);
    if (m !== null && (!Number.isInteger(m) || m < 1 || m > 120)) return setFieldError(ta('a.org.monthsRange'));
    setFieldError(undefined);
    await props.onRetention(m);
  };

  return (
    <li class="a-proc">
      <h3 id={`org-proc-${p.id}`} tabIndex={-1}>
        <Link href={processPath(p.id)}>{p.name}</Link>
      </h3>
      <p class="f-muted">
        {ta('a.proc.meta', { name: p.facilitator.name, date: formatDate(p.createdAt) })}
        {state && (
          <span class="f-badge a-badge">
            {ta(state === 'erased' ? 'a.proc.erased' : state === 'closed' ? 'a.proc.closed' : 'a.proc.open')}
          </span>
        )}
      </p>
      {state !== 'erased' && (
        <>
          <div class="a-actions">
            <button type="button" aria-label={`${ta(closeKey)}: ${p.name}`} onClick={() => props.onClosed(state !== 'closed')}>
              {ta(closeKey)}
            </button>
            <button type="button" class="danger" aria-label={`${ta('a.proc.erase')}: ${p.name}`} onClick={props.onErase}>
              {ta('a.proc.erase')}
            </button>
          </div>
          <form class="a-row-form a-proc-retention" onSubmit={saveRetention} noValidate>
            <TextField
              id={`org-proc-ret-${p.id}`}
              label={ta('a.proc.retention')}
              hint={ta('a.proc.retentionHint', { n: props.orgMonths })}
              type="number"
              min={1}
              max={120}
              value={months}
              onInput={setMonths}
              error={fieldError}
            />
            <button type="submit" aria-label={`${ta('a.proc.retentionSave')}: ${p.name}`}>
              {ta('a.proc.retentionSave')}
            </button>
          </form>
        </>
      )}
    </li>
  );
}
