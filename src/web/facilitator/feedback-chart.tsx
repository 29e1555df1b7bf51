import type { StatementStats } from './feedback-stats.ts';
import { t } from './t.ts';

const ROW = 24;
const LABEL_W = 28;
const BAR_W = 220;
const COUNT_W = 44;

/**
 * One statement's answers as five horizontal bars (5 at the top), each with its count as text.
 * For assistive technology the chart is one image whose name lists the counts; the table
 * under the charts carries the same numbers.
 */
export function FeedbackChart({ stats, index }: { stats: StatementStats; index: number }) {
  const max = Math.max(1, ...stats.counts);
  const rows = [5, 4, 3, 2, 1];
  const label = t('f.fb.chartLabel', {
    n: index + 1,
    counts: rows.map((v) => t('f.fb.chartValue', { value: v, count: stats.counts[v - 1]! })).join(', '),
  });
  return (
    <svg
      class="f-fb-chart"
      role="img"
      aria-label={label}
      viewBox={`0 0 ${LABEL_W + BAR_W + COUNT_W} ${rows.length * ROW}`}
      width={LABEL_W + BAR_W + COUNT_W}
      height={rows.length * ROW}
    >
      {rows.map((v, i) => {
        const c = stats.counts[v - 1]!;
        const w = c === 0 ? 0 : Math.max(3, Math.round((c / max) * BAR_W));
        const y = i * ROW;
        return (
          <g key={v}>
            <text class="f-fb-axis" x={LABEL_W - 8} y={y + ROW / 2} text-anchor="end" dominant-baseline="central">
              {v}
            </text>
            <rect class="f-fb-track" x={LABEL_W} y={y + 4} width={BAR_W} height={ROW - 8} rx={3} />
            {w > 0 && <rect class="f-fb-bar" x={LABEL_W} y={y + 4} width={w} height={ROW - 8} rx={3} />}
            <text class="f-fb-num" x={LABEL_W + BAR_W + 8} y={y + ROW / 2} dominant-baseline="central">
              {c}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
