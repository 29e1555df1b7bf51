import { useState } from 'preact/hooks';
import { itemText, type SurveyPhase } from '../../domain/survey.ts';
import type { Lang } from '../../domain/types.ts';
import type { SurveyView } from '../../protocol/survey-schema.ts';
import { papi, problemText, processApi } from './process-api.ts';
import { tsv } from './tsv.ts';

interface Props {
  processId: string;
  phase: SurveyPhase;
  survey: SurveyView | undefined;
  lang: Lang;
  canManage: boolean;
  /** reload the list and the results */
  onChanged(): void;
}

/** Making links: the answer is the only time the links exist in full, so they are shown here once. */
function LinkMaker({ processId, phase, onChanged }: { processId: string; phase: SurveyPhase; onChanged(): void }) {
  const [count, setCount] = useState('10');
  const [links, setLinks] = useState<string[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const id = `sv-count-${phase}`;
  const make = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    const r = await papi<{ links: string[] }>('POST', processApi(processId, `/surveys/${phase}/links`), { count: Number(count) });
    setBusy(false);
    setError(r.ok ? null : problemText(r));
    if (r.ok) {
      setLinks(r.data.links);
      onChanged();
    }
  };
  return (
    <form class="sv-links" onSubmit={make} noValidate>
      <label for={id}>{tsv('survey.f.count')}</label>
      <input id={id} type="number" min={1} max={500} value={count} onInput={(e) => setCount(e.currentTarget.value)} />
      <button type="submit" aria-disabled={busy ? true : undefined}>
        {tsv('survey.f.make')}
      </button>
      {error && (
        <p class="error-text" role="alert">
          {error}
        </p>
      )}
      {links && (
        <div class="field">
          <label for={`${id}-out`}>{tsv('survey.f.madeLinks')}</label>
          <textarea id={`${id}-out`} readOnly rows={Math.min(10, links.length + 1)} value={links.join('\n')} />
        </div>
      )}
    </form>
  );
}

/** One survey (before or after): create it, see its items and links, make links, close it. */
export function SurveyCard({ processId, phase, survey, lang, canManage, onChanged }: Props) {
  const [error, setError] = useState<string | null>(null);
  const call = async (rest: string, body?: unknown) => {
    const r = await papi('POST', processApi(processId, rest), body);
    setError(r.ok ? null : problemText(r));
    if (r.ok) onChanged();
  };
  const headingId = `sv-${phase}-h`;
  return (
    <section class="pp-card sv-card" aria-labelledby={headingId}>
      <h2 id={headingId}>{tsv(`survey.phase.${phase}`)}</h2>
      {!survey && <p>{tsv('survey.f.none')}</p>}
      {!survey && canManage && (
        <button type="button" onClick={() => void call('/surveys', { phase })}>
          {tsv('survey.f.create')}
        </button>
      )}
      {survey && (
        <>
          <p>
            <strong>{tsv(survey.closed ? 'survey.f.closed' : 'survey.f.open')}</strong>.{' '}
            {tsv('survey.f.links', { total: survey.links.total, used: survey.links.used })}
          </p>
          <details>
            <summary>{tsv('survey.f.items')}</summary>
            <ol lang={lang}>
              {survey.items.map((i) => (
                <li key={i.id}>{itemText(i, lang)}</li>
              ))}
            </ol>
          </details>
          {canManage && !survey.closed && <LinkMaker processId={processId} phase={phase} onChanged={onChanged} />}
          {canManage && !survey.closed && (
            <button type="button" class="sv-close" onClick={() => void call(`/surveys/${phase}/close`)}>
              {tsv('survey.f.close')}
            </button>
          )}
        </>
      )}
      {error && (
        <p class="error-text" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
