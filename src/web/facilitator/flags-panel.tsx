import type { PrivacyFinding, SessionState } from '../../domain/types.ts';
import { tableTitle } from '../shared/zone.tsx';
import { lang, t } from './t.ts';

const kinds = (fs: PrivacyFinding[]) => [...new Set(fs.map((f) => t(`f.flags.kind.${f.kind}`)))].join(', ');

/** Notes whose writer confirmed them although the privacy scan found something. */
export function FlagsPanel({ state }: { state: SessionState }) {
  const flagged = state.notes.filter((n) => n.flags.length > 0);
  return (
    <section class="f-flags" aria-labelledby="flags-h">
      <h2 id="flags-h">
        {t('f.flags.title')} <span class="f-muted">({flagged.length})</span>
      </h2>
      {flagged.length === 0 ? (
        <p class="hint">{t('f.flags.none')}</p>
      ) : (
        <>
          <p class="hint">{t('f.flags.hint')}</p>
          <ul class="f-flag-list">
            {flagged.map((n) => {
              const i = state.tables.findIndex((x) => x.id === n.tableId);
              const tb = state.tables[i];
              return (
                <li key={n.id}>
                  <p class="f-flag-where">
                    {t('f.table.n', { n: i + 1 })}
                    {tb ? `: ${tableTitle(tb, lang)}` : ''} · {t('f.flags.found', { kinds: kinds(n.flags) })}
                  </p>
                  <p class="f-flag-text" dir="auto">
                    {n.text}
                  </p>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
