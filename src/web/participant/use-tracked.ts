import { useEffect, useRef, useState } from 'preact/hooks';
import type { Command } from '../../domain/commands.ts';
import type { PendingCommand } from '../shared/connection.ts';
import type { LiveSession } from '../shared/use-session.ts';

/**
 * One command at a time from a form (save a practice, edit an item, send feedback): its honest
 * state (sending / saved / failed with a code) and a callback once the server has saved it.
 */
export function useTracked(live: LiveSession, onSaved?: (cmd: Command) => void) {
  const [id, setId] = useState<string | null>(null);
  const cb = useRef(onSaved);
  cb.current = onSaved;
  const done = useRef<string | null>(null);
  const current: PendingCommand | null = id ? (live.commands.get(id) ?? null) : null;

  useEffect(() => {
    if (current?.status === 'saved' && done.current !== current.id) {
      done.current = current.id;
      cb.current?.(current.cmd);
    }
  }, [current?.status, current?.id]);

  return {
    current,
    busy: current?.status === 'sending',
    send(cmd: Command) {
      if (id) live.discard(id);
      setId(live.send(cmd).id);
    },
    reset() {
      if (id) live.discard(id);
      setId(null);
    },
  };
}
