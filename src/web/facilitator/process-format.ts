import { lang } from './t.ts';

/* Dates, times and numbers on the process pages, in the page language. */

/** BCP 47 locale for Intl in the page language. */
export const locale = lang === 'en' ? 'en-GB' : lang;

function fmt(opts: Intl.DateTimeFormatOptions, ms: number, fallback: string): string {
  try {
    return new Intl.DateTimeFormat(locale, opts).format(ms);
  } catch {
    return fallback;
  }
}

/** A moment (ms) as date and time in the viewer's time zone: "1.12.2026 klo 9.15". */
export function formatDateTime(ms: number): string {
  return fmt({ dateStyle: 'medium', timeStyle: 'short' }, ms, new Date(ms).toISOString().slice(0, 16).replace('T', ' '));
}

/** 'YYYY-MM-DD' as a date, without time-zone shifts. */
export function formatDay(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  return fmt({ dateStyle: 'medium', timeZone: 'UTC' }, Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!), iso);
}

/** 'YYYY-MM-DDTHH:mm' (Helsinki wall-clock time) as written, with the weekday. */
export function formatLocalDateTime(v: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(v);
  if (!m) return v;
  const ms = Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!);
  return fmt({ dateStyle: 'full', timeStyle: 'short', timeZone: 'UTC' }, ms, v.replace('T', ' '));
}

/** Today in Helsinki as 'YYYY-MM-DD' (for "overdue"). */
export function todayInHelsinki(): string {
  try {
    return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Helsinki', year: 'numeric', month: '2-digit', day: '2-digit' }).format(
      Date.now(),
    );
  } catch {
    return new Date().toISOString().slice(0, 10);
  }
}

/** A mean such as 4.25 → "4,3" (fi/sv) or "4.3" (en). */
export function formatMean(n: number): string {
  try {
    return new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(n);
  } catch {
    return n.toFixed(1);
  }
}
