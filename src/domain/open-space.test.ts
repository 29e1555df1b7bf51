import { describe, expect, it } from 'vitest';
import { applyAll, emptyState } from './apply.ts';
import type { Command } from './commands.ts';
import { decideAttachImage } from './decide.ts';
import type { EventEnvelope } from './events.ts';
import { memberCount, membersOf } from './open-space.ts';
import { redactEvent, redactState } from './redact.ts';
import { FAC, openSpaceCreated, participant, pid, runOpenSpace, T0, type SessionSim } from './test-helpers.ts';
import type { Phase, SessionState } from './types.ts';

const OS_PHASES: Phase[] = ['lobby', 'opening', 'marketplace', 'groups', 'pearls', 'followup', 'feedback'];

function groupOf(state: SessionState, who: string): string | undefined {
  return state.os!.members[who];
}

describe('[O1] an Open Space session: phases and themes on offer', () => {
  it('runs lobby → opening → marketplace → groups → pearls → followup → feedback, then last_phase', () => {
    const sim = runOpenSpace({ offers: 3, participants: 2 });
    const seen: Phase[] = [sim.state.phase];
    while (sim.outcome(FAC, { type: 'phase.next' }) === 'ok') {
      sim.fac({ type: 'phase.next' });
      seen.push(sim.state.phase);
    }
    expect(seen).toEqual(OS_PHASES);
    expect(sim.outcome(FAC, { type: 'phase.next' })).toBe('last_phase');
    sim.fac({ type: 'session.close' });
    expect(sim.outcome(FAC, { type: 'phase.next' })).toBe('session_closed');
  });

  it('offers the carried themes plus one joker theme, each with its first group', () => {
    const s = runOpenSpace({ offers: 3, participants: 0 }).state;
    expect(s.kind).toBe('open_space');
    expect(s.os!.offers.map((o) => [o.id, o.origin, o.status])).toEqual([
      ['o1', 'carried', 'open'],
      ['o2', 'carried', 'open'],
      ['o3', 'carried', 'open'],
      ['joker', 'joker', 'open'],
    ]);
    expect(s.os!.offers[0]!.sourceThemeId).toBe('t1');
    expect(s.os!.groups.map((g) => g.id)).toEqual(['o1_1', 'o2_1', 'o3_1', 'joker_1']);
  });

  it.each<[Command['type'], Command]>([
    ['note.add', { type: 'note.add', noteId: 'note-0001', text: 'x' }],
    ['groups.split', { type: 'groups.split' }],
    ['theme.create', { type: 'theme.create', themeId: 'theme-001', tableId: 't1', name: 'x' }],
  ])('[O0] café command %s in an Open Space → wrong_kind', (_t, cmd) => {
    const sim = runOpenSpace({ offers: 1, participants: 1, phase: 'groups' });
    expect(sim.outcome(cmd.type === 'note.add' ? participant('p1') : FAC, cmd)).toBe('wrong_kind');
  });
});

