import { useEffect, useState } from 'preact/hooks';

/**
 * One polite live region for the whole app. Messages replace each other (no queue), so a
 * burst of changes is read once, not flooded. The same text twice is read twice.
 */
let current = '';
const listeners = new Set<(s: string) => void>();
let timer: ReturnType<typeof setTimeout> | null = null;

export function announce(message: string): void {
  if (timer) clearTimeout(timer);
  // clear first, then set: screen readers read a change, not a repeated identical text
  current = '';
  listeners.forEach((f) => f(''));
  timer = setTimeout(() => {
    current = message;
    listeners.forEach((f) => f(message));
  }, 120);
}

export function useAnnouncement(): string {
  const [msg, setMsg] = useState(current);
  useEffect(() => {
    listeners.add(setMsg);
    return () => void listeners.delete(setMsg);
  }, []);
  return msg;
}
