import type { CommissionRow } from './store.ts';

/** The commission fields kept as one JSON document beside the columns we filter on (both backends). */
export type CommissionData = Omit<CommissionRow, 'processId' | 'categoryId' | 'method' | 'state' | 'updatedAt' | 'updatedBy'>;

export function commissionData(c: CommissionRow): CommissionData {
  const { processId: _p, categoryId: _c, method: _m, state: _s, updatedAt: _u, updatedBy: _b, ...data } = c;
  return data;
}