describe('[O1] the marketplace: proposals, accept, decline, merge, rename', () => {
  it.each<[Phase, string, string]>([
    ['lobby', 'ok', 'ok'],
    ['opening', 'ok', 'ok'],
    ['marketplace', 'ok', 'ok'],
    ['groups', 'wrong_phase', 'ok'],
    ['pearls', 'wrong_phase', 'wrong_phase'],
  ])('in %s a participant proposing → %s, the facilitator adding → %s', (phase, byParticipant, byFacilitator) => {
    const sim = runOpenSpace({ offers: 2, participants: 1, phase });
    const cmd: Command = { type: 'offer.propose', offerId: 'offer-new', name: '  Vanhempien   ilta ' };
    expect(sim.outcome(participant('p1'), cmd)).toBe(byParticipant);
    expect(sim.outcome(FAC, cmd)).toBe(byFacilitator);
  });

  it('a participant proposal waits for the facilitator; accepting opens it with a group', () => {
    const sim = runOpenSpace({ offers: 2, participants: 2, phase: 'marketplace' });
    sim.as('p1', { type: 'offer.propose', offerId: 'offer-new', name: '  Vanhempien   ilta ' });
    const o = () => sim.state.os!.offers.find((x) => x.id === 'offer-new')!;
    expect([o().name, o().status, o().origin]).toEqual(['Vanhempien ilta', 'proposed', 'proposed']);
    expect(sim.outcome(participant('p2'), { type: 'os.choose', offerId: 'offer-new' })).toBe('invalid_value');
    expect(sim.outcome(participant('p1'), { type: 'offer.decide', offerId: 'offer-new', accept: true })).toBe('forbidden');
    sim.fac({ type: 'offer.decide', offerId: 'offer-new', accept: true });
    expect(o().status).toBe('open');
    expect(sim.state.os!.groups.some((g) => g.id === 'offer-new_1')).toBe(true);
    sim.as('p2', { type: 'os.choose', offerId: 'offer-new' });
    expect(groupOf(sim.state, 'p2')).toBe('offer-new_1');
  });

  it('declining takes a proposal off the market; an open theme cannot be declined', () => {
    const sim = runOpenSpace({ offers: 1, participants: 1, phase: 'marketplace' });
    sim.as('p1', { type: 'offer.propose', offerId: 'offer-new', name: 'Kahvi' });
    sim.fac({ type: 'offer.decide', offerId: 'offer-new', accept: false });
    expect(sim.state.os!.offers.find((x) => x.id === 'offer-new')!.status).toBe('declined');
    expect(sim.outcome(FAC, { type: 'offer.decide', offerId: 'o1', accept: false })).toBe('invalid_value');
  });

  it('a proposal with a phone number needs the writer to confirm', () => {
    const sim = runOpenSpace({ offers: 1, participants: 1, phase: 'marketplace' });
    const cmd: Command = { type: 'offer.propose', offerId: 'offer-new', name: 'Soita 040 123 4567' };
    expect(sim.outcome(participant('p1'), cmd)).toBe('privacy_check');
    sim.as('p1', { ...cmd, confirmPrivacy: true });
    expect(sim.state.os!.offers.at(-1)!.flags[0]!.kind).toBe('phone');
  });

  it('merging moves the source theme’s people into the target and takes the source off the market', () => {
    const sim = runOpenSpace({ offers: 3, participants: 4, phase: 'marketplace' });
    sim.as('p1', { type: 'os.choose', offerId: 'o1' });
    sim.as('p2', { type: 'os.choose', offerId: 'o1' });
    sim.as('p3', { type: 'os.choose', offerId: 'o2' });
    sim.fac({ type: 'offer.merge', sourceId: 'o1', targetId: 'o2' });
    expect(sim.state.os!.offers.find((o) => o.id === 'o1')).toMatchObject({ status: 'merged', mergedInto: 'o2' });
    expect(['p1', 'p2', 'p3'].map((p) => groupOf(sim.state, p))).toEqual(['o2_1', 'o2_1', 'o2_1']);
    expect(sim.outcome(participant('p4'), { type: 'os.choose', offerId: 'o1' })).toBe('invalid_value');
    expect(sim.outcome(FAC, { type: 'offer.merge', sourceId: 'o2', targetId: 'o2' })).toBe('invalid_value');
  });

  it('the facilitator names the joker theme', () => {
    const sim = runOpenSpace({ offers: 1, participants: 0, phase: 'marketplace' });
    sim.fac({ type: 'offer.rename', offerId: 'joker', name: 'Jaksaminen' });
    expect(sim.state.os!.offers.find((o) => o.id === 'joker')!.name).toBe('Jaksaminen');
    expect(sim.outcome(FAC, { type: 'offer.rename', offerId: 'joker', name: '   ' })).toBe('invalid_value');
  });
});

