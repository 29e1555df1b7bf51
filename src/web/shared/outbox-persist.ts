import type { Command } from '../../domain/commands.ts';
import type { PendingCommand } from './connection.ts';

/**
 * Commands that carry what a participant wrote. Unacked ones are kept in sessionStorage so a
 * reload or a crashed tab does not lose them; the server applies each command id once, so
 * resending after the reload is safe. Choices and clicks are not kept: after a reload the person
 * sees the current state and can choose again. [SPEC W4]
 */
const WRITTEN: ReadonlySet<Command['type']> = new Set<Command['type']>([
  'note.add',
  'theme.create',
  'theme.rename',
  'offer.propose',
  'flip.add',
  'flip.edit',
  'practice.save',
  'pearl.add',
  'pearls.setPoints',
  'feedback.give',
]);

export function keepAcrossReload(p: PendingCommand): boolean {
  return p.status === 'sending' && WRITTEN.has(p.cmd.type);
}
