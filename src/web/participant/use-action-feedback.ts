import { useEffect, useRef } from 'preact/hooks';
import type { Command } from '../../domain/commands.ts';
import type { LiveSession } from '../shared/use-session.ts';
import { errorText, t } from './texts.ts';
import type { Announce } from './use-announcer.tsx';

interface Tracked {
  ok: string;
  onSaved?: () => void;
}

/**
 * Sends a command and, once the server has saved it (ack after commit), announces what happened
 * ("Note moved to theme X"); a refusal is announced with its translated reason.
 */
export function useActionFeedback(live: LiveSession, announce: Announce) {
  const pending = useRef(new Map<string, Tracked>());
  useEffect(() => {
    for (const [id, tr] of pending.current) {
      const c = live.commands.get(id);
      if (!c || c.status === 'sending') continue;
      pending.current.delete(id);
      if (c.status === 'saved') {
        if (tr.ok) announce(tr.ok);
        tr.onSaved?.();
      } else {
        announce(t('theming.failed', { error: errorText(c.error?.code ?? 'internal') }));
        live.discard(id);
      }
    }
  }, [live.commands]);

  return (cmd: Command, ok: string, onSaved?: () => void): void => {
    const p = live.send(cmd);
    pending.current.set(p.id, onSaved ? { ok, onSaved } : { ok });
  };
}