describe('[O2] choosing, caps and splitting', () => {
  it('choosing is possible in marketplace, groups and pearls only, and only by participants', () => {
    for (const phase of OS_PHASES) {
      const sim = runOpenSpace({ offers: 1, participants: 1, phase });
      const want = ['marketplace', 'groups', 'pearls'].includes(phase) ? 'ok' : 'wrong_phase';
      expect(sim.outcome(participant('p1'), { type: 'os.choose', offerId: 'o1' }), phase).toBe(want);
      expect(sim.outcome(FAC, { type: 'os.choose', offerId: 'o1' })).toBe('forbidden');
    }
  });

  it('over the cap a popular theme opens a new group automatically; the least-filled group is filled first', () => {
    const sim = runOpenSpace({ offers: 2, participants: 7, phase: 'marketplace' });
    sim.fac({ type: 'os.setCap', cap: 3 });
    for (let i = 0; i < 7; i++) sim.as(pid(i), { type: 'os.choose', offerId: 'o1' });
    const groups = sim.state.os!.groups.filter((g) => g.offerId === 'o1').map((g) => g.id);
    expect(groups).toEqual(['o1_1', 'o1_2', 'o1_3']);
    expect(groups.map((g) => memberCount(sim.state.os!, g))).toEqual([3, 3, 1]);
    // someone leaves group 1: the next chooser fills it rather than group 3
    sim.as('p1', { type: 'os.choose', offerId: 'o2' });
    sim.join('p8');
    sim.as('p8', { type: 'os.choose', offerId: 'o1' });
    expect(groupOf(sim.state, 'p8')).toBe('o1_3');
  });

  it('choosing a specific full group → group_full; without a cap any group is open', () => {
    const sim = runOpenSpace({ offers: 1, participants: 3, phase: 'marketplace' });
    sim.fac({ type: 'os.setCap', cap: 2 });
    sim.as('p1', { type: 'os.choose', offerId: 'o1', groupId: 'o1_1' });
    sim.as('p2', { type: 'os.choose', offerId: 'o1', groupId: 'o1_1' });
    expect(sim.outcome(participant('p3'), { type: 'os.choose', offerId: 'o1', groupId: 'o1_1' })).toBe('group_full');
    expect(sim.outcome(participant('p3'), { type: 'os.choose', offerId: 'joker', groupId: 'o1_1' })).toBe('invalid_value');
    sim.fac({ type: 'os.setCap', cap: null });
    expect(sim.outcome(participant('p3'), { type: 'os.choose', offerId: 'o1', groupId: 'o1_1' })).toBe('ok');
  });

  it.each([1, 0, 101, 2.5])('cap %s is refused', (cap) => {
    const sim = runOpenSpace({ offers: 1, participants: 0, phase: 'marketplace' });
    expect(sim.outcome(FAC, { type: 'os.setCap', cap })).toBe('invalid_value');
  });

  it('choosing the theme one is already in changes nothing', () => {
    const sim = runOpenSpace({ offers: 1, participants: 1, phase: 'marketplace' });
    sim.as('p1', { type: 'os.choose', offerId: 'o1' });
    expect(sim.as('p1', { type: 'os.choose', offerId: 'o1' })).toEqual([]);
    expect(sim.as('p1', { type: 'os.choose', offerId: 'o1', groupId: 'o1_1' })).toEqual([]);
  });

  it('the facilitator splits a group by hand: a new group takes the later-arrived half', () => {
    const sim = runOpenSpace({ offers: 1, participants: 5, phase: 'marketplace' });
    for (let i = 0; i < 5; i++) sim.as(pid(i), { type: 'os.choose', offerId: 'o1' });
    sim.fac({ type: 'osgroup.split', groupId: 'o1_1' });
    expect(membersOf(sim.state, 'o1_1')).toEqual(['p1', 'p2', 'p3']);
    expect(membersOf(sim.state, 'o1_2')).toEqual(['p4', 'p5']);
    expect(sim.outcome(participant('p1'), { type: 'osgroup.split', groupId: 'o1_1' })).toBe('forbidden');
    expect(sim.outcome(FAC, { type: 'osgroup.split', groupId: 'nope' })).toBe('not_found');
  });
});

