import type { Table } from '../../domain/types.ts';
import { ContentText } from '../shared/content-text.tsx';
import { ZoneIcon } from '../shared/zone.tsx';
import { zoneText } from './heading-text.ts';
import { useKids } from './kids.ts';
import { ZonePicto } from './kids-picto.tsx';
import { content, t } from './texts.ts';

/** My table: number, zone icon, zone name and the zone's colour band (never colour alone). */
export function TableBand({ table, index }: { table: Table; index: number }) {
  const kids = useKids();
  if (kids && table.zone !== null) {
    // child mode: the zone as weather and in a child's words; its number stays in the text
    return (
      <div class="p-table p-table-kids" data-table-id={table.id}>
        <span class={`p-table-band band-${table.zone}`} aria-hidden="true" />
        <ZonePicto zone={table.zone} />
        <p class="p-table-text">
          <strong>{t('p.table', { n: index + 1 })}</strong>
          <span>{`${t('zone.label', { n: table.zone })}: ${t(`kids.zone${table.zone}`)}`}</span>
        </p>
      </div>
    );
  }
  return (
    <div class="p-table" data-table-id={table.id}>
      <span class={`p-table-band band-${table.zone ?? 0}`} aria-hidden="true" />
      <ZoneIcon zone={table.zone} size={44} />
      <p class="p-table-text">
        <strong>{t('p.table', { n: index + 1 })}</strong>
        {zoneText(table) !== t('p.table', { n: index + 1 }) ? (
          <span>
            {table.zone === null ? null : `${t('zone.label', { n: table.zone })}: `}
            <ContentText texts={table.title} want={content} />
          </span>
        ) : null}
      </p>
    </div>
  );
}
