import { useEffect, useRef, useState } from 'preact/hooks';
import type { ProcessOutputs, SummaryView } from '../../protocol/http-schema.ts';
import { announce } from './announce.ts';
import { FormError } from './form-error.tsx';
import { PracticesPublish } from './practices-publish.tsx';
import { papi, problemText, processApi, useProcessData } from './process-api.ts';
import { formatDateTime } from './process-format.ts';
import { ProcessFrame } from './process-frame.tsx';
import { useLeaveWarning } from './process-leave.tsx';
import { Outputs } from './process-outputs.tsx';
import { tp } from './tp.ts';

const MAX = 20000;

/** /:lang/processes/:id/summary — the commissioner's summary beside all the outputs it is written from. */
export function SummaryPage({ id, onUnauthenticated }: { id: string; onUnauthenticated(): void }) {
  const { data, setData, error } = useProcessData<ProcessOutputs>(processApi(id, '/outputs'), onUnauthenticated);
  const timers = useRef<ReturnType<typeof setTimeout>[]>([]);
  useEffect(() => () => timers.current.forEach(clearTimeout), []);

  // a download is a plain link: look at the export log again a little later
  const refreshExports = () => {
    for (const ms of [2000, 6000]) {
      timers.current.push(
        setTimeout(() => {
          void papi<ProcessOutputs>('GET', processApi(id, '/outputs')).then((r) => {
            if (r.ok) setData((o) => (o ? { ...o, exports: r.data.exports } : o));
          });
        }, ms),
      );
    }
  };

  return (
    <ProcessFrame id={id} current="summary" title={tp('p.title.summary')} process={data?.process ?? null} error={error}>
      {data && (
        <div class="pp-summary-layout">
          <SummaryEditor processId={id} initial={data.summary} onUnauthenticated={onUnauthenticated} />
          <Outputs o={data} onExport={refreshExports} />
        </div>
      )}
      {data && <PracticesPublish processId={id} practices={data.practices} onUnauthenticated={onUnauthenticated} />}
    </ProcessFrame>
  );
}

function SummaryEditor({ processId, initial, onUnauthenticated }: { processId: string; initial: SummaryView; onUnauthenticated(): void }) {
  const [saved, setSaved] = useState<SummaryView>(initial);
  const [text, setText] = useState(initial.text);
  const [busy, setBusy] = useState(false);
  const [justSaved, setJustSaved] = useState(false);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [formError, setFormError] = useState<{ text: string; n: number } | null>(null);
  const dirty = text !== saved.text;
  const leaveDialog = useLeaveWarning(dirty);

  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setFieldError(null);
    setFormError(null);
    const r = await papi<SummaryView>('PUT', processApi(processId, '/summary'), { text });
    setBusy(false);
    if (r.ok) {
      setSaved(r.data);
      setText(r.data.text);
      setJustSaved(true);
      announce(tp('p.sum.saved'));
      return;
    }
    if (r.status === 401) return onUnauthenticated();
    const msg = problemText(r);
    if (r.field === 'text') setFieldError(msg);
    setFormError((x) => ({ text: msg, n: (x?.n ?? 0) + 1 }));
  };

  const last =
    saved.updatedAt === null
      ? tp('p.sum.never')
      : saved.updatedBy
        ? tp('p.sum.lastSaved', { name: saved.updatedBy, date: formatDateTime(saved.updatedAt) })
        : tp('p.sum.lastSavedAt', { date: formatDateTime(saved.updatedAt) });
  const near = text.length > MAX * 0.9;
  return (
    <section class="pp-card pp-summary-editor" aria-labelledby="pp-sum-h">
      <h2 id="pp-sum-h">{tp('p.sum.editor')}</h2>
      <form onSubmit={submit} noValidate>
        <FormError message={formError?.text ?? null} n={formError?.n ?? 0} />
        <div class="field">
          <label for="pp-sum-text">{tp('p.sum.label')}</label>
          <p class="hint" id="pp-sum-hint">
            {tp('p.sum.hint')}
          </p>
          <textarea
            id="pp-sum-text"
            name="text"
            class="pp-summary-text"
            rows={14}
            maxLength={MAX}
            value={text}
            aria-invalid={fieldError ? 'true' : undefined}
            aria-describedby={fieldError ? 'pp-sum-hint pp-sum-err' : 'pp-sum-hint'}
            onInput={(e) => {
              setText(e.currentTarget.value);
              setJustSaved(false);
            }}
          />
          <p class={near ? 'pp-count pp-count-near' : 'pp-count'}>{tp('p.sum.count', { n: text.length, max: MAX })}</p>
          {fieldError && (
            <p class="error-text" id="pp-sum-err">
              {fieldError}
            </p>
          )}
        </div>
        <div class="pp-save-bar">
          <button type="submit" class="primary" disabled={busy}>
            {tp('p.sum.save')}
          </button>
          <p class="pp-save-state" data-testid="summary-state">
            {busy ? tp('p.saving') : [justSaved ? tp('p.sum.saved') : '', dirty ? tp('p.dirty') : '', last].filter(Boolean).join(' ')}
          </p>
        </div>
      </form>
      {leaveDialog}
    </section>
  );
}
