import { useState } from 'preact/hooks';
import type { DialogueView, HoursView } from '../../protocol/programme-schema.ts';
import { authApi } from './account-api.ts';
import { FormError } from './form-error.tsx';
import {
  dayToInstant,
  helsinkiToday,
  hoursText,
  monthText,
  parseQuarterHours,
  sessionName,
  SESSIONS,
  type Facilitator,
  type PoolRights,
  type Session,
} from './pool-model.ts';
import { processApi } from './process-api.ts';
import { TextField } from './text-field.tsx';
import { errorText } from './t.ts';
import { tpo } from './tpo.ts';

type Recorded = HoursView['rows'][number] & { month: string };
type Errors = { dialogue?: string; date?: string; hours?: string };

/** A labelled select with its error tied to it. */
function Select(props: {
  id: string;
  label: string;
  value: string;
  onChange(v: string): void;
  error?: string;
  children: preact.ComponentChildren;
}) {
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      <select
        id={props.id}
        value={props.value}
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={props.error ? `${props.id}-err` : undefined}
        onChange={(e) => props.onChange(e.currentTarget.value)}
      >
        {props.children}
      </select>
      {props.error && (
        <p class="error-text" id={`${props.id}-err`}>
          {props.error}
        </p>
      )}
    </div>
  );
}

/**
 * Records hours for one session of a dialogue the user can see, in quarter hours. Coordinators
 * choose whose hours; a facilitator records their own. The server answers the month's total
 * against the allowance, shown (and read out) with a warning when it is over. [SPEC PR9]
 */
export function PoolRecord(props: { pool: Facilitator[]; rights: PoolRights; dialogues: DialogueView[]; onRecorded(month: string): void }) {
  const { pool, rights, dialogues } = props;
  const [processId, setProcessId] = useState('');
  const [session, setSession] = useState<Session>('session1');
  const [userId, setUserId] = useState(pool[0]?.userId ?? '');
  const [day, setDay] = useState(helsinkiToday);
  const [hours, setHours] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [error, setError] = useState<{ text: string; n: number } | null>(null);
  const [result, setResult] = useState<Recorded | null>(null);
  const [busy, setBusy] = useState(false);

  if (dialogues.length === 0) {
    return (
      <div class="po-record">
        <h3>{tpo('po.rec.title')}</h3>
        <p>{tpo('po.rec.noDialogues')}</p>
      </div>
    );
  }

  const submit = async (e: Event) => {
    e.preventDefault();
    const h = parseQuarterHours(hours, 0.25, 24);
    const at = dayToInstant(day);
    const found: Errors = {
      ...(processId ? {} : { dialogue: tpo('po.rec.dialogueMissing') }),
      ...(at === null ? { date: tpo('po.rec.dateBad') } : {}),
      ...(h === null ? { hours: tpo('po.rec.hoursBad') } : {}),
    };
    setErrors(found);
    const first = (['dialogue', 'date', 'hours'] as const).find((k) => found[k]);
    if (first) return document.getElementById(`po-rec-${first}`)?.focus();
    setBusy(true);
    setResult(null);
    const body = { session, at, hours: h, ...(rights.oversees && userId ? { userId } : {}) };
    const r = await authApi<Recorded>('POST', processApi(processId, '/hours'), body);
    setBusy(false);
    if (!r.ok) return setError((x) => ({ text: r.message || errorText(r.code), n: (x?.n ?? 0) + 1 }));
    setError(null);
    setHours('');
    setResult(r.data);
    props.onRecorded(r.data.month);
  };

  const resultText =
    result &&
    tpo(result.over ? 'po.rec.resultOver' : 'po.rec.result', {
      name: result.name,
      month: monthText(result.month),
      hours: hoursText(result.hours),
      allowance: hoursText(result.allowanceHours),
    });

  return (
    <form class="po-record" onSubmit={(e) => void submit(e)} aria-labelledby="po-rec-title" noValidate>
      <h3 id="po-rec-title">{tpo('po.rec.title')}</h3>
      <FormError message={error?.text ?? null} n={error?.n ?? 0} />
      <div class="po-grid">
        <Select id="po-rec-dialogue" label={tpo('po.rec.dialogue')} value={processId} onChange={setProcessId} error={errors.dialogue}>
          <option value="">{tpo('po.rec.chooseDialogue')}</option>
          {dialogues.map((d) => (
            <option key={d.processId} value={d.processId}>
              {[d.name, d.unit, d.date].filter(Boolean).join(' · ')}
            </option>
          ))}
        </Select>
        <Select id="po-rec-session" label={tpo('po.rec.session')} value={session} onChange={(v) => setSession(v as Session)}>
          {SESSIONS.map((s) => (
            <option key={s} value={s}>
              {sessionName(s)}
            </option>
          ))}
        </Select>
        {rights.oversees && (
          <Select id="po-rec-who" label={tpo('po.rec.who')} value={userId} onChange={setUserId}>
            {pool.map((f) => (
              <option key={f.userId} value={f.userId}>
                {f.name}
              </option>
            ))}
          </Select>
        )}
        {/* TextField passes the type through to the input: a native date picker */}
        <TextField id="po-rec-date" type={'date' as 'text'} label={tpo('po.rec.date')} value={day} onInput={setDay} error={errors.date} />
        <TextField
          id="po-rec-hours"
          label={tpo('po.rec.hours')}
          hint={tpo('po.rec.hoursHint')}
          value={hours}
          onInput={setHours}
          error={errors.hours}
          maxLength={6}
        />
      </div>
      <button type="submit" class="primary" disabled={busy}>
        {tpo('po.rec.submit')}
      </button>
      <div
        role="status"
        aria-live="polite"
        aria-atomic="true"
        data-testid="po-rec-result"
        class={result?.over ? 'po-result po-result-over' : 'po-result'}
      >
        {result && result.over && (
          <span class="po-icon" aria-hidden="true">
            ⚠{' '}
          </span>
        )}
        {resultText}
      </div>
    </form>
  );
}
