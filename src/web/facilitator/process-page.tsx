import { useRef, useState } from 'preact/hooks';
import type { ProcessSummary, SessionSummary } from '../../protocol/http-schema.ts';
import { announce } from './announce.ts';
import { Link } from './link.tsx';
import { papi, problemText, processApi, useProcessData } from './process-api.ts';
import { CommissionerForm } from './process-commissioner.tsx';
import { LifecycleCompact } from './commission-page.tsx';
import { ExportLinks } from './process-exports.tsx';
import { ProcessFrame, processPath } from './process-frame.tsx';
import { path } from './route.ts';
import { formatCode, formatDate } from './t.ts';
import { tp } from './tp.ts';

/** /:lang/processes/:id — the commission, who is who, and the sessions and follow-up as a timeline. */
export function ProcessPage({ id, onUnauthenticated }: { id: string; onUnauthenticated(): void }) {
  const { data: p, setData, error } = useProcessData<ProcessSummary>(processApi(id), onUnauthenticated);
  return (
    <ProcessFrame id={id} current="process" title={p ? p.name : tp('p.title.process')} process={p} error={error}>
      {p && (
        <div class="pp-process-grid">
          <div class="pp-col">
            <About p={p} />
            <LifecycleCompact id={p.id} />
            {p.role === 'facilitator' && <CommissionerForm process={p} onChange={setData} onUnauthenticated={onUnauthenticated} />}
          </div>
          <div class="pp-col">
            <Timeline p={p} onChange={setData} onUnauthenticated={onUnauthenticated} />
            <ExportLinks id={p.id} />
          </div>
        </div>
      )}
    </ProcessFrame>
  );
}

function About({ p }: { p: ProcessSummary }) {
  const person = (x: { name: string; email: string } | null) => (x ? tp('p.person', { name: x.name, email: x.email }) : tp('p.about.none'));
  const rows: [string, string][] = [
    [tp('p.about.organisation'), p.organisation],
    [tp('p.about.unit'), p.unit || tp('p.notSet')],
    [tp('p.about.purpose'), p.purpose || tp('p.notSet')],
    [tp('p.about.facilitator'), person(p.facilitator)],
    [tp('p.about.commissioner'), person(p.commissioner)],
    [tp('p.about.created'), formatDate(p.createdAt)],
  ];
  return (
    <section class="pp-card" aria-labelledby="pp-about-h">
      <h2 id="pp-about-h">{tp('p.about.title')}</h2>
      <dl class="pp-facts">
        {rows.map(([k, v]) => (
          <div key={k}>
            <dt>{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

function SessionStatus({ s }: { s: SessionSummary }) {
  return (
    <span class={s.closed ? 'f-badge f-badge-closed' : 'f-badge f-badge-ok'}>
      <span aria-hidden="true">{s.closed ? '■ ' : '● '}</span>
      {s.closed ? tp('p.session.closed') : tp('p.session.open')}
    </span>
  );
}

/** One session on the timeline: its status, and for the facilitator the join code and the console / projector. */
function SessionStep({ s, n, role }: { s: SessionSummary; n: 1 | 2; role: ProcessSummary['role'] }) {
  return (
    <>
      <p class="pp-step-meta">
        <SessionStatus s={s} />
        {role === 'facilitator' && s.joinCode && (
          <span>
            {tp('p.session.code')}: <strong class="f-mono">{formatCode(s.joinCode)}</strong>
          </span>
        )}
      </p>
      {role === 'facilitator' && (
        <p class="pp-step-links">
          <Link href={path(`/sessions/${encodeURIComponent(s.id)}`)} class="button primary">
            {tp('p.session.console', { n })}
          </Link>
          <a class="button" href={path(`/screen/${encodeURIComponent(s.id)}`)} target="vp-screen">
            {tp('p.session.screen', { n })}
            <span class="visually-hidden"> {tp('p.newWindow')}</span>
          </a>
        </p>
      )}
    </>
  );
}

function Timeline({ p, onChange, onUnauthenticated }: { p: ProcessSummary; onChange(p: ProcessSummary): void; onUnauthenticated(): void }) {
  const s1 = p.sessions.find((s) => s.kind === 'learning_cafe');
  const s2 = p.sessions.find((s) => s.kind === 'open_space');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const s2Heading = useRef<HTMLHeadingElement>(null);

  const create = async () => {
    setBusy(true);
    setError(null);
    const r = await papi<ProcessSummary>('POST', processApi(p.id, '/sessions'), { kind: 'open_space' });
    setBusy(false);
    if (r.ok) {
      onChange(r.data);
      announce(tp('p.s2.created'));
      // the button is gone: continue from the session's heading
      requestAnimationFrame(() => s2Heading.current?.focus());
      return;
    }
    if (r.status === 401) return onUnauthenticated();
    const text = problemText(r);
    setError(text);
    announce(text);
  };

  return (
    <section class="pp-card" aria-labelledby="pp-timeline-h">
      <h2 id="pp-timeline-h">{tp('p.timeline.title')}</h2>
      {p.role === 'commissioner' && <p class="hint">{tp('p.session.commissioner')}</p>}
      <ol class="pp-timeline">
        <li class={`pp-step ${s1?.closed ? 'pp-step-done' : ''}`}>
          <h3>{tp('p.session.1')}</h3>
          {s1 && <SessionStep s={s1} n={1} role={p.role} />}
        </li>
        <li class={`pp-step ${s2?.closed ? 'pp-step-done' : ''}`}>
          <h3 ref={s2Heading} tabIndex={-1}>
            {tp('p.session.2')}
          </h3>
          {s2 ? (
            <SessionStep s={s2} n={2} role={p.role} />
          ) : (
            <>
              <p>{tp('p.s2.missing')}</p>
              {p.role === 'facilitator' ? (
                <>
                  <p class="hint" id="pp-s2-explain">
                    {tp('p.s2.explain')}
                    {s1 && !s1.closed && <> {tp('p.s2.s1open')}</>}
                  </p>
                  <button
                    type="button"
                    class="primary"
                    onClick={() => void create()}
                    disabled={busy}
                    aria-describedby={error ? 'pp-s2-explain pp-s2-err' : 'pp-s2-explain'}
                  >
                    {tp('p.s2.create')}
                  </button>
                  {error && (
                    <p class="error-text" id="pp-s2-err">
                      {error}
                    </p>
                  )}
                </>
              ) : (
                <p class="hint">{tp('p.s2.commissioner')}</p>
              )}
            </>
          )}
        </li>
        <li class="pp-step">
          <h3>{tp('p.step.followup')}</h3>
          <p>{tp('p.step.followupDesc')}</p>
          <p class="pp-step-links">
            <Link href={processPath(p.id, 'followup')} class="button">
              {tp('p.step.followupOpen')}
            </Link>
          </p>
        </li>
        <li class="pp-step">
          <h3>{tp('p.step.summary')}</h3>
          <p>{tp('p.step.summaryDesc')}</p>
          <p class="pp-step-links">
            <Link href={processPath(p.id, 'summary')} class="button">
              {tp('p.step.summaryOpen')}
            </Link>
          </p>
        </li>
      </ol>
    </section>
  );
}
