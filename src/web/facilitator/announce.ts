import { useEffect, useState } from 'preact/hooks';
import { createCoalescer } from '../shared/announce-coalesce.ts';
import { t } from './t.ts';

/**
 * One polite live region for the whole app. Messages replace each other (no queue). What the
 * facilitator did and urgent news (phase changes, the clock's warning and end) is said at once
 * (`announce`); bursts of what others do (late joiners) are counted and said at most once every
 * 2.5 s (`announceBurst`), so a busy moment is not a flood. The same text twice is read twice.
 */
let current = '';
const listeners = new Set<(s: string) => void>();
let timer: ReturnType<typeof setTimeout> | null = null;

let pending = '';

function say(message: string): void {
  // two messages in the same moment (the result of "+1 min" and the clock's two-minute warning)
  // are read together: the later one must not silently replace the earlier one
  if (timer) {
    clearTimeout(timer);
    if (!pending.includes(message)) pending = `${pending} ${message}`;
  } else pending = message;
  // clear first, then set: screen readers read a change, not a repeated identical text
  current = '';
  listeners.forEach((f) => f(''));
  timer = setTimeout(() => {
    timer = null;
    current = pending;
    listeners.forEach((f) => f(pending));
  }, 120);
}

export type BurstKind = 'late';

const bursts = createCoalescer<BurstKind>({
  say,
  text: (_kind, n) => t('f.late', { n }),
});

/** Said now: the result of the facilitator's own action, a phase change, the clock. */
export function announce(message: string): void {
  bursts.urgent(message);
}

/** `n` events of a bursty kind; `single` is said when it stays the only one in its summary. */
export function announceBurst(kind: BurstKind, n: number, single?: string): void {
  bursts.add(kind, n, single);
}

export function useAnnouncement(): string {
  const [msg, setMsg] = useState(current);
  useEffect(() => {
    listeners.add(setMsg);
    return () => void listeners.delete(setMsg);
  }, []);
  return msg;
}
