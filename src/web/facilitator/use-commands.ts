import { useEffect, useRef, useState } from 'preact/hooks';
import type { Command, CommandType } from '../../domain/commands.ts';
import type { CmdStatus } from '../shared/connection.ts';
import type { LiveSession } from '../shared/use-session.ts';
import { announce } from './announce.ts';
import { errorText, t, type Key } from './t.ts';

/** What each command is called in a failure message ("Saving the table failed: …"). */
const ACTION: Record<CommandType, Key> = {
  'session.configure': 'f.cmd.session.configure',
  'table.update': 'f.cmd.table.update',
  'tables.setCount': 'f.cmd.tables.setCount',
  'groups.split': 'f.cmd.groups.split',
  'participant.move': 'f.cmd.participant.move',
  'table.setHost': 'f.cmd.table.setHost',
  'phase.next': 'f.cmd.phase.next',
  'clock.pause': 'f.cmd.clock.pause',
  'clock.resume': 'f.cmd.clock.resume',
  'clock.extend': 'f.cmd.clock.extend',
  'clock.end': 'f.cmd.clock.end',
  'session.close': 'f.cmd.session.close',
  'note.add': 'f.cmd.note.add',
  'note.setImportant': 'f.cmd.note.setImportant',
  'theme.create': 'f.cmd.theme.create',
  'theme.rename': 'f.cmd.theme.rename',
  'theme.merge': 'f.cmd.theme.merge',
  'note.setTheme': 'f.cmd.note.setTheme',
  'theme.setCarried': 'f.cmd.theme.setCarried',
  'offer.propose': 'f.cmd.offer.propose',
  'offer.decide': 'f.cmd.offer.decide',
  'offer.rename': 'f.cmd.offer.rename',
  'offer.merge': 'f.cmd.offer.merge',
  'os.setCap': 'f.cmd.os.setCap',
  'os.choose': 'f.cmd.os.choose',
  'osgroup.split': 'f.cmd.osgroup.split',
  'flip.add': 'f.cmd.flip.add',
  'flip.edit': 'f.cmd.flip.edit',
  'flip.remove': 'f.cmd.flip.remove',
  'flip.removeImage': 'f.cmd.flip.removeImage',
  'practice.save': 'f.cmd.practice.save',
  'practice.remove': 'f.cmd.practice.remove',
  'pearl.add': 'f.cmd.pearl.add',
  'pearl.remove': 'f.cmd.pearl.remove',
  'pearls.setPoints': 'f.cmd.pearls.setPoints',
  'pearls.spotlight': 'f.cmd.pearls.spotlight',
  'feedback.give': 'f.cmd.feedback.give',
};

export interface Feedback {
  text: string;
  n: number;
}

export interface CmdError {
  code: string;
  details?: Record<string, unknown>;
}

export interface RunOptions {
  /** error codes the caller shows itself (e.g. privacy_check next to the form): no global message */
  quiet?: string[];
}

export type Run = (cmd: Command, okText?: string, opts?: RunOptions) => string;

export interface Commands {
  /** send a command; okText is announced politely once the server has saved it */
  run: Run;
  statusOf(id: string | null): CmdStatus | undefined;
  /** why a command failed (kept after the failure was shown) */
  errorOf(id: string | null): CmdError | undefined;
  failure: Feedback | null;
  dismiss(): void;
  waiting: number;
}

let counter = 0;

interface Meta {
  okText: string | undefined;
  status: CmdStatus;
  quiet: string[];
  error?: CmdError;
}

/**
 * The facilitator's commands with their outcome: failures become one visible, translated
 * message (aria-live); successes are announced once, politely, when the caller asked for it.
 */
export function useCommands(live: LiveSession): Commands {
  const mine = useRef(new Map<string, Meta>());
  const [failure, setFailure] = useState<Feedback | null>(null);

  useEffect(() => {
    for (const [id, meta] of mine.current) {
      if (meta.status !== 'sending') continue;
      const p = live.commands.get(id);
      if (!p || p.status === 'sending') continue;
      meta.status = p.status;
      if (p.status === 'failed') {
        const code = p.error?.code ?? 'internal';
        meta.error = { code, ...(p.error?.details ? { details: p.error.details } : {}) };
        if (!meta.quiet.includes(code)) {
          const reason = errorText(code, p.error?.details);
          setFailure({ text: t('f.cmd.failed', { action: t(ACTION[p.cmd.type]), reason }), n: ++counter });
        }
        live.discard(id);
      } else if (meta.okText) {
        announce(meta.okText);
      }
    }
  }, [live.commands]);

  let waiting = 0;
  for (const p of live.commands.values()) if (p.status === 'sending') waiting++;

  return {
    run(cmd, okText, opts) {
      const p = live.send(cmd);
      mine.current.set(p.id, { okText, status: 'sending', quiet: opts?.quiet ?? [] });
      return p.id;
    },
    statusOf(id) {
      if (!id) return undefined;
      return live.commands.get(id)?.status ?? mine.current.get(id)?.status;
    },
    errorOf(id) {
      return id ? mine.current.get(id)?.error : undefined;
    },
    failure,
    dismiss: () => setFailure(null),
    waiting,
  };
}
