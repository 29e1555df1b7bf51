import { useEffect, useState } from 'preact/hooks';
import type { StatsView } from '../../protocol/programme-schema.ts';
import { papi } from './process-api.ts';
import { errorText, lang } from './t.ts';
import { tpr } from './tpr.ts';

const ROW = 26;
const LABEL_W = 80;
const BAR_W = 260;
const NUM_W = 260;

type Totals = StatsView['totals'];

/** Dialogues per period as horizontal bars, each with its numbers as text; one image named by its heading and described by the numbers. */
function StatsChart({ totals }: { totals: Totals }) {
  const max = Math.max(1, ...totals.map((x) => x.dialogues));
  const desc = totals.map((x) => tpr('pr.st.bar', { period: x.period, dialogues: x.dialogues, participants: x.participants })).join('; ');
  return (
    <figure class="pr-chart">
      <figcaption id="pr-chart-title">{tpr('pr.st.chart')}</figcaption>
      <svg
        role="img"
        aria-labelledby="pr-chart-title pr-chart-desc"
        viewBox={`0 0 ${LABEL_W + BAR_W + NUM_W} ${totals.length * ROW}`}
        width={LABEL_W + BAR_W + NUM_W}
        height={totals.length * ROW}
      >
        <desc id="pr-chart-desc">{desc}</desc>
        {totals.map((x, i) => {
          const w = x.dialogues === 0 ? 0 : Math.max(3, Math.round((x.dialogues / max) * BAR_W));
          const y = i * ROW;
          return (
            <g key={x.period}>
              <text class="pr-chart-axis" x={LABEL_W - 8} y={y + ROW / 2} text-anchor="end" dominant-baseline="central">
                {x.period}
              </text>
              <rect class="pr-chart-track" x={LABEL_W} y={y + 4} width={BAR_W} height={ROW - 8} rx={3} />
              {w > 0 && <rect class="pr-chart-bar" x={LABEL_W} y={y + 4} width={w} height={ROW - 8} rx={3} />}
              <text class="pr-chart-num" x={LABEL_W + BAR_W + 8} y={y + ROW / 2} dominant-baseline="central">
                {tpr('pr.st.barText', { dialogues: x.dialogues, participants: x.participants })}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}

/** The same figures as a table: dialogues and participants per period × category × unit, with totals per period. */
function StatsTable({ s }: { s: StatsView }) {
  return (
    <div class="pp-table-wrap" tabIndex={0} role="region" aria-labelledby="pr-st-cap">
      <table class="pp-table pr-stats-table">
        <caption id="pr-st-cap">{tpr('pr.st.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{tpr('pr.st.period')}</th>
            <th scope="col">{tpr('pr.col.category')}</th>
            <th scope="col">{tpr('pr.col.unit')}</th>
            <th scope="col">{tpr('pr.st.dialogues')}</th>
            <th scope="col">{tpr('pr.st.participants')}</th>
          </tr>
        </thead>
        {s.totals.map((tot) => (
          <tbody key={tot.period}>
            {s.rows
              .filter((r) => r.period === tot.period)
              .map((r) => (
                <tr key={`${r.category}|${r.unit}`}>
                  <th scope="row">{r.period}</th>
                  <td>{r.category || '–'}</td>
                  <td>{r.unit || '–'}</td>
                  <td>{r.dialogues}</td>
                  <td>{r.participants}</td>
                </tr>
              ))}
            <tr class="pr-total">
              <th scope="row" colSpan={3}>
                {tpr('pr.st.total')} {tot.period}
              </th>
              <td>{tot.dialogues}</td>
              <td>{tot.participants}</td>
            </tr>
          </tbody>
        ))}
      </table>
    </div>
  );
}

/** Statistics per month or year of held dialogues: chart, table and the CSV export. [SPEC PR6] */
export function ProgrammeStats({ orgId }: { orgId: string }) {
  const thisYear = new Date().getFullYear();
  const [by, setBy] = useState<'month' | 'year'>('month');
  const [year, setYear] = useState('');
  const [shown, setShown] = useState<{ by: string; year: string }>({ by: 'month', year: '' });
  const [s, setS] = useState<StatsView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const q = `?by=${shown.by}${shown.year ? `&year=${shown.year}` : ''}`;
  const base = `/api/orgs/${encodeURIComponent(orgId)}`;

  useEffect(() => {
    setS(null);
    void papi<StatsView>('GET', `${base}/stats${q}`).then((r) => (r.ok ? setS(r.data) : setError(r.message || errorText(r.code))));
  }, [q]);

  return (
    <section class="pp-card pr-stats" aria-labelledby="pr-st-h">
      <h2 id="pr-st-h">{tpr('pr.st.title')}</h2>
      <p class="hint">{tpr('pr.st.note')}</p>
      <form
        class="pr-actions"
        onSubmit={(e) => {
          e.preventDefault();
          setShown({ by, year });
        }}
      >
        <div class="field">
          <label for="pr-st-by">{tpr('pr.st.by')}</label>
          <select id="pr-st-by" value={by} onChange={(e) => setBy(e.currentTarget.value as 'month' | 'year')}>
            <option value="month">{tpr('pr.st.month')}</option>
            <option value="year">{tpr('pr.st.year')}</option>
          </select>
        </div>
        <div class="field">
          <label for="pr-st-year">{tpr('pr.st.yearSel')}</label>
          <select id="pr-st-year" value={year} onChange={(e) => setYear(e.currentTarget.value)}>
            <option value="">{tpr('pr.st.allYears')}</option>
            {Array.from({ length: 7 }, (_, i) => String(thisYear + 1 - i)).map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">{tpr('pr.st.show')}</button>
      </form>
      {error && <p class="error-text">{error}</p>}
      {!s && !error && (
        <p class="status" role="status">
          {tpr('pr.loading')}
        </p>
      )}
      {s && s.totals.length === 0 && <p>{tpr('pr.st.empty')}</p>}
      {s && s.totals.length > 0 && (
        <>
          <StatsChart totals={s.totals} />
          <StatsTable s={s} />
        </>
      )}
      <p>
        <a href={`${base}/stats.csv${q}&lang=${lang}`} download>
          {tpr('pr.st.csv')}
        </a>
      </p>
    </section>
  );
}
