import type { SessionState } from '../../domain/types.ts';
import { tableTitle } from '../shared/zone.tsx';
import { CommitSelect } from './commit-select.tsx';
import { lang, t } from './t.ts';
import type { Run } from './use-commands.ts';

/** A host per table: someone who stays at that table for every round (or no host). */
export function HostsPanel({
  state,
  labels,
  run,
  disabled,
}: {
  state: SessionState;
  labels: Map<string, string>;
  run: Run;
  disabled: boolean;
}) {
  const hostOf = new Map(state.tables.flatMap((tb, i) => (tb.hostId ? [[tb.hostId, i] as const] : [])));
  const sorted = [...state.participants].sort((a, b) => (labels.get(a.id) ?? '').localeCompare(labels.get(b.id) ?? '', lang));
  return (
    <section class="f-hosts" aria-labelledby="hosts-h">
      <h3 id="hosts-h">{t('f.hosts.title')}</h3>
      <p class="hint">{t('f.hosts.hint')}</p>
      {state.tables.map((tb, i) => (
        <div class="field" key={tb.id}>
          <label for={`host-${tb.id}`}>{t('f.hosts.label', { n: i + 1, title: tableTitle(tb, lang) })}</label>
          <CommitSelect
            id={`host-${tb.id}`}
            value={tb.hostId ?? ''}
            disabled={disabled}
            onCommit={(v) => {
              const participantId = v || null;
              const ok = participantId
                ? t('f.ok.host', { name: labels.get(participantId) ?? '', n: i + 1 })
                : t('f.ok.noHost', { n: i + 1 });
              run({ type: 'table.setHost', tableId: tb.id, participantId }, ok);
            }}
          >
            <option value="">{t('f.hosts.none')}</option>
            {sorted.map((p) => {
              const other = hostOf.get(p.id);
              return (
                <option key={p.id} value={p.id}>
                  {labels.get(p.id)}
                  {other !== undefined && other !== i ? ` (${t('f.hosts.hostsTable', { n: other + 1 })})` : ''}
                </option>
              );
            })}
          </CommitSelect>
        </div>
      ))}
    </section>
  );
}
