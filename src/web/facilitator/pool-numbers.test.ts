import { describe, expect, it } from 'vitest';
import { helsinkiMonth } from '../../domain/helsinki-time.ts';
import { dayToInstant, helsinkiToday, parseQuarterHours } from './pool-numbers.ts';

describe('pool page numbers [SPEC PR9]', () => {
  it('reads quarter hours with a comma or a dot, within the bounds', () => {
    expect(parseQuarterHours('1,75', 0.25, 24)).toBe(1.75);
    expect(parseQuarterHours(' 4 ', 0.25, 24)).toBe(4);
    expect(parseQuarterHours('0.25', 0.25, 24)).toBe(0.25);
    expect(parseQuarterHours('0', 0, 200)).toBe(0);
    for (const bad of ['', '1,3', '0', '24,25', '-1', 'abc', '1,5,5', '1e2']) expect(parseQuarterHours(bad, 0.25, 24)).toBeNull();
  });

  it('puts a Helsinki day in its own month, also at the ends of months and in summer time', () => {
    for (const day of ['2026-01-31', '2026-02-01', '2026-03-29', '2026-07-01', '2026-10-25', '2026-12-31']) {
      const at = dayToInstant(day)!;
      expect(helsinkiMonth(at)).toBe(day.slice(0, 7));
      expect(helsinkiToday(at)).toBe(day);
    }
    expect(dayToInstant('2026-02-30')).toBeNull();
    expect(dayToInstant('30.1.2026')).toBeNull();
  });

  it('takes today in Helsinki, not in UTC', () => {
    // 22:30 UTC on 31 January is already 1 February in Helsinki
    expect(helsinkiToday(Date.UTC(2026, 0, 31, 22, 30))).toBe('2026-02-01');
  });
});
