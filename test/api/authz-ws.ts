import type { Command } from '../../src/domain/commands.ts';
import type { Phase } from '../../src/domain/types.ts';
import { cid } from '../support/test-server.ts';
import { GROUP, type Live } from './authz-ws-live.ts';

/*
 * The WebSocket authorisation matrix: every command type × who sends it. Each row runs on its
 * own live session, brought to a state where the command makes sense, so an allowed cell is a
 * real ack and a refused one is refused for who sent it, not for the state.
 */

export interface WsRow {
  type: Command['type'];
  kind: 'cafe' | 'os';
  phase: Phase;
  participant: 'ack' | 'forbidden';
  owner: 'ack' | 'forbidden';
  /** once, before the cells */
  prep?(l: Live): Promise<void>;
  /** the command for one cell (may prepare what that cell uses up) */
  cmd(l: Live): Command | Promise<Command>;
}

/** facilitator only */
const facOnly = { participant: 'forbidden', owner: 'ack' } as const;
/** participant only (the facilitator does not write notes, choose groups or answer feedback) */
const partOnly = { participant: 'ack', owner: 'forbidden' } as const;
/** both */
const both = { participant: 'ack', owner: 'ack' } as const;

const theme = async (l: Live): Promise<string> => {
  const themeId = cid('th');
  await l.fac({ type: 'theme.create', themeId, tableId: await l.table(), name: 'Teema' });
  return themeId;
};
const item = async (l: Live): Promise<string> => {
  const itemId = cid('it');
  await l.part({ type: 'flip.add', itemId, groupId: GROUP, kind: 'key', text: 'Avainasia' });
  return itemId;
};

