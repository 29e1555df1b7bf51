import { locationOf, tableForGroup } from '../../domain/rotation.ts';
import { notesOfTheme, themesOfTable } from '../../domain/theming.ts';
import type { SessionState } from '../../domain/types.ts';
import { kt, useKids } from './kids.ts';
import { PhaseHeading } from './phase-heading.tsx';
import type { PhaseProps } from './phase-view.tsx';
import { TableBand } from './table-band.tsx';
import { t } from './texts.ts';

/** The table I themed at: my host table, or my group's table in the last round. */
function myTableIndex(state: SessionState, me: string): number | null {
  const loc = locationOf(state, me);
  if (loc) return loc.tableIndex;
  const p = state.participants.find((x) => x.id === me);
  if (!p || p.group === null || state.tables.length === 0) return null;
  return tableForGroup(p.group, state.round, state.tables.length);
}

/** Debrief: everyone looks at the projector; the phone shows my table's themes to follow along. */
export function DebriefView({ state, me, heading, headingKey }: PhaseProps & { heading: string; headingKey: string }) {
  const i = myTableIndex(state, me);
  const table = i === null ? undefined : state.tables[i];
  const themes = table ? themesOfTable(state, table.id) : [];
  const kids = useKids();
  return (
    <>
      <PhaseHeading key={headingKey} text={heading} />
      <p class="p-lead">{kt(kids, 'debrief.body', 'kids.debrief.body')}</p>
      {table && i !== null ? (
        <section class="p-section" aria-labelledby="my-themes-h">
          <h2 id="my-themes-h">{t('debrief.myThemes', { n: i + 1 })}</h2>
          <TableBand table={table} index={i} />
          {themes.length === 0 ? (
            <p>{t('debrief.noThemes')}</p>
          ) : (
            <ul class="p-debrief-themes">
              {themes.map((th) => (
                <li key={th.id}>
                  <bdi>
                    <strong>{th.name}</strong>
                  </bdi>{' '}
                  <span class="p-count">({t('theming.noteCount', { n: notesOfTheme(state, th.id).length })})</span>
                  {th.carried ? (
                    <span class="p-carried">
                      {' '}
                      <span class="dir-icon" aria-hidden="true">
                        ➜
                      </span>{' '}
                      {t('debrief.carried')}
                    </span>
                  ) : null}
                </li>
              ))}
            </ul>
          )}
        </section>
      ) : null}
    </>
  );
}
