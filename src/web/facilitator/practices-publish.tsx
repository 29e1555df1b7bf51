import { useState } from 'preact/hooks';
import type { LibraryPracticeView, ProcessPracticesView } from '../../protocol/library-schema.ts';
import type { ProcessOutputs } from '../../protocol/http-schema.ts';
import { announce } from './announce.ts';
import { ConfirmDialog, type ConfirmRequest } from './confirm-dialog.tsx';
import { FormError } from './form-error.tsx';
import { libraryPath, scopeText } from './library-format.ts';
import { Link } from './link.tsx';
import { PublishForm } from './practice-publish-form.tsx';
import { papi, problemText, processApi, useProcessData } from './process-api.ts';
import { tl } from './tl.ts';

type Row = ProcessPracticesView['practices'][number];

/** After publishing or withdrawing, the button that was used is gone: focus the record's new state. */
const focusState = (practiceId: string) => requestAnimationFrame(() => document.getElementById(`lib-pub-${practiceId}-state`)?.focus());
type Source = ProcessOutputs['practices'][number];

function consentText(c: ProcessPracticesView['consentToShare']): string {
  return tl(c === 'yes' ? 'l.pub.consent.yes' : c === 'no' ? 'l.pub.consent.no' : 'l.pub.consent.later');
}

/**
 * The process's good-practice records and what has been published of them: the commissioner
 * publishes a copy to the organisation's or the shared library, widens or narrows it, or
 * withdraws it. Everyone else who reads the process sees the state. [SPEC L1–L3]
 */
export function PracticesPublish(props: { processId: string; practices: Source[]; onUnauthenticated(): void }) {
  const {
    data: view,
    setData: setView,
    error,
  } = useProcessData<ProcessPracticesView>(processApi(props.processId, '/practices'), props.onUnauthenticated);
  const [open, setOpen] = useState<string | null>(null);
  const [ask, setAsk] = useState<ConfirmRequest | null>(null);
  const [problem, setProblem] = useState<{ text: string; n: number } | null>(null);

  const setPublication = (practiceId: string, publication: Row['publication']) =>
    setView((v) => (v ? { ...v, practices: v.practices.map((x) => (x.practiceId === practiceId ? { ...x, publication } : x)) } : v));

  const fail = (r: Parameters<typeof problemText>[0]) => {
    if (r.status === 401) return props.onUnauthenticated();
    const text = r.code === 'consent_required' ? tl('l.pub.consentRequired') : problemText(r);
    setProblem((x) => ({ text, n: (x?.n ?? 0) + 1 }));
  };

  const changeScope = async (row: Row, scope: 'org' | 'shared') => {
    setProblem(null);
    const r = await papi<LibraryPracticeView>('PATCH', `/api/library/${encodeURIComponent(row.publication!.id)}`, { scope });
    if (!r.ok) return fail(r);
    setPublication(row.practiceId, { id: r.data.id, scope: r.data.scope });
    focusState(row.practiceId);
    announce(tl('l.pub.scopeChanged', { title: row.title, scope: scopeText(scope) }));
  };

  const withdraw = (row: Row) =>
    setAsk({
      title: tl('l.pub.withdrawTitle'),
      body: tl('l.pub.withdrawBody', { title: row.title }),
      confirmLabel: tl('l.pub.withdraw'),
      danger: true,
      onConfirm: () => {
        void (async () => {
          setProblem(null);
          const r = await papi('DELETE', `/api/library/${encodeURIComponent(row.publication!.id)}`);
          if (!r.ok) return fail(r);
          setPublication(row.practiceId, null);
          focusState(row.practiceId);
          announce(tl('l.pub.withdrawn', { title: row.title }));
        })();
      },
    });

  return (
    <section class="pp-card lib-publish" aria-labelledby="lib-pub-h">
      <h2 id="lib-pub-h">{tl('l.pub.title')}</h2>
      <p>{tl('l.pub.intro')}</p>
      {error && <p class="error-text">{error}</p>}
      {view && (
        <>
          <p class="f-note-box" data-testid="consent-state">
            {consentText(view.consentToShare)}
          </p>
          {!view.canPublish && view.consentToShare !== 'no' && <p class="hint">{tl('l.pub.onlyCommissioner')}</p>}
          <p>
            <Link href={libraryPath()}>{tl('l.pub.toLibrary')}</Link>
          </p>
          <FormError message={problem?.text ?? null} n={problem?.n ?? 0} />
          {view.practices.length === 0 && <p>{tl('l.pub.none')}</p>}
          <ul class="lib-pub-list">
            {view.practices.map((row) => {
              const pub = row.publication;
              const src = props.practices.find((x) => x.id === row.practiceId);
              const hid = `lib-pub-${row.practiceId}`;
              return (
                <li key={row.practiceId} class="lib-pub-item" aria-labelledby={hid}>
                  <h3 id={hid}>{row.title}</h3>
                  {row.theme && <p class="f-muted">{tl('l.pub.theme', { theme: row.theme })}</p>}
                  <p class="lib-pub-state" id={`${hid}-state`} tabIndex={-1} data-testid="publication-state">
                    {pub ? tl('l.pub.published', { scope: scopeText(pub.scope) }) : tl('l.pub.notPublished')}
                  </p>
                  {pub && view.canPublish && (
                    <div class="f-row-buttons">
                      {pub.scope === 'org' && view.consentToShare === 'yes' && (
                        <button type="button" class="f-small" onClick={() => void changeScope(row, 'shared')}>
                          {tl('l.pub.widen')}
                        </button>
                      )}
                      {pub.scope === 'shared' && (
                        <button type="button" class="f-small" onClick={() => void changeScope(row, 'org')}>
                          {tl('l.pub.narrow')}
                        </button>
                      )}
                      <button
                        type="button"
                        class="f-small danger"
                        onClick={() => withdraw(row)}
                        aria-label={tl('l.pub.withdrawOf', { title: row.title })}
                      >
                        {tl('l.pub.withdraw')}
                      </button>
                    </div>
                  )}
                  {!pub && view.canPublish && src && (
                    <>
                      <button
                        type="button"
                        class="f-small"
                        aria-expanded={open === row.practiceId ? 'true' : 'false'}
                        aria-controls={`${hid}-form`}
                        onClick={() => setOpen((o) => (o === row.practiceId ? null : row.practiceId))}
                      >
                        {tl('l.pub.open', { title: row.title })}
                      </button>
                      {open === row.practiceId && (
                        <PublishForm
                          id={`${hid}-form`}
                          processId={props.processId}
                          source={src}
                          shared={view.consentToShare === 'yes'}
                          onUnauthenticated={props.onUnauthenticated}
                          onCancel={() => setOpen(null)}
                          onPublished={(p) => {
                            setOpen(null);
                            setPublication(row.practiceId, { id: p.id, scope: p.scope });
                            focusState(row.practiceId);
                            announce(tl('l.pub.done', { title: p.title, scope: scopeText(p.scope) }));
                          }}
                        />
                      )}
                    </>
                  )}
                </li>
              );
            })}
          </ul>
        </>
      )}
      <ConfirmDialog request={ask} onDone={() => setAsk(null)} />
    </section>
  );
}
