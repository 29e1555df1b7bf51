import { useState } from 'preact/hooks';
import type { DialogueView } from '../../protocol/programme-schema.ts';
import { Link } from './link.tsx';
import { processPath } from './process-frame.tsx';
import { lang } from './t.ts';
import { tpr } from './tpr.ts';

const LOCALE = lang === 'en' ? 'en-GB' : lang;
const pad = (n: number) => String(n).padStart(2, '0');

/** Monday-first weeks of one month: each cell the day of the month, or null outside it. */
function weeks(year: number, month: number): (number | null)[][] {
  const first = (new Date(Date.UTC(year, month, 1)).getUTCDay() + 6) % 7;
  const days = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const cells: (number | null)[] = [...Array<null>(first).fill(null), ...Array.from({ length: days }, (_, i) => i + 1)];
  while (cells.length % 7) cells.push(null);
  return Array.from({ length: cells.length / 7 }, (_, w) => cells.slice(w * 7, w * 7 + 7));
}

/** The month of the first dialogue, else the current month. */
function startMonth(list: DialogueView[]): [number, number] {
  const now = new Date();
  const day = list[0]?.date;
  return day ? [Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1] : [now.getFullYear(), now.getMonth()];
}

/** A month as a table (caption, weekday headers); each day lists the dialogues whose session 1 is then. */
export function ProgrammeCalendar({ list }: { list: DialogueView[] }) {
  const [ym, setYm] = useState<[number, number] | null>(null);
  const [year, month] = ym ?? startMonth(list);
  const shift = (by: number) => {
    const d = new Date(Date.UTC(year, month + by, 1));
    setYm([d.getUTCFullYear(), d.getUTCMonth()]);
  };
  const monthName = new Intl.DateTimeFormat(LOCALE, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(year, month, 1));
  const weekday = (i: number) => ({
    short: new Intl.DateTimeFormat(LOCALE, { weekday: 'short', timeZone: 'UTC' }).format(Date.UTC(2024, 0, 1 + i)),
    long: new Intl.DateTimeFormat(LOCALE, { weekday: 'long', timeZone: 'UTC' }).format(Date.UTC(2024, 0, 1 + i)),
  });
  const byDay = new Map<string, DialogueView[]>();
  for (const d of list) byDay.set(d.date, [...(byDay.get(d.date) ?? []), d]);

  return (
    <section class="pp-card pr-calendar" aria-labelledby="pr-cal-h">
      <h2 id="pr-cal-h">{tpr('pr.cal.title')}</h2>
      <p class="pr-actions">
        <button type="button" onClick={() => shift(-1)}>
          <span aria-hidden="true">← </span>
          {tpr('pr.cal.prev')}
        </button>
        <button type="button" onClick={() => shift(1)}>
          {tpr('pr.cal.next')}
          <span aria-hidden="true"> →</span>
        </button>
      </p>
      <div class="pp-table-wrap" tabIndex={0} role="region" aria-labelledby="pr-cal-cap">
        <table class="pr-cal">
          <caption id="pr-cal-cap" aria-live="polite">
            {tpr('pr.cal.caption', { month: monthName })}
          </caption>
          <thead>
            <tr>
              {[0, 1, 2, 3, 4, 5, 6].map((i) => {
                const w = weekday(i);
                return (
                  <th key={i} scope="col" abbr={w.long}>
                    {w.short}
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {weeks(year, month).map((week, wi) => (
              <tr key={wi}>
                {week.map((day, di) => {
                  if (day === null) return <td key={di} class="pr-cal-out" />;
                  const items = byDay.get(`${year}-${pad(month + 1)}-${pad(day)}`) ?? [];
                  return (
                    <td key={di} class={items.length ? 'pr-cal-busy' : undefined}>
                      <span class="pr-cal-day">{day}</span>
                      {items.length > 0 && (
                        <ul>
                          {items.map((d) => (
                            <li key={d.processId}>
                              <Link href={processPath(d.processId, 'commission')}>{d.name}</Link>
                            </li>
                          ))}
                        </ul>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
