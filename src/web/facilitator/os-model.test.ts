import { describe, expect, it } from 'vitest';
import { pid, runOpenSpace } from '../../domain/test-helpers.ts';
import { groupHasContent, nextOf, notChosen, openThemes, settledThemes, waitingProposals, workingGroups } from './os-model.ts';

describe('os-model: what the facilitator console shows of an Open Space', () => {
  it('sorts themes into on offer, waiting proposals and settled (declined / merged)', () => {
    const sim = runOpenSpace({ offers: 2, participants: 2, phase: 'opening' });
    sim.as(pid(0), { type: 'offer.propose', offerId: 'prop-0001', name: 'Uusi teema' });
    sim.as(pid(1), { type: 'offer.propose', offerId: 'prop-0002', name: 'Toinen' });
    sim.as(pid(1), { type: 'offer.propose', offerId: 'prop-0003', name: 'Kolmas' });
    let os = sim.state.os!;
    expect(waitingProposals(os).map((o) => o.id)).toEqual(['prop-0001', 'prop-0002', 'prop-0003']);
    sim.fac({ type: 'offer.decide', offerId: 'prop-0001', accept: true });
    sim.fac({ type: 'offer.decide', offerId: 'prop-0002', accept: false });
    sim.fac({ type: 'offer.merge', sourceId: 'prop-0003', targetId: 'o1' });
    os = sim.state.os!;
    expect(openThemes(os).map((o) => o.id)).toEqual(['o1', 'o2', 'joker', 'prop-0001']);
    expect(waitingProposals(os)).toEqual([]);
    expect(settledThemes(os).map((o) => [o.id, o.status])).toEqual([
      ['prop-0002', 'declined'],
      ['prop-0003', 'merged'],
    ]);
  });

  it('lists who has not chosen yet, in join order', () => {
    const sim = runOpenSpace({ offers: 2, participants: 3, phase: 'marketplace' });
    expect(notChosen(sim.state)).toEqual([pid(0), pid(1), pid(2)]);
    sim.as(pid(1), { type: 'os.choose', offerId: 'o1' });
    expect(notChosen(sim.state)).toEqual([pid(0), pid(2)]);
  });

  it('working groups: every group of an open theme; a merged theme only while something was written there', () => {
    const sim = runOpenSpace({ offers: 2, participants: 2, phase: 'marketplace' });
    sim.as(pid(0), { type: 'os.choose', offerId: 'o2' });
    sim.as(pid(1), { type: 'os.choose', offerId: 'o2' });
    sim.fac({ type: 'osgroup.split', groupId: 'o2_1' });
    expect(workingGroups(sim.state.os!).map((g) => g.id)).toEqual(['o1_1', 'o2_1', 'o2_2', 'joker_1']);
    sim.fac({ type: 'phase.next' });
    sim.fac({ type: 'flip.add', itemId: 'item-0001', groupId: 'o1_1', kind: 'key', text: 'Hyvä käytäntö' });
    expect(groupHasContent(sim.state.os!, 'o1_1')).toBe(true);
    sim.fac({ type: 'offer.merge', sourceId: 'o1', targetId: 'joker' });
    sim.fac({ type: 'offer.merge', sourceId: 'o2', targetId: 'joker' });
    // o1's group keeps its flipchart; o2's groups are empty now and drop out
    expect(workingGroups(sim.state.os!).map((g) => g.id)).toEqual(['o1_1', 'joker_1']);
  });

  it('nextOf cycles through a list (for the S shortcut in the pearls phase)', () => {
    expect(nextOf([], null)).toBeNull();
    expect(nextOf(['a', 'b', 'c'], null)).toBe('a');
    expect(nextOf(['a', 'b', 'c'], 'a')).toBe('b');
    expect(nextOf(['a', 'b', 'c'], 'c')).toBe('a');
    expect(nextOf(['a', 'b'], 'gone')).toBe('a');
  });
});
