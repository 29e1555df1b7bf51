import type { Lang } from '../domain/types.ts';
import { reportsEn } from '../i18n/reports.en.ts';
import { reportsFi } from '../i18n/reports.fi.ts';
import { reportsSv } from '../i18n/reports.sv.ts';

/** The report words; kept out of i18n/messages.ts until the catalogue is registered there. */
const REPORT_CATALOGUES: Record<Lang, Record<ReportKey, string>> = { fi: reportsFi, sv: reportsSv, en: reportsEn };

export type ReportKey = keyof typeof reportsFi;

export function reportLabel(lang: Lang, key: ReportKey, params?: Record<string, string | number>): string {
  const s = REPORT_CATALOGUES[lang][key] ?? reportsFi[key];
  return params ? s.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m)) : s;
}
