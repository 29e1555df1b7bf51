import type { SurveyPhaseResult, SurveyResultsView } from '../../protocol/survey-schema.ts';
import { formatFigure, tsv } from './tsv.ts';

export type Change = NonNullable<SurveyResultsView['comparison']>[number];

const SCALE = [1, 2, 3, 4, 5] as const;
/** the change axis of the chart: −4 … +4 (the largest possible change on a 1–5 scale) */
const W = 200;
const x = (v: number) => ((v + 4) / 8) * W;

/** One survey's aggregates as a table; "too few answers" instead of any number below k. [SPEC WB5] */
function PhaseTable({ r }: { r: SurveyPhaseResult }) {
  const capId = `sv-res-${r.phase}`;
  const name = tsv(`survey.phase.${r.phase}`);
  if (r.tooFew)
    return (
      <p>
        <strong>{name}:</strong> {tsv('survey.f.tooFew')}
      </p>
    );
  return (
    <div class="pp-table-wrap" tabIndex={0} role="region" aria-labelledby={capId}>
      <table class="pp-table sv-table">
        <caption id={capId}>
          {tsv('survey.f.caption', { phase: name })} {tsv('survey.f.respondents', { n: r.respondents })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{tsv('survey.csv.item')}</th>
            <th scope="col">{tsv('survey.csv.n')}</th>
            {SCALE.map((v) => (
              <th key={v} scope="col">
                {v}
              </th>
            ))}
            <th scope="col">{tsv('survey.csv.cantSay')}</th>
            <th scope="col">{tsv('survey.csv.mean')}</th>
            <th scope="col">{tsv('survey.csv.sd')}</th>
          </tr>
        </thead>
        <tbody>
          {r.items.map((i) => (
            <tr key={i.itemId}>
              <th scope="row">{i.text}</th>
              {i.tooFew ? (
                <td colSpan={9}>{tsv('survey.tooFew')}</td>
              ) : (
                <>
                  <td>{i.n}</td>
                  {i.counts.map((c, k) => (
                    <td key={k}>{c}</td>
                  ))}
                  <td>{i.cantSay}</td>
                  <td>{formatFigure(i.mean)}</td>
                  <td>{formatFigure(i.sd)}</td>
                </>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The change and its interval drawn on a −4…+4 axis with zero marked; hidden from assistive technology (the cells say it). */
function IntervalChart({ c }: { c: Extract<Change, { tooFew: false }> }) {
  return (
    <svg class="sv-ci" viewBox={`0 0 ${W} 20`} width={W} height={20} aria-hidden="true" focusable="false">
      <line class="sv-ci-axis" x1={0} y1={10} x2={W} y2={10} />
      <line class="sv-ci-zero" x1={x(0)} y1={2} x2={x(0)} y2={18} />
      <line class="sv-ci-range" x1={x(Math.max(-4, c.low))} y1={10} x2={x(Math.min(4, c.high))} y2={10} />
      <circle class="sv-ci-point" cx={x(c.change)} cy={10} r={5} />
    </svg>
  );
}

/** Pre/post: per statement the means, the change and its 95 % interval, as a table with a chart column. [SPEC WB6] */
export function Comparison({ rows, capId, caption }: { rows: Change[]; capId: string; caption: string }) {
  return (
    <div class="pp-table-wrap" tabIndex={0} role="region" aria-labelledby={capId}>
      <table class="pp-table sv-table">
        <caption id={capId}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{tsv('survey.csv.item')}</th>
            <th scope="col">{tsv('survey.csv.preMean')}</th>
            <th scope="col">{tsv('survey.csv.postMean')}</th>
            <th scope="col">{tsv('survey.csv.change')}</th>
            <th scope="col">95 %</th>
            <th scope="col">
              <span class="visually-hidden">{tsv('survey.f.compare')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((c) => (
            <tr key={c.itemId}>
              <th scope="row">{c.text}</th>
              {c.tooFew ? (
                <td colSpan={5}>{tsv('survey.tooFew')}</td>
              ) : (
                <>
                  <td>{formatFigure(c.preMean)}</td>
                  <td>{formatFigure(c.postMean)}</td>
                  <td>{formatFigure(c.change, true)}</td>
                  <td class="sv-nowrap">
                    {tsv('survey.f.interval', { low: formatFigure(c.low, true), high: formatFigure(c.high, true) })}
                  </td>
                  <td>
                    <IntervalChart c={c} />
                  </td>
                </>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function SurveyResults({ results, csvHref }: { results: SurveyResultsView; csvHref: string }) {
  return (
    <section class="pp-card" aria-labelledby="sv-results-h">
      <h2 id="sv-results-h">{tsv('survey.f.results')}</h2>
      <p class="hint">{tsv('survey.scaleHint')}</p>
      {results.surveys.map((r) => (
        <PhaseTable key={r.phase} r={r} />
      ))}
      <h3>{tsv('survey.f.compare')}</h3>
      {results.comparison ? (
        <>
          <p>{tsv('survey.f.compareIntro')}</p>
          <Comparison rows={results.comparison} capId="sv-cmp-cap" caption={tsv('survey.f.compare')} />
        </>
      ) : (
        <p>{tsv('survey.f.compareNone')}</p>
      )}
      <p>
        <a href={csvHref} download>
          {tsv('survey.f.csv')}
        </a>
      </p>
    </section>
  );
}