describe('[O3] the law of two feet: moving keeps contributions where they were made', () => {
  it('one participant moves twice; their items stay with the groups they wrote them in', () => {
    const sim = runOpenSpace({ offers: 3, participants: 2, phase: 'groups' });
    sim.as('p1', { type: 'os.choose', offerId: 'o1' });
    sim.as('p1', { type: 'flip.add', itemId: 'item-0001', groupId: 'o1_1', kind: 'keyword', text: 'Kuuntelu' });
    sim.as('p1', { type: 'os.choose', offerId: 'o2' });
    sim.as('p1', { type: 'flip.add', itemId: 'item-0002', groupId: 'o2_1', kind: 'key', text: 'Yhteistyö' });
    sim.as('p1', { type: 'os.choose', offerId: 'o3' });
    expect(groupOf(sim.state, 'p1')).toBe('o3_1');
    expect(sim.state.os!.items.map((i) => [i.id, i.groupId])).toEqual([
      ['item-0001', 'o1_1'],
      ['item-0002', 'o2_1'],
    ]);
    // the old flipchart is no longer theirs to edit
    expect(sim.outcome(participant('p1'), { type: 'flip.edit', itemId: 'item-0001', text: 'x' })).toBe('not_in_group');
    expect(sim.outcome(participant('p1'), { type: 'flip.add', itemId: 'item-0003', groupId: 'o1_1', kind: 'text', text: 'x' })).toBe(
      'not_in_group',
    );
    expect(sim.outcome(FAC, { type: 'flip.edit', itemId: 'item-0001', text: 'Kuunteleminen' })).toBe('ok');
  });
});

