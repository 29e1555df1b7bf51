import { commonAr } from '../../i18n/common.ar.ts';
import { commonEn } from '../../i18n/common.en.ts';
import { commonFi } from '../../i18n/common.fi.ts';
import { commonSo } from '../../i18n/common.so.ts';
import { commonSv } from '../../i18n/common.sv.ts';
import { screenAr } from '../../i18n/screen.ar.ts';
import { screenEn } from '../../i18n/screen.en.ts';
import { screenFi } from '../../i18n/screen.fi.ts';
import { screenSo } from '../../i18n/screen.so.ts';
import { screenSv } from '../../i18n/screen.sv.ts';
import type { Lang, ParticipantLang, Table } from '../../domain/types.ts';
import { contentLang } from '../../i18n/langs.ts';
import { makeT, participantPageLang, type Translator } from '../shared/i18n.ts';
import { tableTitle } from '../shared/zone.tsx';

/** The projector's texts: common + screen, in the page's language. */
const fi = { ...commonFi, ...screenFi };
export type SKey = keyof typeof fi;

const CATS: Record<ParticipantLang, Record<SKey, string>> = {
  fi,
  sv: { ...commonSv, ...screenSv },
  en: { ...commonEn, ...screenEn },
  ar: { ...commonAr, ...screenAr },
  so: { ...commonSo, ...screenSo },
};

export const lang: ParticipantLang = participantPageLang();
/** The language of the facilitator's content (questions, table titles): English on ar/so pages. */
export const content: Lang = contentLang(lang);
export const t = makeT<SKey>(CATS[lang], lang);

const TR: Record<Lang, Translator<SKey>> = { fi: makeT(CATS.fi, 'fi'), sv: makeT(CATS.sv, 'sv'), en: makeT(CATS.en, 'en') };

/** The projector's texts in another language (its second language, a session setting). */
export function tIn(l: Lang): Translator<SKey> {
  return TR[l];
}

/** "Vyöhyke 3: Tuntuva huoli", or the plain title of a table outside the four zones (for comparisons and aria). */
export function zoneText(table: Table): string {
  const title = tableTitle(table, content);
  return table.zone === null ? title : `${t('zone.label', { n: table.zone })}: ${title}`;
}

/** The zone text in another language, or null when the table has no title in it. */
export function zoneTextIn(table: Table, l: Lang): string | null {
  const title = table.title[l];
  if (!title) return null;
  return table.zone === null ? title : `${tIn(l)('zone.label', { n: table.zone })}: ${title}`;
}
