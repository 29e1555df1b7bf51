import { describe, expect, it } from 'vitest';
import type { Command } from '../../domain/commands.ts';
import type { PendingCommand } from './connection.ts';
import { keepAcrossReload } from './outbox-persist.ts';

const pending = (cmd: Command, status: PendingCommand['status'] = 'sending'): PendingCommand => ({ id: 'c1', cmd, status });

describe('which unacked commands survive a reload [W4]', () => {
  it.each<Command>([
    { type: 'note.add', noteId: 'n1', text: 'Kuunnellaan' },
    { type: 'offer.propose', offerId: 'o1', name: 'Yhteistyö kodin kanssa' },
    { type: 'flip.add', itemId: 'i1', groupId: 'g1', kind: 'keyword', text: 'Aamupiiri' },
    { type: 'flip.edit', itemId: 'i1', text: 'Aamupiiri joka päivä' },
    { type: 'pearl.add', pearlId: 'p1', groupId: 'g1', text: 'Helmi' },
    { type: 'feedback.give', scores: [5, 4, null, 3], open: 'Kiitos' },
    { type: 'theme.create', themeId: 't1', tableId: 'tb1', name: 'Luottamus' },
  ])('what a person wrote is kept while unsaved: %j', (cmd) => {
    expect(keepAcrossReload(pending(cmd))).toBe(true);
    expect(keepAcrossReload(pending(cmd, 'saved'))).toBe(false);
    expect(keepAcrossReload(pending(cmd, 'failed'))).toBe(false);
  });

  it.each<Command>([
    { type: 'os.choose', offerId: 'o1' },
    { type: 'note.setImportant', noteId: 'n1', important: true },
    { type: 'flip.remove', itemId: 'i1' },
    { type: 'phase.next' },
  ])('choices and clicks are not kept: %j', (cmd) => {
    expect(keepAcrossReload(pending(cmd))).toBe(false);
  });
});
