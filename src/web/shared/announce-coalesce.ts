/**
 * Live-region announcements without flooding. Bursty events (new notes at my table, other
 * people's theme moves, late joiners) are counted per kind and said together, at most once per
 * `windowMs`: the first event of a quiet spell is said after `settleMs` (events of the same
 * moment are counted together), later ones wait until the window is over and are summarised
 * ("3 new notes"). Urgent messages (phase changes, timer warnings, time up) are said at once,
 * and a pending summary is held back `gapMs` so that it does not replace the urgent message
 * before a screen reader has read it. Pure: only timers and a `say` callback.
 */
export interface Coalescer<K extends string> {
  /**
   * `n` bursty events of a kind (n ≤ 0 is ignored). `single` is what to say when this turns out
   * to be the only event of its kind in the summary (e.g. with a name in it).
   */
  add(kind: K, n?: number, single?: string): void;
  /** an urgent message: said now */
  urgent(message: string): void;
  /** drops what is counted and not said yet (e.g. the place changed, the counts are stale) */
  reset(): void;
  dispose(): void;
}

export interface CoalescerOptions<K extends string> {
  say(message: string): void;
  /** the summary of `count` events of `kind` ("3 new notes at your table") */
  text(kind: K, count: number): string;
  /** at most one summary per window (default 2500 ms) */
  windowMs?: number;
  /** delay before the first summary of a quiet spell (default 300 ms) */
  settleMs?: number;
  /** a summary comes no sooner than this after an urgent message (default 1500 ms) */
  gapMs?: number;
  now?(): number;
}

export function createCoalescer<K extends string>(o: CoalescerOptions<K>): Coalescer<K> {
  const windowMs = o.windowMs ?? 2500;
  const settleMs = o.settleMs ?? 300;
  const gapMs = o.gapMs ?? 1500;
  const now = o.now ?? (() => Date.now());
  /** counts in insertion order, so the summary lists kinds in the order they first came */
  const counts = new Map<K, number>();
  const singles = new Map<K, string>();
  let lastSummary = -Infinity;
  let lastUrgent = -Infinity;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let due = 0;

  const schedule = (at: number) => {
    if (timer) clearTimeout(timer);
    due = at;
    timer = setTimeout(flush, Math.max(0, at - now()));
  };

  const earliest = () => Math.max(now() + settleMs, lastSummary + windowMs, lastUrgent + gapMs);

  function flush() {
    timer = null;
    if (counts.size === 0) return;
    // an urgent message came meanwhile: wait for its gap
    if (now() < lastUrgent + gapMs) return schedule(lastUrgent + gapMs);
    const message = [...counts].map(([k, n]) => (n === 1 && singles.has(k) ? singles.get(k)! : o.text(k, n))).join(' ');
    counts.clear();
    singles.clear();
    lastSummary = now();
    o.say(message);
  }

  return {
    add(kind, n = 1, single) {
      if (!(n > 0)) return;
      counts.set(kind, (counts.get(kind) ?? 0) + n);
      if (single !== undefined) singles.set(kind, single);
      if (!timer) schedule(earliest());
    },
    urgent(message) {
      lastUrgent = now();
      o.say(message);
      if (timer && due < lastUrgent + gapMs) schedule(lastUrgent + gapMs);
    },
    reset() {
      counts.clear();
      singles.clear();
      if (timer) clearTimeout(timer);
      timer = null;
    },
    dispose() {
      this.reset();
    },
  };
}
