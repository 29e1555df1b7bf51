import { useEffect, useState } from 'preact/hooks';
import { remainingMs } from '../../domain/clock.ts';
import type { Clock } from '../../domain/types.ts';

/** True once the clock has ended (early or on time); re-renders exactly when the time runs out. */
export function useClockEnded(clock: Clock | null, serverNow: () => number): boolean {
  const [, setN] = useState(0);
  const now = serverNow();
  const ended = clock !== null && (clock.ended || remainingMs(clock, now) <= 0);
  useEffect(() => {
    if (!clock || ended || clock.endsAt === null) return;
    const h = setTimeout(() => setN((n) => n + 1), Math.max(0, clock.endsAt - now) + 100);
    return () => clearTimeout(h);
  }, [clock, ended]);
  return ended;
}
