import { helsinkiDate } from '../../domain/helsinki-time.ts';

/* The pool page's numbers and days, without the page (unit-tested in node). [SPEC PR9] */

/** Today in Europe/Helsinki, 'YYYY-MM-DD'. */
export function helsinkiToday(now = Date.now()): string {
  return helsinkiDate(now);
}

/** A Helsinki day as an instant at its midday (10:00 UTC is 12:00 or 13:00 there): the same day and month. */
export function dayToInstant(day: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return null;
  const at = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 10);
  // "2026-02-30" is not a day (Date.UTC would roll it over into March)
  return helsinkiDate(at) === day ? at : null;
}

/** A number typed with a comma or a dot, in quarter hours within [min, max]; null when it is not. */
export function parseQuarterHours(text: string, min: number, max: number): number | null {
  const s = text.trim().replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(s)) return null;
  const n = Number(s);
  if (n < min || n > max || Math.round(n * 4) !== n * 4) return null;
  return n;
}
