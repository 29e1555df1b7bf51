import { libraryEn } from '../../i18n/library.en.ts';
import { libraryFi } from '../../i18n/library.fi.ts';
import { librarySv } from '../../i18n/library.sv.ts';
import { makeT } from '../shared/i18n.ts';
import { lang } from './t.ts';

/** The practice library's catalogue: publishing, the library search, meetups and their public page. */
const CATALOGUES = { fi: libraryFi, sv: librarySv, en: libraryEn };

export type LKey = keyof typeof libraryFi;

export const tl = makeT<LKey>(CATALOGUES[lang]);
