import { groupAtTable } from '../../domain/rotation.ts';
import { notesOfTheme, themesOfTable } from '../../domain/theming.ts';
import type { SessionState, Table } from '../../domain/types.ts';
import { maskedText } from '../shared/p-mask.ts';
import { Bi } from './screen-bi.tsx';
import { ScreenZoneHead } from './screen-zone-head.tsx';
import { t } from './texts.ts';
import { useFit } from './use-fit.ts';

/** At most this many newest notes are considered; as many as fit are shown. */
const NOTES_MAX = 8;

/** One table in a round or in theming: its group, host marker, note count and newest notes or themes. */
export function ScreenTableCard({ state, table, index }: { state: SessionState; table: Table; index: number }) {
  const T = state.tables.length;
  const group = state.grouped ? groupAtTable(index, state.round, T) : null;
  const notes = state.notes.filter((n) => n.tableId === table.id);
  const theming = state.phase === 'theming';
  const themes = theming ? themesOfTable(state, table.id) : [];
  const unthemed = notes.filter((n) => n.themeId === null).length;
  const candidates = state.settings.showNotesOnScreen ? notes.slice(-NOTES_MAX).reverse() : [];
  const items = theming ? themes.length : candidates.length;
  const key = theming ? themes.map((th) => `${th.id}:${th.name}`).join() + notes.length : candidates.map((n) => n.id).join();
  const fit = useFit<HTMLDivElement>(items, key);

  return (
    <li class="s-card" data-table-id={table.id}>
      <ScreenZoneHead table={table} index={index} />
      <div class="s-card-body" ref={fit.ref}>
        <div class="s-facts">
          {group !== null ? (
            <p class="s-group">
              <Bi k="screen.group" params={{ n: group + 1 }} />
            </p>
          ) : null}
          <p class="s-count">
            <Bi k="screen.notes" params={{ n: notes.length }} />
          </p>
        </div>
        {table.hostId ? (
          <p class="s-host">
            <span aria-hidden="true">◆ </span>
            {t('screen.host')}
          </p>
        ) : null}
        {theming ? (
          <ul class="s-theme-list">
            {themes.slice(0, fit.shown).map((th) => (
              <li key={th.id}>
                <bdi>{th.name}</bdi> <span class="s-theme-count">({notesOfTheme(state, th.id).length})</span>
              </li>
            ))}
            {themes.length > fit.shown ? <li class="s-more">{t('screen.more', { n: themes.length - fit.shown })}</li> : null}
            <li class="s-muted">{t('screen.unthemed', { n: unthemed })}</li>
          </ul>
        ) : candidates.length > 0 ? (
          <ul class="s-notes">
            {candidates.slice(0, fit.shown).map((n) => (
              <li key={n.id} class={n.important ? 'important' : undefined}>
                {n.important ? <span class="s-star">★ {t('screen.important')}: </span> : null}
                <bdi>{maskedText(n)}</bdi>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </li>
  );
}
