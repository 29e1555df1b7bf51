import { useEffect, useState } from 'preact/hooks';
import type { Command } from '../../domain/commands.ts';
import type { PrivacyFinding } from '../../domain/types.ts';
import type { CmdStatus } from '../shared/connection.ts';
import type { Commands } from './use-commands.ts';

/** Commands whose text the server scans for personal details and that can be confirmed anyway. */
export type CheckedCommand = Extract<Command, { confirmPrivacy?: boolean }>;

export interface CheckedSend {
  status: CmdStatus | undefined;
  /** what the privacy scan found in the last text sent (the form shows it and asks) */
  findings: PrivacyFinding[] | null;
  /** the command whose findings are shown */
  held: CheckedCommand | null;
  send(cmd: CheckedCommand, okText?: string): void;
  /** the writer looked at the findings and saves anyway */
  confirm(): void;
  /** back to editing: forget the findings */
  reset(): void;
}

/**
 * Sends a text the server scans (a flipchart line, a good practice, a pearl, a theme). A
 * privacy finding is not a global error: the form keeps the text, shows what was found and
 * lets the facilitator edit it or save it anyway. `onSaved` runs once when the server saved it.
 */
export function useCheckedSend(cmds: Commands, onSaved: () => void): CheckedSend {
  const [sent, setSent] = useState<{ id: string; cmd: CheckedCommand; ok: string | undefined } | null>(null);
  const status = sent ? cmds.statusOf(sent.id) : undefined;
  const err = sent && status === 'failed' ? cmds.errorOf(sent.id) : undefined;
  const findings =
    err?.code === 'privacy_check' && Array.isArray(err.details?.findings) ? (err.details.findings as PrivacyFinding[]) : null;

  useEffect(() => {
    if (status === 'saved' && sent) {
      setSent(null);
      onSaved();
    }
  }, [status, sent?.id]);

  const send = (cmd: CheckedCommand, ok?: string) => {
    const id = cmds.run(cmd, ok, { quiet: ['privacy_check'] });
    setSent({ id, cmd, ok });
  };
  return {
    status,
    findings,
    held: findings ? sent!.cmd : null,
    send,
    confirm: () => sent && send({ ...sent.cmd, confirmPrivacy: true }, sent.ok),
    reset: () => setSent(null),
  };
}
