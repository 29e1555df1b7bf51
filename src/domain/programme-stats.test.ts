import { describe, expect, it } from 'vitest';
import { helsinkiDate, helsinkiMonth, helsinkiYear } from './helsinki-time.ts';
import { aggregateStats, totalsByPeriod, type DialogueFact } from './programme-stats.ts';

const at = (iso: string) => Date.parse(iso);

describe('[PR6] months and years are taken in Europe/Helsinki', () => {
  it.each<[string, string, string]>([
    // winter time, UTC+2
    ['2025-01-31T21:59:59Z', '2025-01-31', 'before midnight in Helsinki: still January'],
    ['2025-01-31T22:00:00Z', '2025-02-01', 'midnight in Helsinki: February'],
    ['2025-01-31T22:30:00Z', '2025-02-01', 'still 31 January in UTC, already February in Helsinki'],
    ['2025-12-31T21:59:00Z', '2025-12-31', 'new year’s eve'],
    ['2025-12-31T22:00:00Z', '2026-01-01', 'new year in Helsinki, not yet in UTC'],
    // summer time begins 30 March 2025 01:00 UTC (03:00 → 04:00 local): UTC+3 at the end of March
    ['2025-03-30T00:59:59Z', '2025-03-30', 'just before the change'],
    ['2025-03-31T20:59:59Z', '2025-03-31', 'end of March in summer time (UTC+3)'],
    ['2025-03-31T21:00:00Z', '2025-04-01', 'April at 21:00 UTC (UTC+3, not +2)'],
    ['2025-03-31T21:30:00Z', '2025-04-01', 'would still be March with a fixed UTC+2'],
    ['2025-06-30T21:00:00Z', '2025-07-01', 'midsummer month end (UTC+3)'],
    // summer time ends 26 October 2025 01:00 UTC: UTC+2 again at the end of October
    ['2025-10-26T00:30:00Z', '2025-10-26', 'during the repeated hour'],
    ['2025-10-31T21:30:00Z', '2025-10-31', 'would already be November with a fixed UTC+3'],
    ['2025-10-31T22:00:00Z', '2025-11-01', 'November at 22:00 UTC (UTC+2)'],
    ['2024-02-29T21:59:00Z', '2024-02-29', 'leap day'],
    ['2024-02-29T22:00:00Z', '2024-03-01', 'after the leap day'],
  ])('%s is %s in Helsinki (%s)', (iso, date) => {
    expect(helsinkiDate(at(iso))).toBe(date);
    expect(helsinkiMonth(at(iso))).toBe(date.slice(0, 7));
    expect(helsinkiYear(at(iso))).toBe(date.slice(0, 4));
  });
});

const fact = (iso: string, category: string, unit: string, participants: number): DialogueFact => ({
  at: at(iso),
  category,
  unit,
  participants,
});

describe('[PR6] statistics: dialogues and participants per period × category × unit', () => {
  const facts: DialogueFact[] = [
    fact('2025-01-31T22:30:00Z', 'Työyhteisö', 'Koulu A', 12), // February in Helsinki
    fact('2025-02-10T08:00:00Z', 'Työyhteisö', 'Koulu A', 8),
    fact('2025-02-11T08:00:00Z', 'Työyhteisö', 'Koulu B', 5),
    fact('2025-01-15T08:00:00Z', 'Vanhempainilta', 'Koulu A', 30),
    fact('2025-03-31T21:30:00Z', 'Erätauko', '', 9), // April in Helsinki (summer time)
    fact('2025-12-31T22:15:00Z', 'Työyhteisö', 'Koulu A', 4), // 2026 in Helsinki
  ];

  it.each<{ by: 'month' | 'year'; rows: [string, string, string, number, number][] }>([
    {
      by: 'month',
      rows: [
        ['2025-01', 'Vanhempainilta', 'Koulu A', 1, 30],
        ['2025-02', 'Työyhteisö', 'Koulu A', 2, 20],
        ['2025-02', 'Työyhteisö', 'Koulu B', 1, 5],
        ['2025-04', 'Erätauko', '', 1, 9],
        ['2026-01', 'Työyhteisö', 'Koulu A', 1, 4],
      ],
    },
    {
      by: 'year',
      rows: [
        ['2025', 'Erätauko', '', 1, 9],
        ['2025', 'Työyhteisö', 'Koulu A', 2, 20],
        ['2025', 'Työyhteisö', 'Koulu B', 1, 5],
        ['2025', 'Vanhempainilta', 'Koulu A', 1, 30],
        ['2026', 'Työyhteisö', 'Koulu A', 1, 4],
      ],
    },
  ])('by $by', ({ by, rows }) => {
    const got = aggregateStats(facts, by).map((r) => [r.period, r.category, r.unit, r.dialogues, r.participants]);
    expect(got).toEqual(rows);
  });

  it('totals per period add up every category and unit', () => {
    expect(totalsByPeriod(aggregateStats(facts, 'year'))).toEqual([
      { period: '2025', dialogues: 5, participants: 64 },
      { period: '2026', dialogues: 1, participants: 4 },
    ]);
  });

  it('no dialogues, no rows', () => {
    expect(aggregateStats([], 'month')).toEqual([]);
  });
});
