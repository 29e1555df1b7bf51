import { helsinkiMonth } from './helsinki-time.ts';

/** Hours one facilitator recorded for one session of a dialogue. */
export interface HoursEntry {
  userId: string;
  /** when the session was (epoch ms); the month is taken in Europe/Helsinki */
  at: number;
  minutes: number;
}

export interface MonthlyHours {
  userId: string;
  /** 'YYYY-MM' */
  month: string;
  minutes: number;
  /** the agreed monthly allowance in minutes, null = none agreed */
  allowanceMinutes: number | null;
  /** more hours than the allowance [SPEC PR9] */
  over: boolean;
}

/**
 * Sums each facilitator's minutes per Helsinki month and compares them with their allowance:
 * `over` when the sum is strictly greater. Sorted by month, then user id. [SPEC PR9]
 */
export function monthlyHours(entries: readonly HoursEntry[], allowances: ReadonlyMap<string, number | null>): MonthlyHours[] {
  const sums = new Map<string, MonthlyHours>();
  for (const e of entries) {
    const month = helsinkiMonth(e.at);
    const key = `${month} ${e.userId}`;
    const allowanceMinutes = allowances.get(e.userId) ?? null;
    const row = sums.get(key) ?? { userId: e.userId, month, minutes: 0, allowanceMinutes, over: false };
    row.minutes += e.minutes;
    row.over = row.allowanceMinutes !== null && row.minutes > row.allowanceMinutes;
    sums.set(key, row);
  }
  return [...sums.values()].sort((a, b) => (a.month === b.month ? (a.userId < b.userId ? -1 : 1) : a.month < b.month ? -1 : 1));
}
