import type { FeedbackView } from '../../protocol/http-schema.ts';
import { formatMean } from './process-format.ts';
import { tp, type PKey } from './tp.ts';

const VALUES = [1, 2, 3, 4, 5] as const;

export function statementText(i: number): string {
  return i < 4 ? tp(`p.fb.s${i + 1}` as PKey) : tp('p.fb.sOther', { n: i + 1 });
}

export function sessionName(kind: FeedbackView['kind']): string {
  return tp(kind === 'learning_cafe' ? 'p.session.1' : 'p.session.2');
}

/**
 * One statement: five bars (1–5), each with its label and count as visible text, and the mean.
 * The bars are drawn in SVG (no inline styles under the CSP) and hidden from assistive
 * technology: the words and numbers beside them say the same.
 */
function StatementBars({
  counts,
  mean,
  i,
  sid,
}: {
  counts: FeedbackView['statements'][number]['counts'];
  mean: number | null;
  i: number;
  sid: string;
}) {
  const max = Math.max(1, ...counts);
  const capId = `fb-${sid}-${i}`;
  return (
    <figure class="pp-fb-statement" aria-labelledby={capId}>
      <figcaption id={capId}>
        <span class="pp-fb-text">{statementText(i)}</span>{' '}
        <strong class="pp-fb-mean">{mean === null ? `(${tp('p.fb.meanNone')})` : tp('p.fb.mean', { mean: formatMean(mean) })}</strong>
      </figcaption>
      <ul class="pp-bars">
        {VALUES.map((v) => {
          const c = counts[v - 1] ?? 0;
          return (
            <li key={v} class="pp-bar-row">
              <span class="pp-bar-label">
                {v} – {tp(`p.fb.v${v}` as PKey)}
                <span class="visually-hidden">:</span>
              </span>
              <svg class="pp-bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                <rect class="pp-bar-track" x="0" y="0" width="100" height="10" />
                {c > 0 && <rect class="pp-bar-fill" x="0" y="0" width={Math.max(2, (c / max) * 100)} height="10" />}
              </svg>
              <span class="pp-bar-count">{tp('p.fb.count', { n: c })}</span>
            </li>
          );
        })}
      </ul>
    </figure>
  );
}

/** The same numbers as a table, for those who prefer to compare in rows and columns. */
function FeedbackTable({ f, caption }: { f: FeedbackView; caption: string }) {
  return (
    <details class="pp-fb-details">
      <summary>{tp('p.fb.table')}</summary>
      <div class="pp-table-wrap" tabIndex={0} role="region" aria-label={caption}>
        <table class="pp-table pp-fb-table">
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{tp('p.fb.col.statement')}</th>
              {VALUES.map((v) => (
                <th scope="col" key={v}>
                  {v}
                  <span class="visually-hidden"> – {tp(`p.fb.v${v}` as PKey)}</span>
                </th>
              ))}
              <th scope="col">{tp('p.fb.col.mean')}</th>
            </tr>
          </thead>
          <tbody>
            {f.statements.map((s, i) => (
              <tr key={i}>
                <th scope="row">{statementText(i)}</th>
                {VALUES.map((v) => (
                  <td key={v} class="pp-num">
                    {s.counts[v - 1] ?? 0}
                  </td>
                ))}
                <td class="pp-num">{s.mean === null ? tp('p.notSet') : formatMean(s.mean)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}

/** The feedback of each session as aggregates: answers, per statement bars + mean, open answers. */
export function FeedbackOutputs({ feedback }: { feedback: FeedbackView[] }) {
  if (feedback.length === 0) return <p>{tp('p.fb.none')}</p>;
  return (
    <>
      <p class="hint">{tp('p.fb.scale')}</p>
      {feedback.map((f) => {
        const name = sessionName(f.kind);
        const sid = f.sessionId.replace(/[^A-Za-z0-9_-]/g, '');
        return (
          <section key={f.sessionId} class="pp-fb-session" aria-labelledby={`fb-h-${sid}`}>
            <h4 id={`fb-h-${sid}`}>{name}</h4>
            {f.answers === 0 ? (
              <p>{tp('p.fb.noAnswers')}</p>
            ) : (
              <>
                <p>{tp('p.fb.answers', { n: f.answers })}</p>
                {f.statements.map((s, i) => (
                  <StatementBars key={i} counts={s.counts} mean={s.mean} i={i} sid={sid} />
                ))}
                <FeedbackTable f={f} caption={tp('p.fb.tableCaption', { session: name })} />
                <h5>{tp('p.fb.open')}</h5>
                {f.open.length === 0 ? (
                  <p>{tp('p.fb.openNone')}</p>
                ) : (
                  <ul class="pp-fb-open">
                    {f.open.map((o, i) => (
                      <li key={i}>{o}</li>
                    ))}
                  </ul>
                )}
              </>
            )}
          </section>
        );
      })}
    </>
  );
}
