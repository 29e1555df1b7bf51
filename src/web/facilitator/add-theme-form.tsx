import { useState } from 'preact/hooks';
import { LIMITS, type Table } from '../../domain/types.ts';
import { newClientId } from '../shared/connection.ts';
import { t } from './t.ts';
import type { Run } from './use-commands.ts';

/** The facilitator may add a theme to a table (theming and debrief). */
export function AddThemeForm({ table, index, run }: { table: Table; index: number; run: Run }) {
  const [name, setName] = useState('');
  const id = `add-theme-${table.id}`;
  return (
    <form
      class="f-add-theme"
      onSubmit={(e) => {
        e.preventDefault();
        const v = name.replace(/\s+/g, ' ').trim();
        if (!v) return;
        run({ type: 'theme.create', themeId: newClientId(), tableId: table.id, name: v }, t('f.ok.themeAdded', { name: v }));
        setName('');
      }}
    >
      <label for={id}>{t('f.theme.newLabel', { n: index + 1 })}</label>
      <div class="f-inline">
        <input id={id} maxLength={LIMITS.themeNameMax} value={name} onInput={(e) => setName(e.currentTarget.value)} />
        <button type="submit" disabled={!name.trim()} aria-label={`${t('f.theme.add')} (${t('f.table.n', { n: index + 1 })})`}>
          {t('f.theme.add')}
        </button>
      </div>
    </form>
  );
}
