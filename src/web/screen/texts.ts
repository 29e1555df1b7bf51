import { commonEn } from '../../i18n/common.en.ts';
import { commonFi } from '../../i18n/common.fi.ts';
import { commonSv } from '../../i18n/common.sv.ts';
import { screenEn } from '../../i18n/screen.en.ts';
import { screenFi } from '../../i18n/screen.fi.ts';
import { screenSv } from '../../i18n/screen.sv.ts';
import type { Lang, Table } from '../../domain/types.ts';
import { makeT, pageLang, type Translator } from '../shared/i18n.ts';
import { tableTitle } from '../shared/zone.tsx';

/** The projector's texts: common + screen, in the page's language. */
const fi = { ...commonFi, ...screenFi };
export type SKey = keyof typeof fi;

const CATS: Record<Lang, Record<SKey, string>> = {
  fi,
  sv: { ...commonSv, ...screenSv },
  en: { ...commonEn, ...screenEn },
};

const TR: Record<Lang, Translator<SKey>> = { fi: makeT(CATS.fi), sv: makeT(CATS.sv), en: makeT(CATS.en) };

export const lang: Lang = pageLang();
export const t = TR[lang];

/** The projector's texts in another language (its second language, a session setting). */
export function tIn(l: Lang): Translator<SKey> {
  return TR[l];
}

/** "Vyöhyke 3: Tuntuva huoli", or the plain title of a table outside the four zones. */
export function zoneText(table: Table): string {
  const title = tableTitle(table, lang);
  return table.zone === null ? title : `${t('zone.label', { n: table.zone })}: ${title}`;
}

/** The zone text in another language, or null when the table has no title in it. */
export function zoneTextIn(table: Table, l: Lang): string | null {
  const title = table.title[l];
  if (!title) return null;
  return table.zone === null ? title : `${tIn(l)('zone.label', { n: table.zone })}: ${title}`;
}
