import { describe, expect, it } from 'vitest';
import { decideJoin } from './decide.ts';
import { groupSizes, seededRandom, smallestGroup, splitBalanced } from './grouping.ts';
import { FAC, pid, runSession, SessionSim } from './test-helpers.ts';

const range = (n: number): number[] => Array.from({ length: n }, (_, i) => i);
const ids = (n: number): string[] => range(n).map((i) => `x${i}`);
const sizesOf = (split: Record<string, number | null>, T: number): number[] => {
  const sizes = new Array<number>(T).fill(0);
  for (const g of Object.values(split)) if (g !== null) sizes[g]!++;
  return sizes;
};
const spread = (sizes: number[]): number => Math.max(...sizes) - Math.min(...sizes);

const TABLE_COUNTS = [2, 3, 4, 5, 6, 7, 8];
const PARTICIPANT_COUNTS = range(31);

describe('[G1] splitBalanced', () => {
  describe.each(TABLE_COUNTS)('T = %i', (T) => {
    it.each(PARTICIPANT_COUNTS)('n = %i: everyone dealt once into 0…T-1, sizes differ by ≤ 1', (n) => {
      const split = splitBalanced(ids(n), T, 42);
      expect(Object.keys(split).sort()).toEqual(ids(n).sort());
      expect(Object.values(split).every((g) => Number.isInteger(g) && g >= 0 && g < T)).toBe(true);
      const sizes = sizesOf(split, T);
      expect(spread(sizes)).toBeLessThanOrEqual(1);
      expect(sizes.reduce((a, b) => a + b, 0)).toBe(n);
    });

    it.each(PARTICIPANT_COUNTS.filter((n) => n >= 6))('n = %i: deterministic for a seed, different for another seed', (n) => {
      expect(splitBalanced(ids(n), T, 7)).toEqual(splitBalanced(ids(n), T, 7));
      expect(splitBalanced(ids(n), T, 1)).not.toEqual(splitBalanced(ids(n), T, 2));
    });
  });

  it.each(PARTICIPANT_COUNTS.filter((n) => n >= 6))('n = %i: seeds 1…5 give five different shuffled orders', (n) => {
    // with one group per person the group number is the position in the shuffled order
    const orders = [1, 2, 3, 4, 5].map((seed) => JSON.stringify(splitBalanced(ids(n), n, seed)));
    expect(new Set(orders).size).toBe(5);
  });

  it('seededRandom is deterministic and in [0, 1)', () => {
    const a = seededRandom(123);
    const b = seededRandom(123);
    const xs = range(100).map(() => a());
    expect(range(100).map(() => b())).toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
  });
});

describe('[G1] groups.split command', () => {
  it.each([
    { T: 4, n: 9, hosts: 0 },
    { T: 4, n: 9, hosts: 4 },
    { T: 3, n: 20, hosts: 2 },
    { T: 8, n: 30, hosts: 8 },
  ])('T=$T n=$n hosts=$hosts: hosts excluded, everyone else balanced', ({ T, n, hosts }) => {
    const sim = runSession({ tables: T, participants: n, hosts, split: true });
    expect(sim.state.grouped).toBe(true);
    for (const p of sim.state.participants) {
      const isHost = sim.state.tables.some((t) => t.hostId === p.id);
      expect(p.group === null).toBe(isHost);
    }
    const sizes = groupSizes(sim.state);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(n - hosts);
    expect(spread(sizes)).toBeLessThanOrEqual(1);
  });

  it('the same seed gives the same groups', () => {
    const a = runSession({ tables: 4, participants: 17, split: true, seed: 99 });
    const b = runSession({ tables: 4, participants: 17, split: true, seed: 99 });
    expect(a.state.participants).toEqual(b.state.participants);
  });

  it('[G3] opening → round auto-splits when not grouped', () => {
    const sim = runSession({ tables: 4, participants: 9, phase: 'opening' });
    expect(sim.state.grouped).toBe(false);
    const events = sim.fac({ type: 'phase.next' });
    expect(events.map((e) => e.type)).toEqual(['groups.split', 'phase.changed']);
    expect(sim.state.grouped).toBe(true);
    expect(spread(groupSizes(sim.state))).toBeLessThanOrEqual(1);
    expect(sim.state.participants.every((p) => p.group !== null)).toBe(true);
  });

  it('[G3] opening → round keeps groups the facilitator already made', () => {
    const sim = runSession({ tables: 4, participants: 9, split: true, phase: 'opening' });
    sim.fac({ type: 'participant.move', participantId: 'p1', group: 3 });
    const before = sim.state.participants;
    expect(sim.fac({ type: 'phase.next' }).map((e) => e.type)).toEqual(['phase.changed']);
    expect(sim.state.participants).toEqual(before);
  });

  it('groups.split is only allowed before the rounds', () => {
    const sim = runSession({ tables: 4, participants: 9, phase: 'round' });
    expect(sim.outcome(FAC, { type: 'groups.split' })).toBe('wrong_phase');
  });
});

