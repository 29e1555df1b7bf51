import type { SessionState } from '../../domain/types.ts';
import { FeedbackChart } from './feedback-chart.tsx';
import { feedbackStats } from './feedback-stats.ts';
import { lang, t, type Key } from './t.ts';

const STATEMENTS: Key[] = ['f.fb.q1', 'f.fb.q2', 'f.fb.q3', 'f.fb.q4'];
const statement = (i: number) => (STATEMENTS[i] ? t(STATEMENTS[i]) : t('f.fb.qOther', { n: i + 1 }));

const numberFormat = new Intl.NumberFormat(lang === 'en' ? 'en-GB' : lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const mean = (m: number | null) => (m === null ? '–' : numberFormat.format(m));

/**
 * The anonymous feedback as it comes in (both kinds of session): how many have answered, per
 * statement the spread of 1–5 with its mean, and the open answers — never who said what.
 */
export function FeedbackBoard({ state, heading }: { state: SessionState; heading?: string }) {
  const s = feedbackStats(state.feedback, lang);
  // under a phase heading (h2) the statements are h3; as a part of a recap, one level lower
  const H = heading ? 'h4' : 'h3';
  const people = state.participants.length;
  const share = people > 0 ? Math.min(1, s.answers / people) : 0;
  return (
    <div class="f-fb">
      {heading && <h3 class="f-fb-heading">{heading}</h3>}
      <p class="f-count" data-testid="feedback-count">
        {t('f.fb.answers', { n: s.answers, people })}
      </p>
      <svg class="f-fb-progress" aria-hidden="true" viewBox="0 0 100 8" preserveAspectRatio="none" width="100%" height="8">
        <rect class="f-fb-track" x={0} y={0} width={100} height={8} rx={2} />
        {share > 0 && <rect class="f-fb-bar" x={0} y={0} width={share * 100} height={8} rx={2} />}
      </svg>
      <p class="hint">{t('f.fb.hint')}</p>

      <ol class="f-fb-statements">
        {s.statements.map((st, i) => (
          <li key={i} class="f-fb-statement">
            <H>{statement(i)}</H>
            <p class="f-fb-mean">
              {t('f.fb.mean')}: <strong>{mean(st.mean)}</strong>{' '}
              <span class="f-muted">
                ({t('f.fb.answered', { n: st.answered })}
                {st.skipped > 0 ? `, ${t('f.fb.skipped', { n: st.skipped })}` : ''})
              </span>
            </p>
            <FeedbackChart stats={st} index={i} />
          </li>
        ))}
      </ol>

      <details class="f-fb-table-wrap">
        <summary>{t('f.fb.asTable')}</summary>
        <table class="f-fb-table">
          <caption>{t('f.fb.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('f.fb.statement')}</th>
              {[1, 2, 3, 4, 5].map((v) => (
                <th scope="col" key={v}>
                  {v}
                </th>
              ))}
              <th scope="col">{t('f.fb.skippedCol')}</th>
              <th scope="col">{t('f.fb.mean')}</th>
            </tr>
          </thead>
          <tbody>
            {s.statements.map((st, i) => (
              <tr key={i}>
                <th scope="row">{statement(i)}</th>
                {st.counts.map((c, v) => (
                  <td key={v}>{c}</td>
                ))}
                <td>{st.skipped}</td>
                <td>{mean(st.mean)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>

      <section aria-labelledby="fb-open-h">
        <H id="fb-open-h">
          {t('f.fb.open')} <span class="f-muted">({s.open.length})</span>
        </H>
        {s.open.length === 0 ? (
          <p class="hint">{t('f.fb.openNone')}</p>
        ) : (
          <ul class="f-fb-open">
            {s.open.map((o, i) => (
              <li key={i}>
                {o.flags.length > 0 && <span class="f-flag-mark">{t('f.flags.mark')} </span>}
                <bdi>{o.text}</bdi>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
