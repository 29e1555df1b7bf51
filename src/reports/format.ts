import type { Lang, Zone } from '../domain/types.ts';
import { reportLabel, type ReportKey } from './labels.ts';
import type { ActionStatus, FollowupAgreement, ReportSession2 } from './report-model.ts';

/** Swedish in Finland writes dates the Finnish-Swedish way; English uses day-month order like the rest. */
const LOCALES: Record<Lang, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };
const ZONE = 'Europe/Helsinki';

export function locale(lang: Lang): string {
  return LOCALES[lang];
}

export function formatDate(lang: Lang, ms: number): string {
  return new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'long', timeZone: ZONE }).format(ms);
}

export function formatDateTime(lang: Lang, ms: number): string {
  return new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'long', timeStyle: 'short', timeZone: ZONE }).format(ms);
}

/**
 * A stored local date or date-time ('YYYY-MM-DD' or 'YYYY-MM-DDTHH:mm', already Helsinki wall time):
 * formatted as wall time in UTC so no zone shift can move it. Unparseable input is shown as is.
 */
export function formatLocal(lang: Lang, local: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/.exec(local);
  if (!m) return local;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0));
  const withTime = m[4] !== undefined;
  return new Intl.DateTimeFormat(LOCALES[lang], {
    dateStyle: withTime ? 'full' : 'medium',
    ...(withTime ? { timeStyle: 'short' } : {}),
    timeZone: 'UTC',
  }).format(ms);
}

export function formatMean(lang: Lang, mean: number): string {
  return new Intl.NumberFormat(LOCALES[lang], { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(mean);
}

export function zoneName(lang: Lang, zone: Zone): string {
  return reportLabel(lang, `report.zone.${zone}`);
}

export function zoneLine(lang: Lang, zone: Zone): string {
  return reportLabel(lang, 'report.s1.zone', { zone, name: zoneName(lang, zone) });
}

export function statusName(lang: Lang, status: ActionStatus): string {
  return reportLabel(lang, `report.status.${status}`);
}

export function originName(lang: Lang, origin: ReportSession2['offers'][number]['origin']): string {
  return reportLabel(lang, `report.origin.${origin}`);
}

export function continueName(lang: Lang, value: FollowupAgreement['continueDialogue']): string {
  return reportLabel(lang, value === '' ? 'report.continue.undecided' : `report.continue.${value}`);
}

const STATEMENTS: ReportKey[] = ['report.feedback.q1', 'report.feedback.q2', 'report.feedback.q3', 'report.feedback.q4'];

/** The standard feedback statements in order (questions.md); a fifth would get a numbered stand-in. */
export function statementText(lang: Lang, index: number): string {
  const key = STATEMENTS[index];
  return key ? reportLabel(lang, key) : reportLabel(lang, 'report.feedback.q_other', { n: index + 1 });
}
