import { describe, expect, it } from 'vitest';
import { monthlyHours, type HoursEntry } from './facilitator-hours.ts';

const h = (userId: string, iso: string, minutes: number): HoursEntry => ({ userId, at: Date.parse(iso), minutes });
const SIX_HOURS = 360;

describe('[PR9] monthly hours per facilitator against the agreed allowance', () => {
  it.each<{ label: string; entries: HoursEntry[]; allowance: number | null; want: [string, number, boolean][] }>([
    { label: 'under the allowance', entries: [h('a', '2025-05-05T08:00Z', 180)], allowance: SIX_HOURS, want: [['2025-05', 180, false]] },
    {
      label: 'exactly at the allowance is no warning',
      entries: [h('a', '2025-05-05T08:00Z', 180), h('a', '2025-05-20T08:00Z', 180)],
      allowance: SIX_HOURS,
      want: [['2025-05', 360, false]],
    },
    {
      label: 'a quarter hour over warns',
      entries: [h('a', '2025-05-05T08:00Z', 360), h('a', '2025-05-20T08:00Z', 15)],
      allowance: SIX_HOURS,
      want: [['2025-05', 375, true]],
    },
    {
      label: 'no allowance agreed: never a warning',
      entries: [h('a', '2025-05-05T08:00Z', 6000)],
      allowance: null,
      want: [['2025-05', 6000, false]],
    },
    {
      // 2025-01-31T22:30Z is 1 February 00:30 in Helsinki: it counts for February, so January stays under
      label: 'a session after midnight Helsinki time counts for the next month',
      entries: [h('a', '2025-01-31T20:00Z', 300), h('a', '2025-01-31T22:30Z', 120)],
      allowance: SIX_HOURS,
      want: [
        ['2025-01', 300, false],
        ['2025-02', 120, false],
      ],
    },
    {
      // summer time: 31 March 21:30 UTC is 1 April 00:30 in Helsinki
      label: 'month end in summer time (UTC+3)',
      entries: [h('a', '2025-03-31T20:30Z', 300), h('a', '2025-03-31T21:30Z', 300)],
      allowance: SIX_HOURS,
      want: [
        ['2025-03', 300, false],
        ['2025-04', 300, false],
      ],
    },
    {
      // winter time again: 31 October 21:30 UTC is 23:30 the same day in Helsinki
      label: 'month end after summer time ended (UTC+2)',
      entries: [h('a', '2025-10-31T10:00Z', 300), h('a', '2025-10-31T21:30Z', 120)],
      allowance: SIX_HOURS,
      want: [['2025-10', 420, true]],
    },
  ])('$label', ({ entries, allowance, want }) => {
    const got = monthlyHours(entries, new Map([['a', allowance]]));
    expect(got.map((r) => [r.month, r.minutes, r.over])).toEqual(want);
    expect(got.every((r) => r.allowanceMinutes === allowance)).toBe(true);
  });

  it('each facilitator has their own sum and allowance, sorted by month then user', () => {
    const got = monthlyHours(
      [h('b', '2025-05-02T08:00Z', 400), h('a', '2025-05-03T08:00Z', 400), h('a', '2025-04-03T08:00Z', 60)],
      new Map<string, number | null>([
        ['a', SIX_HOURS],
        ['b', 480],
      ]),
    );
    expect(got).toEqual([
      { userId: 'a', month: '2025-04', minutes: 60, allowanceMinutes: 360, over: false },
      { userId: 'a', month: '2025-05', minutes: 400, allowanceMinutes: 360, over: true },
      { userId: 'b', month: '2025-05', minutes: 400, allowanceMinutes: 480, over: false },
    ]);
  });

  it('a facilitator missing from the allowances has none', () => {
    expect(monthlyHours([h('x', '2025-05-02T08:00Z', 999)], new Map())[0]).toMatchObject({ allowanceMinutes: null, over: false });
  });
});
