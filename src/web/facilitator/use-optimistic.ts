import { useEffect, useState } from 'preact/hooks';
import type { CmdStatus } from '../shared/connection.ts';

/**
 * Show the value the facilitator just chose while its command is on the way; fall back to the
 * server's value once that arrives, or if the command failed.
 */
export function useOptimistic<T>(server: T, statusOf: (id: string | null) => CmdStatus | undefined): [T, (value: T, id: string) => void] {
  const [pending, setPending] = useState<{ value: T; id: string } | null>(null);
  useEffect(() => {
    if (pending && server === pending.value) setPending(null);
  }, [server]);
  if (pending) {
    const st = statusOf(pending.id);
    if (st === 'sending' || (st === 'saved' && server !== pending.value)) return [pending.value, (value, id) => setPending({ value, id })];
  }
  return [server, (value, id) => setPending({ value, id })];
}
