import { describe, expect, it } from 'vitest';
import { locationOf } from '../../domain/rotation.ts';
import { MIN, memberAt, pid, runOpenSpace, runSession } from '../../domain/test-helpers.ts';
import { kidsState } from './kids-now.ts';

describe('child mode: the pictogram for what to do now', () => {
  it('waits in the lobby and the opening, writes in a running round, waits while paused', () => {
    const sim = runSession({ tables: 4, participants: 8, split: true });
    expect(kidsState(sim.state, pid(0), false)).toBe('wait');
    sim.fac({ type: 'phase.next' });
    expect(kidsState(sim.state, pid(0), false)).toBe('wait');
    sim.fac({ type: 'phase.next' });
    const me = memberAt(sim.state, 't1');
    expect(kidsState(sim.state, me, false)).toBe('write');
    sim.fac({ type: 'clock.pause' }, sim.now + MIN);
    expect(kidsState(sim.state, me, false)).toBe('wait');
  });

  it('moves when time is up and my group changes tables; a host and the last round wait', () => {
    const sim = runSession({ tables: 3, participants: 7, hosts: 1, split: true, phase: 'round', round: 0 });
    const member = memberAt(sim.state, 't2');
    expect(kidsState(sim.state, member, true)).toBe('move');
    expect(locationOf(sim.state, pid(0))?.asHost).toBe(true);
    expect(kidsState(sim.state, pid(0), true)).toBe('wait');
    sim.fac({ type: 'phase.next' });
    sim.fac({ type: 'phase.next' });
    expect(sim.state.round).toBe(2);
    // the last round: theming follows at the same table
    expect(kidsState(sim.state, memberAt(sim.state, 't2'), true)).toBe('wait');
    sim.fac({ type: 'phase.next' });
    expect(sim.state.phase).toBe('theming');
    expect(kidsState(sim.state, memberAt(sim.state, 't2'), false)).toBe('write');
  });

  it('in the debrief waits, in the feedback writes, after closing shows nothing', () => {
    const sim = runSession({ tables: 2, participants: 4, split: true, phase: 'debrief' });
    expect(kidsState(sim.state, pid(1), false)).toBe('wait');
    sim.fac({ type: 'phase.next' });
    expect(sim.state.phase).toBe('feedback');
    expect(kidsState(sim.state, pid(1), false)).toBe('write');
    sim.fac({ type: 'session.close' });
    expect(kidsState(sim.state, pid(1), false)).toBeNull();
  });

  it('Open Space: the marketplace is moving, group work is writing', () => {
    const market = runOpenSpace({ offers: 2, participants: 3, phase: 'marketplace' });
    expect(kidsState(market.state, pid(0), false)).toBe('move');
    const opening = runOpenSpace({ offers: 2, participants: 3, phase: 'opening' });
    expect(kidsState(opening.state, pid(0), false)).toBe('wait');
  });

  it('Open Space pearls: writing in a group, choosing one without; the follow-up waits', () => {
    const sim = runOpenSpace({ offers: 2, participants: 2, phase: 'marketplace' });
    sim.as(pid(0), { type: 'os.choose', offerId: 'o1' });
    sim.advanceTo('pearls');
    expect(kidsState(sim.state, pid(0), false)).toBe('write');
    expect(kidsState(sim.state, pid(1), false)).toBe('move');
    sim.advanceTo('followup');
    expect(kidsState(sim.state, pid(0), false)).toBe('wait');
  });
});
