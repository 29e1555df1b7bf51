import { itemText } from '../../domain/survey.ts';
import type { UnitSurveyView } from '../../protocol/survey-schema.ts';
import { Link } from './link.tsx';
import { usePageTitle } from './page-title.ts';
import { useProcessData } from './process-api.ts';
import { path } from './route.ts';
import { Comparison, type Change } from './survey-results.tsx';
import { lang } from './t.ts';
import { tp } from './tp.ts';
import { tsv } from './tsv.ts';

function UnitSection({ u, i }: { u: UnitSurveyView; i: number }) {
  const text = (id: string) => {
    const item = u.items.find((x) => x.itemId === id);
    return item ? itemText({ id, text: item.text }, lang) : id;
  };
  const rows: Change[] = u.comparison.map((c) => ({ ...c, text: text(c.itemId) }));
  const name = u.unit || tsv('survey.f.noUnit');
  return (
    <section class="pp-card" aria-labelledby={`sv-unit-${i}`}>
      <h2 id={`sv-unit-${i}`}>{name}</h2>
      <p>{tsv('survey.f.unitProcesses', { n: u.processes })}</p>
      <Comparison rows={rows} capId={`sv-unit-cmp-${i}`} caption={`${tsv('survey.f.compare')}: ${name}`} />
    </section>
  );
}

/** /:lang/orgs/:id/survey — the pre/post change per unit, for coordinators and org admins. [SPEC WB10] */
export function OrgSurveyPage({ id, onUnauthenticated }: { id: string; onUnauthenticated(): void }) {
  const { data, error } = useProcessData<UnitSurveyView[]>(`/api/orgs/${encodeURIComponent(id)}/survey-units`, onUnauthenticated);
  usePageTitle(tsv('survey.f.unitsTitle'));
  return (
    <div class="pp-page">
      <p class="pp-back">
        <Link href={path('/')}>{tp('p.back')}</Link>
      </p>
      <h1 id="page-title" tabIndex={-1}>
        {tsv('survey.f.unitsTitle')}
      </h1>
      <p>{tsv('survey.f.unitsIntro')}</p>
      <p class="hint">{tsv('survey.f.compareIntro')}</p>
      {error && (
        <p class="error-text" role="alert">
          {error}
        </p>
      )}
      {!data && !error && (
        <p class="status" role="status">
          {tp('p.loading')}
        </p>
      )}
      {data && data.length === 0 && <p>{tsv('survey.f.unitsNone')}</p>}
      {data?.map((u, i) => (
        <UnitSection key={u.unit} u={u} i={i} />
      ))}
    </div>
  );
}
