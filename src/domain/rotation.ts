import type { SessionState } from './types.ts';

/** In round r (0-based), group g sits at table (g + r) mod T. [SPEC R1] */
export function tableForGroup(group: number, round: number, tableCount: number): number {
  return (((group + round) % tableCount) + tableCount) % tableCount;
}

/** Inverse of tableForGroup: which group sits at table t in round r. */
export function groupAtTable(table: number, round: number, tableCount: number): number {
  return (((table - round) % tableCount) + tableCount) % tableCount;
}

/** Number of rounds in a Learning Café: one per table, so every group visits every table. [SPEC R2] */
export function roundCount(state: Pick<SessionState, 'tables'>): number {
  return state.tables.length;
}

export interface Location {
  tableIndex: number;
  tableId: string;
  asHost: boolean;
}

/**
 * Where a participant is now: hosts stay at their table for the whole café; group members
 * follow the rotation in phases 'round' and 'theming' (theming happens at the last table).
 * Null when the participant has no place (lobby, ungrouped, debrief…). [SPEC R3]
 */
export function locationOf(state: SessionState, participantId: string): Location | null {
  const hostIndex = state.tables.findIndex((t) => t.hostId === participantId);
  const active = state.phase === 'round' || state.phase === 'theming';
  if (hostIndex >= 0) {
    return { tableIndex: hostIndex, tableId: state.tables[hostIndex]!.id, asHost: true };
  }
  if (!active) return null;
  const p = state.participants.find((x) => x.id === participantId);
  if (!p || p.group === null) return null;
  const t = tableForGroup(p.group, state.round, state.tables.length);
  return { tableIndex: t, tableId: state.tables[t]!.id, asHost: false };
}

/** Where a group goes in the next round (for "next: go to table 4"). */
export function nextTableForGroup(state: SessionState, group: number): number | null {
  if (state.phase !== 'round' || state.round + 1 >= roundCount(state)) return null;
  return tableForGroup(group, state.round + 1, state.tables.length);
}
