import { describe, expect, it } from 'vitest';
import { applyAll, emptyState } from './apply.ts';
import type { SessionEvent } from './events.ts';
import { groupAtTable, locationOf, nextTableForGroup, roundCount, tableForGroup, type Location } from './rotation.ts';
import { createdEvent } from './test-helpers.ts';
import type { Phase, SessionState } from './types.ts';

const TABLE_COUNTS = [2, 3, 4, 5, 6, 7, 8] as const;
const range = (n: number): number[] => Array.from({ length: n }, (_, i) => i);

describe.each(TABLE_COUNTS)('rotation with T = %i tables', (T) => {
  const rounds = range(T);
  const groups = range(T);

  it('[R1] group g sits at table (g + r) mod T', () => {
    for (const r of rounds) for (const g of groups) expect(tableForGroup(g, r, T)).toBe((g + r) % T);
  });

  it('[R1] over rounds 0…T-1 every group visits every table exactly once', () => {
    for (const g of groups) {
      const visited = rounds.map((r) => tableForGroup(g, r, T));
      expect([...visited].sort((a, b) => a - b)).toEqual(range(T));
    }
  });

  it('[R1] in every round no two groups share a table', () => {
    for (const r of rounds) {
      const tables = groups.map((g) => tableForGroup(g, r, T));
      expect(new Set(tables).size).toBe(T);
      expect(tables.every((t) => t >= 0 && t < T)).toBe(true);
    }
  });

  it('[R1] groupAtTable is the inverse of tableForGroup', () => {
    for (const r of rounds) {
      for (const g of groups) expect(groupAtTable(tableForGroup(g, r, T), r, T)).toBe(g);
      for (const t of range(T)) expect(tableForGroup(groupAtTable(t, r, T), r, T)).toBe(t);
    }
  });

  it('[R1] negative and large rounds still map into 0…T-1', () => {
    for (const r of [-T - 1, -1, T, 3 * T + 1]) {
      for (const g of groups) {
        const t = tableForGroup(g, r, T);
        expect(t).toBeGreaterThanOrEqual(0);
        expect(t).toBeLessThan(T);
        expect(groupAtTable(t, r, T)).toBe(g);
      }
    }
  });

  it('[R2] a café has one round per table', () => {
    expect(roundCount(applyAll(emptyState('s'), [createdEvent(T)]))).toBe(T);
  });
});

// ---- locationOf, on states folded from events ----

interface Place {
  phase: Phase;
  round: number;
}

/** T tables; h1 hosts t1; m0…m(T-1) are members of groups 0…T-1; u is ungrouped. */
function stateAt(T: number, place: Place): SessionState {
  const joined = (id: string): SessionEvent => ({
    type: 'participant.joined',
    participantId: id,
    name: null,
    lang: 'fi',
    group: null,
    joinedAt: 0,
  });
  const members = range(T).map((g) => `m${g}`);
  const groups: Record<string, number | null> = Object.fromEntries(members.map((id, g) => [id, g]));
  const events: SessionEvent[] = [
    createdEvent(T),
    joined('h1'),
    ...members.map(joined),
    joined('u'),
    { type: 'table.hostSet', tableId: 't1', participantId: 'h1' },
    { type: 'groups.split', groups },
  ];
  // the phase itself is set directly: locationOf only reads phase, round, tables and participants
  if (place.phase !== 'lobby') events.push({ type: 'phase.changed', phase: place.phase, round: place.round, clock: null });
  return applyAll(emptyState('s1'), events);
}

function placesFor(T: number): Place[] {
  return [
    { phase: 'lobby', round: 0 },
    { phase: 'opening', round: 0 },
    ...range(T).map((round): Place => ({ phase: 'round', round })),
    { phase: 'theming', round: T - 1 },
    { phase: 'debrief', round: T - 1 },
    { phase: 'closed', round: T - 1 },
  ];
}

const ACTIVE: ReadonlySet<Phase> = new Set<Phase>(['round', 'theming']);

describe.each(TABLE_COUNTS)('[R3] locationOf with T = %i', (T) => {
  const cases = placesFor(T).map((p) => ({ ...p, label: `${p.phase} r${p.round}` }));

  it.each(cases)('a host is always at their own table ($label)', (place) => {
    const s = stateAt(T, place);
    expect(locationOf(s, 'h1')).toEqual<Location>({ tableIndex: 0, tableId: 't1', asHost: true });
  });

  it.each(cases)('group members follow the rotation only in round/theming ($label)', (place) => {
    const s = stateAt(T, place);
    for (const g of range(T)) {
      const loc = locationOf(s, `m${g}`);
      if (!ACTIVE.has(place.phase)) {
        expect(loc).toBeNull();
        continue;
      }
      const t = tableForGroup(g, place.round, T);
      expect(loc).toEqual<Location>({ tableIndex: t, tableId: `t${t + 1}`, asHost: false });
    }
  });

  it.each(cases)('an ungrouped participant or an unknown id has no place ($label)', (place) => {
    const s = stateAt(T, place);
    expect(locationOf(s, 'u')).toBeNull();
    expect(locationOf(s, 'nobody')).toBeNull();
  });

  it('[R3] theming happens at the table of the last round', () => {
    const s = stateAt(T, { phase: 'theming', round: T - 1 });
    for (const g of range(T)) expect(locationOf(s, `m${g}`)?.tableIndex).toBe((g + T - 1) % T);
  });

  it('[R3] in each round the members are spread over all tables, one group per table', () => {
    for (let r = 0; r < T; r++) {
      const s = stateAt(T, { phase: 'round', round: r });
      const tables = range(T).map((g) => locationOf(s, `m${g}`)?.tableId);
      expect(new Set(tables).size).toBe(T);
    }
  });

  it('nextTableForGroup points at the next round’s table, null in the last round and outside rounds', () => {
    for (let r = 0; r < T; r++) {
      const s = stateAt(T, { phase: 'round', round: r });
      for (const g of range(T)) expect(nextTableForGroup(s, g)).toBe(r + 1 < T ? (g + r + 1) % T : null);
    }
    expect(nextTableForGroup(stateAt(T, { phase: 'opening', round: 0 }), 0)).toBeNull();
    expect(nextTableForGroup(stateAt(T, { phase: 'theming', round: T - 1 }), 0)).toBeNull();
  });
});
