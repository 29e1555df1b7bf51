import type { DialogueView } from '../../protocol/programme-schema.ts';
import { Link } from './link.tsx';
import { processPath } from './process-frame.tsx';
import { lang } from './t.ts';
import { methodName, stateName, tpr } from './tpr.ts';

/** 'YYYY-MM-DD' as a short local date (the day is already Helsinki's). */
export function dayText(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  try {
    return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : lang, { dateStyle: 'medium', timeZone: 'UTC' }).format(
      Date.UTC(y!, m! - 1, d!),
    );
  } catch {
    return day;
  }
}

/** The filtered dialogues as a table, by the day of session 1. [SPEC PR5] */
export function ProgrammeList({ list }: { list: DialogueView[] | null }) {
  return (
    <section class="pp-card" aria-labelledby="pr-list-h">
      <h2 id="pr-list-h">{tpr('pr.list.title')}</h2>
      {!list ? (
        <p class="status" role="status">
          {tpr('pr.loading')}
        </p>
      ) : (
        <>
          <p role="status" data-testid="pr-count">
            {tpr('pr.list.count', { n: list.length })}
          </p>
          {list.length === 0 ? (
            <p>{tpr('pr.list.empty')}</p>
          ) : (
            <div class="pp-table-wrap" tabIndex={0} role="region" aria-labelledby="pr-list-cap">
              <table class="pp-table">
                <caption id="pr-list-cap">{tpr('pr.list.title')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{tpr('pr.col.name')}</th>
                    <th scope="col">{tpr('pr.col.date')}</th>
                    <th scope="col">{tpr('pr.col.unit')}</th>
                    <th scope="col">{tpr('pr.col.category')}</th>
                    <th scope="col">{tpr('pr.col.method')}</th>
                    <th scope="col">{tpr('pr.col.state')}</th>
                    <th scope="col">{tpr('pr.col.participants')}</th>
                  </tr>
                </thead>
                <tbody>
                  {list.map((d) => (
                    <tr key={d.processId}>
                      <th scope="row">
                        <Link href={processPath(d.processId, 'commission')}>{d.name}</Link>
                      </th>
                      <td>{dayText(d.date)}</td>
                      <td>{d.unit || '–'}</td>
                      <td>{d.category || '–'}</td>
                      <td>{methodName(d.method)}</td>
                      <td>{stateName(d.state)}</td>
                      <td>{d.participants ?? '–'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </section>
  );
}
