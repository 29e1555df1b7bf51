import type { SessionState } from '../../domain/types.ts';
import { themesOfTable } from '../../domain/theming.ts';
import { tableTitle } from '../shared/zone.tsx';
import { lang, t } from './t.ts';

/** <optgroup>s of every table's themes, for "Merge into…" and "Theme of this note". */
export function ThemeOptions({ state, except }: { state: SessionState; except?: string }) {
  return (
    <>
      {state.tables.map((tb, i) => {
        const themes = themesOfTable(state, tb.id).filter((th) => th.id !== except);
        if (themes.length === 0) return null;
        return (
          <optgroup key={tb.id} label={`${t('f.table.n', { n: i + 1 })}: ${tableTitle(tb, lang)}`}>
            {themes.map((th) => (
              <option key={th.id} value={th.id} dir="auto">
                {th.name}
              </option>
            ))}
          </optgroup>
        );
      })}
    </>
  );
}
