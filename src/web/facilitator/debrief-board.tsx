import { notesOfTheme, themesOfTable, unthemedNotes } from '../../domain/theming.ts';
import type { SessionState } from '../../domain/types.ts';
import { tableTitle, ZoneIcon } from '../shared/zone.tsx';
import { AddThemeForm } from './add-theme-form.tsx';
import type { Ask } from './confirm-dialog.tsx';
import { NoteRow } from './note-row.tsx';
import { lang, t } from './t.ts';
import { ThemeCard } from './theme-card.tsx';
import type { Commands } from './use-commands.ts';

/** Theming and debrief: each table's themes with their notes and counts, and unthemed notes. */
export function DebriefBoard({ state, cmds, ask, readOnly }: { state: SessionState; cmds: Commands; ask: Ask; readOnly: boolean }) {
  const run = cmds.run;
  const canCarry = state.phase === 'debrief';
  const carried = state.themes.filter((x) => x.carried).length;
  return (
    <div class="f-debrief">
      <p class="f-count">{t('f.debrief.summary', { themes: state.themes.length, carried, notes: state.notes.length })}</p>
      <ul class="f-debrief-tables">
        {state.tables.map((tb, i) => {
          const themes = themesOfTable(state, tb.id);
          const loose = unthemedNotes(state, tb.id);
          return (
            <li key={tb.id} class="f-debrief-table">
              <h3 class={`f-table-band band-${tb.zone ?? 0}`}>
                <ZoneIcon zone={tb.zone} size={24} />
                <span>
                  {t('f.table.n', { n: i + 1 })}: {tableTitle(tb, lang)}
                </span>
              </h3>
              {themes.length === 0 ? (
                <p class="hint">{t('f.debrief.noThemes')}</p>
              ) : (
                <ul class="f-themes">
                  {themes.map((th) => (
                    <ThemeCard
                      key={th.id}
                      theme={th}
                      notes={notesOfTheme(state, th.id)}
                      state={state}
                      cmds={cmds}
                      ask={ask}
                      readOnly={readOnly}
                      canCarry={canCarry}
                    />
                  ))}
                </ul>
              )}
              {loose.length > 0 && (
                <details class="f-unthemed">
                  <summary>{t('f.debrief.unthemed', { n: loose.length })}</summary>
                  <ul>
                    {loose.map((n) => (
                      <NoteRow key={n.id} note={n} state={state} run={run} readOnly={readOnly} />
                    ))}
                  </ul>
                </details>
              )}
              {!readOnly && <AddThemeForm table={tb} index={i} run={run} />}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
