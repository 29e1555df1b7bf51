import { useEffect, useState } from 'preact/hooks';
import { SURVEY_PHASES } from '../../domain/survey.ts';
import type { ProcessSummary } from '../../protocol/http-schema.ts';
import type { SurveyResultsView, SurveyView } from '../../protocol/survey-schema.ts';
import { papi, processApi, useProcessData } from './process-api.ts';
import { Link } from './link.tsx';
import { ProcessFrame } from './process-frame.tsx';
import { path } from './route.ts';
import { SurveyItemsEditor } from './survey-items-editor.tsx';
import { SurveyCard } from './survey-manage.tsx';
import { SurveyResults } from './survey-results.tsx';
import { tsv } from './tsv.ts';

/** /:lang/processes/:id/survey — the wellbeing survey before and after: links and results. [SPEC WB1–WB9] */
export function SurveyPage({ id, onUnauthenticated }: { id: string; onUnauthenticated(): void }) {
  const { data: process, error } = useProcessData<ProcessSummary>(processApi(id), onUnauthenticated);
  const [surveys, setSurveys] = useState<SurveyView[] | null>(null);
  const [results, setResults] = useState<SurveyResultsView | null>(null);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    void papi<SurveyView[]>('GET', processApi(id, '/surveys')).then((r) => r.ok && setSurveys(r.data));
    void papi<SurveyResultsView>('GET', processApi(id, '/survey-results')).then((r) => r.ok && setResults(r.data));
  }, [id, version]);

  const canManage = process?.role === 'facilitator' || process?.role === 'commissioner';
  return (
    <ProcessFrame id={id} current="survey" title={tsv('survey.f.title')} process={process} error={error}>
      <p>{tsv('survey.f.intro')}</p>
      {surveys &&
        process &&
        SURVEY_PHASES.map((phase) => (
          <SurveyCard
            key={phase}
            processId={id}
            phase={phase}
            survey={surveys.find((s) => s.phase === phase)}
            lang={process.lang}
            canManage={canManage}
            onChanged={() => setVersion((v) => v + 1)}
          />
        ))}
      {surveys && process && canManage && surveys.length > 0 && surveys.every((x) => x.links.used === 0) && (
        <SurveyItemsEditor processId={id} initial={surveys[0]!.items} lang={process.lang} onSaved={() => setVersion((v) => v + 1)} />
      )}
      {process?.role === 'coordinator' && (
        <p>
          <Link href={path(`/orgs/${encodeURIComponent(process.orgId)}/survey`)}>{tsv('survey.f.unitsLink')}</Link>
        </p>
      )}
      {results && <SurveyResults results={results} csvHref={processApi(id, '/survey-results.csv')} />}
    </ProcessFrame>
  );
}
