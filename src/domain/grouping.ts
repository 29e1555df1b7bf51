import type { SessionState } from './types.ts';

/** Small deterministic PRNG (mulberry32); the seed comes from the service, so apply stays pure. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function hostIds(state: Pick<SessionState, 'tables'>): Set<string> {
  return new Set(state.tables.flatMap((t) => (t.hostId ? [t.hostId] : [])));
}

/**
 * Balanced split: shuffle (seeded) then deal round-robin, so group sizes differ by at most one.
 * Hosts stay at their tables and are not dealt into groups. [SPEC G1]
 */
export function splitBalanced(ids: readonly string[], groupCount: number, seed: number): Record<string, number> {
  const order = [...ids];
  const rnd = seededRandom(seed);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const out: Record<string, number> = {};
  order.forEach((id, i) => {
    out[id] = i % groupCount;
  });
  return out;
}

export function groupSizes(state: Pick<SessionState, 'participants' | 'tables'>): number[] {
  const sizes = new Array<number>(state.tables.length).fill(0);
  const hosts = hostIds(state);
  for (const p of state.participants) {
    if (p.group !== null && !hosts.has(p.id) && p.group < sizes.length) sizes[p.group]!++;
  }
  return sizes;
}

/** A late joiner goes into the smallest group (lowest number on a tie). [SPEC G2] */
export function smallestGroup(state: Pick<SessionState, 'participants' | 'tables'>): number {
  const sizes = groupSizes(state);
  let best = 0;
  for (let g = 1; g < sizes.length; g++) if (sizes[g]! < sizes[best]!) best = g;
  return best;
}

/**
 * When the number of tables changes (before the rounds): members keep their group if it still
 * exists; members of removed groups, and hosts of removed tables, move one by one into the
 * then-smallest group; finally, if tables were added, the newest members of the largest groups
 * move to the smallest until sizes differ by at most one. [SPEC G4]
 */
export function regroupForCount(state: Pick<SessionState, 'participants' | 'tables'>, count: number): Record<string, number | null> {
  const hosts = hostIds({ tables: state.tables.slice(0, count) });
  const removedHosts = hostIds({ tables: state.tables.slice(count) });
  const members: string[][] = Array.from({ length: count }, () => []);
  const out: Record<string, number | null> = {};
  const displaced: string[] = [];
  for (const p of state.participants) {
    if (hosts.has(p.id)) out[p.id] = p.group !== null && p.group < count ? p.group : null;
    else if (p.group !== null && p.group < count) {
      out[p.id] = p.group;
      members[p.group]!.push(p.id);
    } else if (p.group !== null || removedHosts.has(p.id)) displaced.push(p.id);
    else out[p.id] = null;
  }
  const smallest = () => members.reduce((best, m, g) => (m.length < members[best]!.length ? g : best), 0);
  const largest = () => members.reduce((best, m, g) => (m.length > members[best]!.length ? g : best), 0);
  for (const id of displaced) {
    const g = smallest();
    out[id] = g;
    members[g]!.push(id);
  }
  for (let guard = 0; guard < state.participants.length; guard++) {
    const from = largest();
    const to = smallest();
    if (members[from]!.length - members[to]!.length <= 1) break;
    const id = members[from]!.pop()!;
    out[id] = to;
    members[to]!.push(id);
  }
  return out;
}
