import { commonEn } from '../../i18n/common.en.ts';
import { commonFi } from '../../i18n/common.fi.ts';
import { commonSv } from '../../i18n/common.sv.ts';
import { screenEn } from '../../i18n/screen.en.ts';
import { screenFi } from '../../i18n/screen.fi.ts';
import { screenSv } from '../../i18n/screen.sv.ts';
import type { Lang, Table } from '../../domain/types.ts';
import { makeT, pageLang } from '../shared/i18n.ts';
import { tableTitle } from '../shared/zone.tsx';

/** The projector's texts: common + screen, in the page's language. */
const fi = { ...commonFi, ...screenFi };
export type SKey = keyof typeof fi;

const CATS: Record<Lang, Record<SKey, string>> = {
  fi,
  sv: { ...commonSv, ...screenSv },
  en: { ...commonEn, ...screenEn },
};

export const lang: Lang = pageLang();
export const t = makeT<SKey>(CATS[lang]);

/** "Vyöhyke 3: Tuntuva huoli", or the plain title of a table outside the four zones. */
export function zoneText(table: Table): string {
  const title = tableTitle(table, lang);
  return table.zone === null ? title : `${t('zone.label', { n: table.zone })}: ${title}`;
}
