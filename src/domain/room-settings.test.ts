import { describe, expect, it } from 'vitest';
import { applyAll, emptyState } from './apply.ts';
import type { Command } from './commands.ts';
import type { SessionEvent } from './events.ts';
import { createdEvent, openSpaceCreated, SessionSim } from './test-helpers.ts';

describe('child mode and the projector second language (session.configure)', () => {
  it('are off and none by default, in a café and in an Open Space', () => {
    for (const created of [createdEvent(4), openSpaceCreated(3)]) {
      const sim = new SessionSim(4, { created });
      expect(sim.state.settings.childMode ?? false).toBe(false);
      expect(sim.state.settings.screenSecondLang ?? null).toBeNull();
      // a configure that does not name them keeps them off
      sim.fac({ type: 'session.configure', roundMinutes: 25 });
      expect(sim.state.settings).toMatchObject({ roundMinutes: 25, childMode: false, screenSecondLang: null });
    }
  });

  it('are set and cleared independently of the other settings, in both kinds', () => {
    for (const created of [createdEvent(4), openSpaceCreated(3)]) {
      const sim = new SessionSim(4, { created });
      sim.fac({ type: 'session.configure', childMode: true });
      sim.fac({ type: 'session.configure', screenSecondLang: 'sv' });
      sim.fac({ type: 'session.configure', namesInReports: true });
      expect(sim.state.settings).toMatchObject({ childMode: true, screenSecondLang: 'sv', namesInReports: true, showNotesOnScreen: true });
      sim.fac({ type: 'session.configure', screenSecondLang: null });
      sim.fac({ type: 'session.configure', childMode: false });
      expect(sim.state.settings).toMatchObject({ childMode: false, screenSecondLang: null, namesInReports: true });
    }
  });

  it('can be changed in any phase, also while a round runs', () => {
    const sim = new SessionSim(4);
    sim.fac({ type: 'phase.next' });
    sim.fac({ type: 'phase.next' });
    expect(sim.state.phase).toBe('round');
    sim.fac({ type: 'session.configure', childMode: true, screenSecondLang: 'en' });
    expect(sim.state.settings).toMatchObject({ childMode: true, screenSecondLang: 'en' });
  });

  it('replay to the same state; an old log without the fields replays as off', () => {
    const sim = new SessionSim(4);
    sim.fac({ type: 'session.configure', childMode: true, screenSecondLang: 'sv' });
    expect(applyAll(emptyState('s1'), sim.events)).toEqual(sim.state);

    const old: SessionEvent[] = [
      createdEvent(4),
      { type: 'session.configured', settings: { roundMinutes: 15, showNotesOnScreen: false, namesInReports: false } },
    ];
    const replayed = applyAll(emptyState('s1'), old);
    expect(replayed.settings.childMode ?? false).toBe(false);
    expect(replayed.settings.screenSecondLang ?? null).toBeNull();
    // the next configure on an old session writes the defaults explicitly
    const next = new SessionSim(4, { created: old[0] });
    next.inject([old[1]!]);
    next.fac({ type: 'session.configure', childMode: true });
    expect(next.state.settings).toMatchObject({ roundMinutes: 15, showNotesOnScreen: false, childMode: true, screenSecondLang: null });
  });

  it('rejects a language the projector does not have', () => {
    const sim = new SessionSim(4);
    const bad = { type: 'session.configure', screenSecondLang: 'de' } as unknown as Command;
    expect(sim.outcome({ role: 'facilitator', userId: 'fac-1' }, bad)).toBe('invalid_value');
    expect(sim.state.settings.screenSecondLang ?? null).toBeNull();
  });

  it('only the facilitator may change them', () => {
    const sim = new SessionSim(4);
    sim.join('p1');
    expect(sim.outcome({ role: 'participant', participantId: 'p1' }, { type: 'session.configure', childMode: true })).toBe('forbidden');
  });
});