describe('[G2] late joiners', () => {
  it('10 late joiners after groups.split each go to the smallest group (lowest index on ties)', () => {
    const sim = runSession({ tables: 4, participants: 9, hosts: 1, split: true });
    for (let i = 0; i < 10; i++) {
      const sizes = groupSizes(sim.state);
      const expected = sizes.indexOf(Math.min(...sizes));
      const [e] = sim.join(`late${i}`);
      expect(e).toMatchObject({ type: 'participant.joined', group: expected });
      expect(spread(groupSizes(sim.state))).toBeLessThanOrEqual(1);
    }
    expect(groupSizes(sim.state).reduce((a, b) => a + b, 0)).toBe(18);
  });

  it.each([
    { label: 'uneven groups [3,1,1,3]', groups: [0, 0, 0, 1, 2, 3, 3, 3], expected: [1, 2, 1, 2, 0, 1, 2, 3, 0, 1] },
    { label: 'one empty group [2,2,0,2]', groups: [0, 0, 1, 1, 3, 3], expected: [2, 2, 0, 1, 2, 3, 0, 1, 2, 3] },
  ])('10 late joiners fill $label in the expected order', ({ groups, expected }) => {
    const sim = new SessionSim(4);
    groups.forEach((_, i) => sim.join(pid(i)));
    sim.fac({ type: 'groups.split' });
    groups.forEach((g, i) => sim.fac({ type: 'participant.move', participantId: pid(i), group: g }));
    const got = range(10).map((i) => {
      sim.join(`late${i}`);
      return sim.state.participants.at(-1)!.group;
    });
    expect(got).toEqual(expected);
  });

  it('a host’s old group membership does not count towards group sizes', () => {
    const sim = runSession({ tables: 2, participants: 4, split: true });
    const [a] = sim.membersOf(0);
    sim.fac({ type: 'table.setHost', tableId: 't1', participantId: a! });
    expect(groupSizes(sim.state)).toEqual([1, 2]);
    expect(smallestGroup(sim.state)).toBe(0);
  });

  it('before any split a joiner stays ungrouped; joining mid-round places them at once', () => {
    const lobby = runSession({ tables: 4, participants: 3 });
    expect(decideJoin(lobby.state, { type: 'participant.join', participantId: 'n', name: null, lang: 'en' }, 5)).toEqual([
      { type: 'participant.joined', participantId: 'n', name: null, lang: 'en', group: null, joinedAt: 5 },
    ]);
    const sim = runSession({ tables: 4, participants: 3, phase: 'round' });
    sim.join('late');
    expect(sim.state.participants.at(-1)!.group).toBe(3);
  });
});