describe('[O4] flipcharts, images and good-practice records', () => {
  function working(): SessionSim {
    const sim = runOpenSpace({ offers: 2, participants: 3, phase: 'groups' });
    sim.as('p1', { type: 'os.choose', offerId: 'o1' });
    sim.as('p2', { type: 'os.choose', offerId: 'o1' });
    sim.as('p3', { type: 'os.choose', offerId: 'o2' });
    return sim;
  }

  it.each<[string, Command, string]>([
    ['empty text', { type: 'flip.add', itemId: 'item-0001', groupId: 'o1_1', kind: 'text', text: '   ' }, 'note_empty'],
    ['too long', { type: 'flip.add', itemId: 'item-0001', groupId: 'o1_1', kind: 'text', text: 'ä'.repeat(301) }, 'invalid_value'],
    ['a hetu', { type: 'flip.add', itemId: 'item-0001', groupId: 'o1_1', kind: 'text', text: 'Asiakas 131052-308T' }, 'privacy_check'],
    ['unknown group', { type: 'flip.add', itemId: 'item-0001', groupId: 'zz_1', kind: 'text', text: 'x' }, 'not_found'],
    ['another group', { type: 'flip.add', itemId: 'item-0001', groupId: 'o2_1', kind: 'text', text: 'x' }, 'not_in_group'],
    ['fine', { type: 'flip.add', itemId: 'item-0001', groupId: 'o1_1', kind: 'text', text: 'ä'.repeat(300) }, 'ok'],
  ])('flip.add with %s → %s', (_l, cmd, want) => {
    expect(working().outcome(participant('p1'), cmd)).toBe(want);
  });

  it('flip items are edited and removed by the group; a duplicate id is refused', () => {
    const sim = working();
    sim.as('p1', { type: 'flip.add', itemId: 'item-0001', groupId: 'o1_1', kind: 'keyword', text: 'Luottamus' });
    expect(sim.outcome(participant('p2'), { type: 'flip.add', itemId: 'item-0001', groupId: 'o1_1', kind: 'keyword', text: 'x' })).toBe(
      'id_taken',
    );
    sim.as('p2', { type: 'flip.edit', itemId: 'item-0001', text: 'Luottamus ja avoimuus' });
    expect(sim.state.os!.items[0]!.text).toBe('Luottamus ja avoimuus');
    expect(sim.outcome(participant('p3'), { type: 'flip.remove', itemId: 'item-0001' })).toBe('not_in_group');
    sim.as('p1', { type: 'flip.remove', itemId: 'item-0001' });
    expect(sim.state.os!.items).toEqual([]);
  });

  it('flipcharts are written in groups and pearls only', () => {
    const sim = working();
    const cmd: Command = { type: 'flip.add', itemId: 'item-0001', groupId: 'o1_1', kind: 'text', text: 'x' };
    sim.advanceTo('pearls');
    expect(sim.outcome(participant('p1'), cmd)).toBe('ok');
    sim.advanceTo('followup');
    expect(sim.outcome(participant('p1'), cmd)).toBe('wrong_phase');
  });

  it('an uploaded image is attached by the group (internal command) and removed with flip.removeImage', () => {
    const sim = working();
    const attach = {
      type: 'flip.addImage' as const,
      imageId: 'image-0001',
      groupId: 'o1_1',
      kind: 'photo' as const,
      alt: 'Fläppi',
      contentType: 'image/jpeg' as const,
      width: 800,
      height: 600,
    };
    expect(() => decideAttachImage(sim.state, participant('p3'), attach, T0)).toThrow('not_in_group');
    expect(() => decideAttachImage(sim.state, participant('ghost'), attach, T0)).toThrow('forbidden');
    sim.inject(decideAttachImage(sim.state, participant('p1'), attach, T0));
    expect(sim.state.os!.images).toHaveLength(1);
    expect(() => decideAttachImage(sim.state, participant('p1'), attach, T0)).toThrow('id_taken');
    sim.as('p2', { type: 'flip.removeImage', imageId: 'image-0001' });
    expect(sim.state.os!.images).toEqual([]);
  });

  it('a good-practice record is created, updated in place and keeps its theme', () => {
    const sim = working();
    const save = (title: string): Command => ({
      type: 'practice.save',
      practiceId: 'practice1',
      groupId: 'o1_1',
      title,
      description: 'Soitamme kotiin heti ensimmäisellä viikolla.',
      keywords: ['soitto', ' soitto ', 'kotiin', ''],
      context: 'Päiväkoti, uudet perheet',
    });
    sim.as('p1', save('Tervetulosoitto'));
    sim.as('p2', save('Tervetulosoitto kotiin'), T0 + 1000);
    const p = sim.state.os!.practices;
    expect(p).toHaveLength(1);
    expect(p[0]).toMatchObject({
      title: 'Tervetulosoitto kotiin',
      offerId: 'o1',
      keywords: ['soitto', 'kotiin'],
      createdAt: T0,
      updatedAt: T0 + 1000,
    });
    expect(sim.outcome(participant('p1'), { ...save('x'), groupId: 'o2_1' } as Command)).toBe('not_in_group');
    expect(sim.outcome(FAC, { ...save('x'), groupId: 'o2_1' } as Command)).toBe('id_taken');
    expect(sim.outcome(participant('p1'), { ...save('Soita 040 123 4567') })).toBe('privacy_check');
  });
});

describe('[O5] pearls', () => {
  it('each group marks at most three; the projector spotlight moves group by group', () => {
    const sim = runOpenSpace({ offers: 2, participants: 2, phase: 'groups' });
    sim.as('p1', { type: 'os.choose', offerId: 'o1' });
    sim.advanceTo('pearls');
    for (let i = 1; i <= 3; i++) sim.as('p1', { type: 'pearl.add', pearlId: `pearl-00${i}`, groupId: 'o1_1', text: `Helmi ${i}` });
    expect(sim.outcome(participant('p1'), { type: 'pearl.add', pearlId: 'pearl-004', groupId: 'o1_1', text: 'x' })).toBe('limit_reached');
    sim.as('p1', { type: 'pearl.remove', pearlId: 'pearl-002' });
    expect(sim.outcome(participant('p1'), { type: 'pearl.add', pearlId: 'pearl-004', groupId: 'o1_1', text: 'x' })).toBe('ok');
    expect(sim.outcome(participant('p1'), { type: 'pearls.spotlight', groupId: 'o1_1' })).toBe('forbidden');
    sim.fac({ type: 'pearls.spotlight', groupId: 'o1_1' });
    expect(sim.state.os!.spotlight).toBe('o1_1');
    sim.fac({ type: 'pearls.setPoints', groupId: 'o1_1', text: 'Soitto kotiin toimii.' });
    expect(sim.state.os!.mainPoints).toEqual({ o1_1: 'Soitto kotiin toimii.' });
    sim.advanceTo('followup');
    expect(sim.outcome(FAC, { type: 'pearls.spotlight', groupId: null })).toBe('wrong_phase');
  });
});

