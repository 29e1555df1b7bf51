import type { Lang } from '../domain/types.ts';
import { formatMessage, type MessageParams } from '../i18n/icu.ts';
import { reportsEn } from '../i18n/reports.en.ts';
import { reportsFi } from '../i18n/reports.fi.ts';
import { reportsSv } from '../i18n/reports.sv.ts';

/** The report words; kept out of i18n/messages.ts until the catalogue is registered there. */
const REPORT_CATALOGUES: Record<Lang, Record<ReportKey, string>> = { fi: reportsFi, sv: reportsSv, en: reportsEn };

export type ReportKey = keyof typeof reportsFi;

export function reportLabel(lang: Lang, key: ReportKey, params?: MessageParams): string {
  return formatMessage(lang, REPORT_CATALOGUES[lang][key] ?? reportsFi[key], params);
}
