import type { Table } from '../../domain/types.ts';
import { ContentText } from '../shared/content-text.tsx';
import { ZoneIcon } from '../shared/zone.tsx';
import { Bi, BiText, useSecondLang } from './screen-bi.tsx';
import { content, t, zoneText, zoneTextIn } from './texts.ts';

/** A table's head: zone colour band, zone icon, table number and zone name (never colour alone). */
export function ScreenZoneHead({ table, index, level = 2 }: { table: Table; index: number; level?: 2 | 3 }) {
  const H = level === 2 ? 'h2' : 'h3';
  const l2 = useSecondLang();
  return (
    <div class={`s-zone-head band-${table.zone ?? 0}`}>
      <span class="s-icon-chip">
        <ZoneIcon zone={table.zone} size={72} />
      </span>
      <div class="s-zone-text">
        <H class="s-table-name">
          <Bi k="screen.table" params={{ n: index + 1 }} />
        </H>
        {zoneText(table) !== t('screen.table', { n: index + 1 }) ? (
          <p class="s-zone-name">
            {l2 ? (
              <BiText first={zoneText(table)} second={zoneTextIn(table, l2)} />
            ) : (
              <>
                {table.zone === null ? null : `${t('zone.label', { n: table.zone })}: `}
                <ContentText texts={table.title} want={content} />
              </>
            )}
          </p>
        ) : null}
      </div>
    </div>
  );
}
