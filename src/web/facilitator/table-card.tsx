import { groupAtTable } from '../../domain/rotation.ts';
import type { SessionState, Table } from '../../domain/types.ts';
import { tableTitle, ZoneIcon } from '../shared/zone.tsx';
import { lang, t } from './t.ts';

/** One table during a round: zone, which group is there, host, live note count, latest notes. */
export function TableCard({
  state,
  table,
  index,
  labels,
}: {
  state: SessionState;
  table: Table;
  index: number;
  labels: Map<string, string>;
}) {
  const T = state.tables.length;
  const notes = state.notes.filter((n) => n.tableId === table.id);
  const thisRound = notes.filter((n) => n.round === state.round);
  const latest = thisRound.slice(-3).reverse();
  const group = groupAtTable(index, state.round, T);
  const zone = table.zone ?? 0;
  return (
    <li class="f-table-card">
      <h3 class={`f-table-band band-${zone}`}>
        <ZoneIcon zone={table.zone} size={28} />
        <span>
          {t('f.table.n', { n: index + 1 })}
          {table.zone !== null && <span class="f-zone-no"> · {t('zone.label', { n: table.zone })}</span>}
          <span class="f-table-name">{tableTitle(table, lang)}</span>
        </span>
      </h3>
      <dl class="f-table-facts">
        <div>
          <dt>{t('f.card.group')}</dt>
          <dd>{state.grouped ? t('f.group.n', { n: group + 1 }) : t('f.card.noGroups')}</dd>
        </div>
        <div>
          <dt>{t('f.card.host')}</dt>
          <dd>{table.hostId ? labels.get(table.hostId) : t('f.hosts.none')}</dd>
        </div>
      </dl>
      <p class="f-card-notes">
        {t('f.card.notes')}:{' '}
        <strong class="f-note-count" data-testid={`note-count-${table.id}`}>
          {thisRound.length}
        </strong>{' '}
        <span class="f-muted">{t('f.card.notesAll', { n: notes.length })}</span>
      </p>
      {latest.length > 0 && (
        <>
          <p class="f-latest-label">{t('f.card.latest')}</p>
          <ul class="f-latest">
            {latest.map((n) => (
              <li key={n.id}>
                {n.flags.length > 0 && <span class="f-flag-mark">{t('f.flags.mark')} </span>}
                <bdi>{n.text}</bdi>
              </li>
            ))}
          </ul>
        </>
      )}
      {table.meetingUrl && (
        <p class="f-meeting">
          <a
            href={table.meetingUrl}
            target="_blank"
            rel="noopener noreferrer"
            aria-label={`${t('f.card.meeting')} (${t('f.table.n', { n: index + 1 })})`}
          >
            {t('f.card.meeting')}
          </a>
        </p>
      )}
    </li>
  );
}
