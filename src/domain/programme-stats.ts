import { helsinkiMonth, helsinkiYear } from './helsinki-time.ts';

/** One held dialogue as statistics see it. */
export interface DialogueFact {
  /** when it counts: session 1 (epoch ms) */
  at: number;
  category: string;
  unit: string;
  participants: number;
}

export type StatsPeriod = 'month' | 'year';

export interface StatsRow {
  /** 'YYYY-MM' or 'YYYY' in Europe/Helsinki */
  period: string;
  category: string;
  unit: string;
  dialogues: number;
  participants: number;
}

/**
 * Number of dialogues and participants per period × category × unit, periods taken in
 * Europe/Helsinki, sorted by period, category, unit. [SPEC PR6]
 */
export function aggregateStats(facts: readonly DialogueFact[], by: StatsPeriod): StatsRow[] {
  const rows = new Map<string, StatsRow>();
  for (const f of facts) {
    const period = by === 'month' ? helsinkiMonth(f.at) : helsinkiYear(f.at);
    const key = JSON.stringify([period, f.category, f.unit]);
    const row = rows.get(key) ?? { period, category: f.category, unit: f.unit, dialogues: 0, participants: 0 };
    row.dialogues += 1;
    row.participants += f.participants;
    rows.set(key, row);
  }
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...rows.values()].sort((a, b) => cmp(a.period, b.period) || cmp(a.category, b.category) || cmp(a.unit, b.unit));
}

/** Totals per period (all categories and units). */
export function totalsByPeriod(rows: readonly StatsRow[]): { period: string; dialogues: number; participants: number }[] {
  const out = new Map<string, { period: string; dialogues: number; participants: number }>();
  for (const r of rows) {
    const t = out.get(r.period) ?? { period: r.period, dialogues: 0, participants: 0 };
    t.dialogues += r.dialogues;
    t.participants += r.participants;
    out.set(r.period, t);
  }
  return [...out.values()];
}