export const WS_ROWS: WsRow[] = [
  // ---- session 1 (Learning Café): setup and flow
  { type: 'session.configure', kind: 'cafe', phase: 'lobby', ...facOnly, cmd: () => ({ type: 'session.configure', roundMinutes: 15 }) },
  {
    type: 'table.update',
    kind: 'cafe',
    phase: 'lobby',
    ...facOnly,
    cmd: async (l) => ({ type: 'table.update', tableId: (await l.state()).tables[0]!.id, meetingUrl: 'https://meet.example.fi/a' }),
  },
  { type: 'tables.setCount', kind: 'cafe', phase: 'lobby', ...facOnly, cmd: () => ({ type: 'tables.setCount', count: 3 }) },
  { type: 'groups.split', kind: 'cafe', phase: 'lobby', ...facOnly, cmd: () => ({ type: 'groups.split' }) },
  {
    type: 'participant.move',
    kind: 'cafe',
    phase: 'lobby',
    ...facOnly,
    cmd: (l) => ({ type: 'participant.move', participantId: l.pid, group: 1 }),
  },
  {
    type: 'table.setHost',
    kind: 'cafe',
    phase: 'lobby',
    ...facOnly,
    cmd: async (l) => ({ type: 'table.setHost', tableId: (await l.state()).tables[0]!.id, participantId: l.pid }),
  },
  { type: 'phase.next', kind: 'cafe', phase: 'lobby', ...facOnly, cmd: () => ({ type: 'phase.next' }) },
  { type: 'clock.pause', kind: 'cafe', phase: 'round', ...facOnly, cmd: () => ({ type: 'clock.pause' }) },
  {
    type: 'clock.resume',
    kind: 'cafe',
    phase: 'round',
    ...facOnly,
    prep: (l) => l.fac({ type: 'clock.pause' }),
    cmd: () => ({ type: 'clock.resume' }),
  },
  { type: 'clock.extend', kind: 'cafe', phase: 'round', ...facOnly, cmd: () => ({ type: 'clock.extend', minutes: 5 }) },
  { type: 'clock.end', kind: 'cafe', phase: 'round', ...facOnly, cmd: () => ({ type: 'clock.end' }) },
  { type: 'session.close', kind: 'cafe', phase: 'lobby', ...facOnly, cmd: () => ({ type: 'session.close' }) },

  // ---- notes and themes [SPEC A2–A4]
  { type: 'note.add', kind: 'cafe', phase: 'round', ...partOnly, cmd: () => ({ type: 'note.add', noteId: cid('n'), text: 'Hyvä ajatus' }) },
  {
    type: 'note.setImportant',
    kind: 'cafe',
    phase: 'round',
    // the table's host or the facilitator; our participant is not a host
    ...facOnly,
    prep: async (l) => {
      l.ref.note = cid('n');
      await l.part({ type: 'note.add', noteId: l.ref.note, text: 'Tärkeä ajatus' });
    },
    cmd: (l) => ({ type: 'note.setImportant', noteId: l.ref.note!, important: true }),
  },
  {
    type: 'theme.create',
    kind: 'cafe',
    phase: 'theming',
    ...both,
    cmd: async (l) => ({ type: 'theme.create', themeId: cid('th'), tableId: await l.table(), name: 'Uusi teema' }),
  },
  {
    type: 'theme.rename',
    kind: 'cafe',
    phase: 'theming',
    ...both,
    prep: async (l) => void (l.ref.theme = await theme(l)),
    cmd: (l) => ({ type: 'theme.rename', themeId: l.ref.theme!, name: 'Nimetty' }),
  },
  {
    type: 'theme.merge',
    kind: 'cafe',
    phase: 'theming',
    ...both,
    cmd: async (l) => ({ type: 'theme.merge', sourceId: await theme(l), targetId: await theme(l) }),
  },
  {
    type: 'note.setTheme',
    kind: 'cafe',
    phase: 'theming',
    ...both,
    prep: async (l) => {
      l.ref.note = cid('n');
      await l.part({ type: 'note.add', noteId: l.ref.note, text: 'Teemoitettava' });
      l.ref.theme = await theme(l);
    },
    cmd: (l) => ({ type: 'note.setTheme', noteId: l.ref.note!, themeId: l.ref.theme! }),
  },
  {
    type: 'theme.setCarried',
    kind: 'cafe',
    phase: 'theming',
    ...facOnly,
    prep: async (l) => void (l.ref.theme = await theme(l)),
    cmd: (l) => ({ type: 'theme.setCarried', themeId: l.ref.theme!, carried: true }),
  },
  {
    type: 'feedback.give',
    kind: 'cafe',
    phase: 'feedback',
    // the facilitator cannot answer [SPEC F1]
    ...partOnly,
    cmd: () => ({ type: 'feedback.give', scores: [5, null, null, null], open: '' }),
  },

  // ---- session 2 (Open Space): the marketplace [SPEC O1, O2]
  {
    type: 'offer.propose',
    kind: 'os',
    phase: 'marketplace',
    ...both,
    cmd: () => ({ type: 'offer.propose', offerId: cid('of'), name: 'Ehdotettu teema' }),
  },
  {
    type: 'offer.decide',
    kind: 'os',
    phase: 'marketplace',
    ...facOnly,
    prep: async (l) => {
      l.ref.offer = cid('of');
      await l.part({ type: 'offer.propose', offerId: l.ref.offer, name: 'Ehdotus' });
    },
    cmd: (l) => ({ type: 'offer.decide', offerId: l.ref.offer!, accept: true }),
  },
  {
    type: 'offer.rename',
    kind: 'os',
    phase: 'marketplace',
    ...facOnly,
    cmd: () => ({ type: 'offer.rename', offerId: 'joker', name: 'Jokeri' }),
  },
  {
    type: 'offer.merge',
    kind: 'os',
    phase: 'marketplace',
    ...facOnly,
    prep: async (l) => {
      l.ref.offer = cid('of');
      await l.fac({ type: 'offer.propose', offerId: l.ref.offer, name: 'Yhdistettävä' });
    },
    cmd: (l) => ({ type: 'offer.merge', sourceId: l.ref.offer!, targetId: 'o1' }),
  },
  { type: 'os.setCap', kind: 'os', phase: 'marketplace', ...facOnly, cmd: () => ({ type: 'os.setCap', cap: 5 }) },
  { type: 'os.choose', kind: 'os', phase: 'marketplace', ...partOnly, cmd: () => ({ type: 'os.choose', offerId: 'joker' }) },
  { type: 'osgroup.split', kind: 'os', phase: 'marketplace', ...facOnly, cmd: () => ({ type: 'osgroup.split', groupId: GROUP }) },

  // ---- flipcharts, practices and pearls [SPEC O3–O5, O7]
  {
    type: 'flip.add',
    kind: 'os',
    phase: 'groups',
    ...both,
    cmd: () => ({ type: 'flip.add', itemId: cid('it'), groupId: GROUP, kind: 'text', text: 'Fläppiin' }),
  },
  {
    type: 'flip.edit',
    kind: 'os',
    phase: 'groups',
    ...both,
    prep: async (l) => void (l.ref.item = await item(l)),
    cmd: (l) => ({ type: 'flip.edit', itemId: l.ref.item!, text: 'Muokattu' }),
  },
  { type: 'flip.remove', kind: 'os', phase: 'groups', ...both, cmd: async (l) => ({ type: 'flip.remove', itemId: await item(l) }) },
  {
    type: 'flip.removeImage',
    kind: 'os',
    phase: 'groups',
    ...both,
    cmd: async (l) => {
      const imageId = cid('img');
      const image = {
        type: 'flip.addImage' as const,
        imageId,
        groupId: GROUP,
        kind: 'photo' as const,
        alt: '',
        contentType: 'image/png' as const,
      };
      await l.w.s.app.deps.engine.attachImage(
        l.sessionId,
        { role: 'participant', participantId: l.pid },
        { ...image, width: 1, height: 1 },
      );
      return { type: 'flip.removeImage', imageId };
    },
  },
  {
    type: 'practice.save',
    kind: 'os',
    phase: 'groups',
    ...both,
    cmd: () => ({
      type: 'practice.save',
      practiceId: cid('pr'),
      groupId: GROUP,
      title: 'Käytäntö',
      description: '',
      keywords: [],
      context: '',
    }),
  },
  {
    type: 'practice.remove',
    kind: 'os',
    phase: 'groups',
    ...both,
    cmd: async (l) => {
      const practiceId = cid('pr');
      await l.part({ type: 'practice.save', practiceId, groupId: GROUP, title: 'Poistettava', description: '', keywords: [], context: '' });
      return { type: 'practice.remove', practiceId };
    },
  },
  {
    type: 'pearl.add',
    kind: 'os',
    phase: 'groups',
    ...both,
    cmd: () => ({ type: 'pearl.add', pearlId: cid('pe'), groupId: GROUP, text: 'Helmi' }),
  },
  {
    type: 'pearl.remove',
    kind: 'os',
    phase: 'groups',
    ...both,
    cmd: async (l) => {
      const pearlId = cid('pe');
      await l.part({ type: 'pearl.add', pearlId, groupId: GROUP, text: 'Poistuva helmi' });
      return { type: 'pearl.remove', pearlId };
    },
  },
  {
    type: 'pearls.setPoints',
    kind: 'os',
    phase: 'groups',
    ...facOnly,
    cmd: () => ({ type: 'pearls.setPoints', groupId: GROUP, text: 'Pääkohdat' }),
  },
  { type: 'pearls.spotlight', kind: 'os', phase: 'pearls', ...facOnly, cmd: () => ({ type: 'pearls.spotlight', groupId: GROUP }) },
];