describe('[G4] tables.setCount', () => {
  it.each([
    { from: 6, to: 4, n: 14 },
    { from: 8, to: 2, n: 30 },
    { from: 5, to: 3, n: 7 },
    { from: 4, to: 2, n: 9 },
    { from: 3, to: 2, n: 2 },
  ])('shrinking $from → $to with $n members regroups displaced members into the smallest groups', ({ from, to, n }) => {
    const sim = runSession({ tables: from, participants: n, split: true });
    const before = new Map(sim.state.participants.map((p) => [p.id, p.group]));
    const [e] = sim.fac({ type: 'tables.setCount', count: to });
    expect(e?.type).toBe('tables.countSet');
    expect(sim.state.tables.map((t) => t.id)).toEqual(range(to).map((i) => `t${i + 1}`));
    // simulate the rule independently: kept members stay, displaced go one by one to the smallest
    const sizes = new Array<number>(to).fill(0);
    for (const g of before.values()) if (g !== null && g < to) sizes[g]!++;
    for (const p of sim.state.participants) {
      const old = before.get(p.id)!;
      if (old < to) {
        expect(p.group).toBe(old);
      } else {
        const best = sizes.indexOf(Math.min(...sizes));
        expect(p.group).toBe(best);
        sizes[best]!++;
      }
    }
    expect(groupSizes(sim.state)).toEqual(sizes);
    expect(spread(sizes)).toBeLessThanOrEqual(1);
  });

  it('6 → 4 with 14 members gives sizes [4,4,3,3]', () => {
    const sim = runSession({ tables: 6, participants: 14, split: true });
    expect(groupSizes(sim.state)).toEqual([3, 3, 2, 2, 2, 2]);
    sim.fac({ type: 'tables.setCount', count: 4 });
    expect(groupSizes(sim.state)).toEqual([4, 4, 3, 3]);
  });

  it('when not grouped nobody gets a group; growing adds template tables', () => {
    const sim = runSession({ tables: 4, participants: 5 });
    sim.fac({ type: 'tables.setCount', count: 6 });
    expect(sim.state.participants.every((p) => p.group === null)).toBe(true);
    expect(sim.state.tables.map((t) => [t.id, t.zone, t.title.en])).toEqual([
      ['t1', 1, 'No concern'],
      ['t2', 2, 'Small concern'],
      ['t3', 3, 'Considerable concern'],
      ['t4', 4, 'Great concern'],
      ['t5', null, 'Table 5'],
      ['t6', null, 'Table 6'],
    ]);
  });

  it('shrinking keeps the remaining tables as they were', () => {
    const sim = runSession({ tables: 4, participants: 5, hosts: 2 });
    sim.fac({ type: 'table.update', tableId: 't2', meetingUrl: 'https://meet.example/t2' });
    const kept = sim.state.tables.slice(0, 3);
    sim.fac({ type: 'tables.setCount', count: 3 });
    expect(sim.state.tables).toEqual(kept);
  });

  it.each([
    { count: 1, phase: 'lobby' as const, code: 'invalid_value' },
    { count: 9, phase: 'lobby' as const, code: 'invalid_value' },
    { count: 3, phase: 'opening' as const, code: 'ok' },
    { count: 3, phase: 'round' as const, code: 'wrong_phase' },
    { count: 3, phase: 'debrief' as const, code: 'wrong_phase' },
  ])('count $count in $phase → $code', ({ count, phase, code }) => {
    const sim = runSession({ tables: 4, participants: 5, phase });
    expect(sim.outcome(FAC, { type: 'tables.setCount', count })).toBe(code);
  });
});

describe('[G4][G5] nobody is left without a place', () => {
  it.each([
    { from: 6, to: 4, n: 14, hosts: 6 },
    { from: 8, to: 2, n: 20, hosts: 8 },
    { from: 4, to: 2, n: 8, hosts: 2 },
  ])('shrinking $from → $to: hosts of removed tables join groups, sizes stay balanced', ({ from, to, n, hosts }) => {
    const sim = runSession({ tables: from, participants: n, hosts, split: true });
    sim.fac({ type: 'tables.setCount', count: to });
    const keptHosts = new Set(sim.state.tables.map((t) => t.hostId).filter(Boolean));
    for (const p of sim.state.participants) {
      if (!keptHosts.has(p.id)) expect(p.group, p.id).not.toBeNull();
    }
    expect(spread(groupSizes(sim.state))).toBeLessThanOrEqual(1);
  });

  it.each([
    { from: 2, to: 4, n: 8 },
    { from: 2, to: 8, n: 9 },
    { from: 3, to: 5, n: 10 },
  ])('growing $from → $to with $n members rebalances into the new groups', ({ from, to, n }) => {
    const sim = runSession({ tables: from, participants: n, split: true });
    sim.fac({ type: 'tables.setCount', count: to });
    expect(spread(groupSizes(sim.state))).toBeLessThanOrEqual(1);
  });

  it('a released host joins the smallest group', () => {
    const sim = runSession({ tables: 4, participants: 9, hosts: 1, split: true });
    expect(sim.state.participants.find((p) => p.id === pid(0))!.group).toBeNull();
    const smallest = smallestGroup(sim.state);
    sim.fac({ type: 'table.setHost', tableId: 't1', participantId: null });
    expect(sim.state.participants.find((p) => p.id === pid(0))!.group).toBe(smallest);
  });

  it('a host replaced by another person joins the smallest group', () => {
    const sim = runSession({ tables: 4, participants: 9, hosts: 1, split: true });
    sim.fac({ type: 'table.setHost', tableId: 't1', participantId: pid(5) });
    expect(sim.state.participants.find((p) => p.id === pid(0))!.group).not.toBeNull();
    expect(sim.state.tables[0]!.hostId).toBe(pid(5));
  });
});
