/**
 * Calendar months in the programme's time zone (Europe/Helsinki), from epoch milliseconds.
 * Intl handles the daylight-saving changes (last Sunday of March and of October). [SPEC PR6]
 */
export const PROGRAMME_TZ = 'Europe/Helsinki';

const fmt = new Intl.DateTimeFormat('en-CA', { timeZone: PROGRAMME_TZ, year: 'numeric', month: '2-digit', day: '2-digit' });

/** 'YYYY-MM-DD' of the instant in Helsinki. */
export function helsinkiDate(at: number): string {
  const parts = fmt.formatToParts(new Date(at));
  const get = (t: string) => parts.find((p) => p.type === t)!.value;
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** 'YYYY-MM' of the instant in Helsinki. */
export function helsinkiMonth(at: number): string {
  return helsinkiDate(at).slice(0, 7);
}

/** 'YYYY' of the instant in Helsinki. */
export function helsinkiYear(at: number): string {
  return helsinkiDate(at).slice(0, 4);
}
