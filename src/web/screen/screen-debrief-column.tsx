import { notesOfTheme, themesOfTable } from '../../domain/theming.ts';
import type { Note, SessionState, Table } from '../../domain/types.ts';
import { maskedText } from '../shared/p-mask.ts';
import { ScreenZoneHead } from './screen-zone-head.tsx';
import { t } from './texts.ts';
import { useFit } from './use-fit.ts';

/** Share `total` visible notes between the themes, one per theme in turns (first notes first). */
function dealNotes(themes: { notes: Note[] }[], total: number): number[] {
  const shown = themes.map(() => 0);
  let left = total;
  for (let more = true; more && left > 0;) {
    more = false;
    themes.forEach((th, i) => {
      if (left > 0 && shown[i]! < th.notes.length) {
        shown[i]!++;
        left--;
        more = true;
      }
    });
  }
  return shown;
}

/** One table's themes in the debrief: carried themes first, with counts and as many notes as fit. */
export function ScreenDebriefColumn({ state, table, index }: { state: SessionState; table: Table; index: number }) {
  const themes = themesOfTable(state, table.id).map((th) => ({ ...th, notes: notesOfTheme(state, th.id) }));
  themes.sort((a, b) => Number(b.carried) - Number(a.carried) || b.notes.length - a.notes.length);
  const ids = new Set(themes.map((th) => th.id));
  const unthemed = state.notes.filter((n) => n.tableId === table.id && (n.themeId === null || !ids.has(n.themeId))).length;
  const total = themes.reduce((s, th) => s + th.notes.length, 0);
  const key = themes.map((th) => `${th.id}:${th.name}:${th.carried ? 1 : 0}:${th.notes.length}`).join();
  // first drop notes, then (two rows of tables) whole themes, until the column fits
  const fit = useFit<HTMLDivElement>(themes.length + total, key);
  const themesShown = Math.min(themes.length, fit.shown);
  const shown = dealNotes(themes, Math.max(0, fit.shown - themes.length));

  return (
    <li class="s-card s-column" data-table-id={table.id}>
      <ScreenZoneHead table={table} index={index} />
      <div class="s-card-body" ref={fit.ref}>
        {themes.length === 0 ? <p class="s-muted">{t('screen.noThemes')}</p> : null}
        <ul class="s-themes">
          {themes.slice(0, themesShown).map((th, i) => (
            <li key={th.id} class={th.carried ? 's-theme carried' : 's-theme'}>
              <h3 class="s-theme-name">
                <bdi>{th.name}</bdi> <span class="s-theme-count">({th.notes.length})</span>
              </h3>
              {th.carried ? (
                <p class="s-carried">
                  <span class="dir-icon" aria-hidden="true">
                    ➜
                  </span>{' '}
                  {t('screen.carried')}
                </p>
              ) : null}
              {shown[i]! > 0 ? (
                <ul class="s-notes">
                  {th.notes.slice(0, shown[i]).map((n) => (
                    <li key={n.id} dir="auto">
                      {maskedText(n)}
                    </li>
                  ))}
                </ul>
              ) : null}
              {th.notes.length > shown[i]! && shown[i]! > 0 ? (
                <p class="s-more">{t('screen.more', { n: th.notes.length - shown[i]! })}</p>
              ) : null}
            </li>
          ))}
        </ul>
        {themesShown < themes.length ? <p class="s-more">{t('screen.moreThemes', { n: themes.length - themesShown })}</p> : null}
        {unthemed > 0 ? <p class="s-muted">{t('screen.unthemed', { n: unthemed })}</p> : null}
      </div>
    </li>
  );
}