describe('[F1][F2] feedback', () => {
  function atFeedback(): SessionSim {
    return runOpenSpace({ offers: 1, participants: 2, phase: 'feedback' });
  }

  it.each<[string, Command, string]>([
    ['four scores', { type: 'feedback.give', scores: [5, 4, 3, null], open: '' }, 'ok'],
    ['three scores', { type: 'feedback.give', scores: [5, 4, 3], open: '' }, 'invalid_value'],
    ['a 6', { type: 'feedback.give', scores: [6, 4, 3, 2], open: '' }, 'invalid_value'],
    ['a 0', { type: 'feedback.give', scores: [0, 4, 3, 2], open: '' }, 'invalid_value'],
    ['nothing at all', { type: 'feedback.give', scores: [null, null, null, null], open: '  ' }, 'note_empty'],
    ['only the open answer', { type: 'feedback.give', scores: [null, null, null, null], open: 'Enemmän aikaa' }, 'ok'],
    ['an e-mail in the open answer', { type: 'feedback.give', scores: [5, 5, 5, 5], open: 'matti@example.fi' }, 'privacy_check'],
  ])('%s → %s', (_l, cmd, want) => {
    expect(atFeedback().outcome(participant('p1'), cmd)).toBe(want);
  });

  it('one answer per person, only in the feedback phase, not by the facilitator', () => {
    const sim = atFeedback();
    const cmd: Command = { type: 'feedback.give', scores: [5, 4, 3, 2], open: 'Hyvä' };
    expect(sim.outcome(FAC, cmd)).toBe('forbidden');
    sim.as('p1', cmd);
    expect(sim.outcome(participant('p1'), cmd)).toBe('already_answered');
    expect(sim.outcome(participant('p2'), cmd)).toBe('ok');
    const earlier = runOpenSpace({ offers: 1, participants: 1, phase: 'followup' });
    expect(earlier.outcome(participant('p1'), cmd)).toBe('wrong_phase');
  });

  it('others (phones, projector) see only that someone answered; the facilitator sees the answer', () => {
    const sim = atFeedback();
    const events = sim.as('p1', { type: 'feedback.give', scores: [5, 4, 3, 2], open: 'Hyvä' });
    const env = { ...events[0]!, seq: 9, at: T0 } as EventEnvelope;
    const pub = redactEvent(env, 'public');
    expect(pub.type === 'feedback.given' && pub.answer).toMatchObject({ participantId: 'p1', scores: [], open: '' });
    expect(redactEvent(env, 'staff')).toBe(env);
    expect(redactState(sim.state, 'public').feedback[0]!.open).toBe('');
    expect(redactState(sim.state, 'staff').feedback[0]!.scores).toEqual([5, 4, 3, 2]);
  });
});

describe('[E5] replay', () => {
  it('replaying an Open Space log gives the same state', () => {
    const sim = runOpenSpace({ offers: 2, participants: 4, phase: 'marketplace' });
    sim.fac({ type: 'os.setCap', cap: 2 });
    for (let i = 0; i < 4; i++) sim.as(pid(i), { type: 'os.choose', offerId: 'o1' });
    sim.advanceTo('groups');
    sim.as('p1', { type: 'flip.add', itemId: 'item-0001', groupId: 'o1_1', kind: 'keyword', text: 'Luottamus' });
    expect(applyAll(emptyState('s2'), sim.events)).toEqual(sim.state);
    expect(applyAll(emptyState('s2'), [openSpaceCreated(2)]).os!.offers).toHaveLength(3);
  });
});
