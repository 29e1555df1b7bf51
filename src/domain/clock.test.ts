import { describe, expect, it } from 'vitest';
import { endClock, extendClock, isPaused, isRunning, isWarning, pauseClock, remainingMs, resumeClock, startClock } from './clock.ts';
import type { Command } from './commands.ts';
import type { ErrorCode } from './errors.ts';
import { codeOf, FAC, MIN, participant, runSession, T0 } from './test-helpers.ts';
import { LIMITS, type Clock } from './types.ts';

const D = 20 * MIN;
const running = (): Clock => startClock(D, T0);
const paused = (leftMs: number): Clock => ({ durationMs: D, endsAt: null, pausedRemainingMs: leftMs, ended: false });
const ended = (): Clock => ({ durationMs: D, endsAt: null, pausedRemainingMs: null, ended: true });

describe('[C1] clock basics', () => {
  it('startClock holds the end time on the server', () => {
    expect(startClock(D, T0)).toEqual<Clock>({ durationMs: D, endsAt: T0 + D, pausedRemainingMs: null, ended: false });
  });

  it.each<{ label: string; clock: Clock; now: number; left: number; isRun: boolean; isPause: boolean }>([
    { label: 'running, at start', clock: running(), now: T0, left: D, isRun: true, isPause: false },
    { label: 'running, 19 min in', clock: running(), now: T0 + 19 * MIN, left: MIN, isRun: true, isPause: false },
    { label: 'running, exactly at the end', clock: running(), now: T0 + D, left: 0, isRun: false, isPause: false },
    { label: 'running, past the end', clock: running(), now: T0 + D + 5 * MIN, left: 0, isRun: false, isPause: false },
    { label: 'paused: time stands still', clock: paused(7 * MIN), now: T0 + 99 * MIN, left: 7 * MIN, isRun: false, isPause: true },
    { label: 'ended', clock: ended(), now: T0, left: 0, isRun: false, isPause: false },
  ])('remainingMs / isRunning / isPaused: $label', ({ clock, now, left, isRun, isPause }) => {
    expect(remainingMs(clock, now)).toBe(left);
    expect(isRunning(clock, now)).toBe(isRun);
    expect(isPaused(clock)).toBe(isPause);
  });
});

describe('[C5] warning 2 min before the end', () => {
  const end = T0 + D;
  it.each<{ label: string; clock: Clock; now: number; warning: boolean }>([
    { label: 'running, exactly 2 min left', clock: running(), now: end - LIMITS.warningMs, warning: true },
    { label: 'running, 2 min + 1 ms left', clock: running(), now: end - LIMITS.warningMs - 1, warning: false },
    { label: 'running, 1 ms left', clock: running(), now: end - 1, warning: true },
    { label: 'running, 0 left', clock: running(), now: end, warning: false },
    { label: 'running, at start', clock: running(), now: T0, warning: false },
    { label: 'paused, exactly 2 min left', clock: paused(2 * MIN), now: T0, warning: true },
    { label: 'paused, 2 min + 1 ms left', clock: paused(2 * MIN + 1), now: T0, warning: false },
    { label: 'paused, 0 left', clock: paused(0), now: T0, warning: false },
    { label: 'ended', clock: ended(), now: T0, warning: false },
  ])('$label → $warning', ({ clock, now, warning }) => {
    expect(isWarning(clock, now)).toBe(warning);
  });
});

describe('clock operations on explicit times', () => {
  it.each<{ label: string; make: () => Clock; now: number; want: Clock }>([
    {
      label: '[C2] pause keeps the remaining time',
      make: () => pauseClock(running(), T0 + 5 * MIN),
      now: T0 + 5 * MIN,
      want: paused(15 * MIN),
    },
    {
      label: '[C2] resume continues from now',
      make: () => resumeClock(paused(15 * MIN), T0 + 10 * MIN),
      now: T0 + 10 * MIN,
      want: { durationMs: D, endsAt: T0 + 25 * MIN, pausedRemainingMs: null, ended: false },
    },
    {
      label: '[C3] extend a running clock',
      make: () => extendClock(running(), 5 * MIN, T0 + MIN),
      now: T0 + MIN,
      want: { durationMs: D + 5 * MIN, endsAt: T0 + D + 5 * MIN, pausedRemainingMs: null, ended: false },
    },
    {
      label: '[C3] extend a paused clock',
      make: () => extendClock(paused(3 * MIN), 5 * MIN, T0),
      now: T0,
      want: { durationMs: D + 5 * MIN, endsAt: null, pausedRemainingMs: 8 * MIN, ended: false },
    },
    {
      label: '[C3] extend an ended clock restarts it from now',
      make: () => extendClock(ended(), 5 * MIN, T0 + 30 * MIN),
      now: T0 + 30 * MIN,
      want: { durationMs: D + 5 * MIN, endsAt: T0 + 35 * MIN, pausedRemainingMs: null, ended: false },
    },
    {
      label: '[C3] extend a clock whose time ran out restarts it from now',
      make: () => extendClock(running(), 2 * MIN, T0 + D + 10 * MIN),
      now: T0 + D + 10 * MIN,
      want: { durationMs: D + 2 * MIN, endsAt: T0 + D + 12 * MIN, pausedRemainingMs: null, ended: false },
    },
    { label: '[C4] end a running clock early', make: () => endClock(running()), now: T0 + MIN, want: ended() },
    { label: '[C4] end a paused clock', make: () => endClock(paused(4 * MIN)), now: T0, want: ended() },
    { label: '[C4] end a clock whose time ran out', make: () => endClock(running()), now: T0 + D + 1, want: ended() },
  ])('$label', ({ make, now, want }) => {
    const c = make();
    expect(c).toEqual(want);
    expect(remainingMs(c, now)).toBe(want.ended ? 0 : (want.pausedRemainingMs ?? want.endsAt! - now));
  });

  it.each<{ label: string; run: () => unknown; code: ErrorCode }>([
    { label: '[C2] pausing an ended clock', run: () => pauseClock(ended(), T0), code: 'clock_ended' },
    { label: '[C2] pausing a clock whose time ran out', run: () => pauseClock(running(), T0 + D), code: 'clock_ended' },
    { label: '[C2] pausing a paused clock', run: () => pauseClock(paused(MIN), T0), code: 'clock_not_running' },
    { label: 'resuming a running clock', run: () => resumeClock(running(), T0), code: 'clock_not_paused' },
    { label: 'resuming an ended clock', run: () => resumeClock(ended(), T0), code: 'clock_not_paused' },
    { label: '[C4] ending an ended clock', run: () => endClock(ended()), code: 'clock_ended' },
  ])('$label → $code', ({ run, code }) => {
    expect(codeOf(run)).toBe(code);
  });

  it('start → pause → resume → extend → end keeps a consistent countdown', () => {
    let c = startClock(D, T0);
    c = pauseClock(c, T0 + 5 * MIN);
    expect(remainingMs(c, T0 + 8 * MIN)).toBe(15 * MIN);
    c = resumeClock(c, T0 + 10 * MIN);
    c = extendClock(c, 3 * MIN, T0 + 12 * MIN);
    expect(remainingMs(c, T0 + 20 * MIN)).toBe(8 * MIN);
    expect(isWarning(c, T0 + 26 * MIN)).toBe(true);
    c = endClock(c);
    expect(remainingMs(c, T0 + 20 * MIN)).toBe(0);
  });
});

describe('clock via decide commands in a round', () => {
  const round = () => runSession({ tables: 4, participants: 8, phase: 'round' });

  it('[C1] each round starts a clock of roundMinutes from the phase change', () => {
    const sim = runSession({ tables: 4, participants: 8, phase: 'opening' });
    sim.fac({ type: 'session.configure', roundMinutes: 25 });
    sim.fac({ type: 'phase.next' }, T0 + 3 * MIN);
    expect(sim.state.clock).toEqual(startClock(25 * MIN, T0 + 3 * MIN));
    sim.fac({ type: 'clock.end' });
    sim.fac({ type: 'phase.next' }, T0 + 40 * MIN);
    expect(sim.state.round).toBe(1);
    expect(sim.state.clock).toEqual(startClock(25 * MIN, T0 + 40 * MIN));
  });

  it('[C2][C3][C4] pause, resume, extend and end through commands', () => {
    const sim = round();
    sim.fac({ type: 'clock.pause' }, T0 + 5 * MIN);
    expect(sim.state.clock).toEqual(paused(15 * MIN));
    sim.fac({ type: 'clock.resume' }, T0 + 10 * MIN);
    expect(sim.state.clock?.endsAt).toBe(T0 + 25 * MIN);
    sim.fac({ type: 'clock.extend', minutes: 5 }, T0 + 11 * MIN);
    expect(sim.state.clock).toEqual<Clock>({ durationMs: 25 * MIN, endsAt: T0 + 30 * MIN, pausedRemainingMs: null, ended: false });
    sim.fac({ type: 'clock.end' }, T0 + 12 * MIN);
    expect(sim.state.clock?.ended).toBe(true);
    expect(sim.state.phase).toBe('round'); // [C4] the phase stays until "next"
    sim.fac({ type: 'clock.extend', minutes: 2 }, T0 + 13 * MIN);
    expect(sim.state.clock).toEqual<Clock>({ durationMs: 27 * MIN, endsAt: T0 + 15 * MIN, pausedRemainingMs: null, ended: false });
  });

  type Setup = (sim: ReturnType<typeof round>) => void;
  it.each<{ label: string; setup: Setup; cmd: Command; now?: number; code: ErrorCode | 'ok' }>([
    { label: 'pause after clock.end', setup: (s) => s.fac({ type: 'clock.end' }), cmd: { type: 'clock.pause' }, code: 'clock_ended' },
    { label: 'pause after the time ran out', setup: () => {}, cmd: { type: 'clock.pause' }, now: T0 + D, code: 'clock_ended' },
    { label: 'pause when paused', setup: (s) => s.fac({ type: 'clock.pause' }), cmd: { type: 'clock.pause' }, code: 'clock_not_running' },
    { label: 'resume when running', setup: () => {}, cmd: { type: 'clock.resume' }, code: 'clock_not_paused' },
    { label: 'resume after end', setup: (s) => s.fac({ type: 'clock.end' }), cmd: { type: 'clock.resume' }, code: 'clock_not_paused' },
    { label: 'end twice', setup: (s) => s.fac({ type: 'clock.end' }), cmd: { type: 'clock.end' }, code: 'clock_ended' },
    { label: 'extend by 0 min', setup: () => {}, cmd: { type: 'clock.extend', minutes: 0 }, code: 'invalid_value' },
    {
      label: 'extend by 16 min',
      setup: () => {},
      cmd: { type: 'clock.extend', minutes: LIMITS.maxExtendMinutes + 1 },
      code: 'invalid_value',
    },
    { label: 'extend by 1.5 min', setup: () => {}, cmd: { type: 'clock.extend', minutes: 1.5 }, code: 'invalid_value' },
    { label: 'extend by 15 min', setup: () => {}, cmd: { type: 'clock.extend', minutes: LIMITS.maxExtendMinutes }, code: 'ok' },
  ])('$label → $code', ({ setup, cmd, now, code }) => {
    const sim = round();
    setup(sim);
    expect(sim.outcome(FAC, cmd, now ?? T0 + MIN)).toBe(code);
  });

  it.each<{ phase: 'lobby' | 'opening' | 'debrief'; cmd: Command }>([
    { phase: 'lobby', cmd: { type: 'clock.pause' } },
    { phase: 'opening', cmd: { type: 'clock.resume' } },
    { phase: 'opening', cmd: { type: 'clock.extend', minutes: 1 } },
    { phase: 'debrief', cmd: { type: 'clock.end' } },
  ])('no clock in $phase: $cmd.type → no_clock', ({ phase, cmd }) => {
    const sim = runSession({ tables: 2, participants: 4, phase });
    expect(sim.outcome(FAC, cmd)).toBe('no_clock');
  });

  it('theming has its own clock that can be paused', () => {
    const sim = runSession({ tables: 2, participants: 4, phase: 'theming' });
    expect(sim.state.clock?.endsAt).toBe(T0 + D);
    sim.fac({ type: 'clock.pause' }, T0 + MIN);
    expect(sim.state.clock?.pausedRemainingMs).toBe(D - MIN);
  });

  it('[A1] a participant cannot touch the clock', () => {
    const sim = round();
    for (const cmd of [{ type: 'clock.pause' }, { type: 'clock.end' }, { type: 'clock.extend', minutes: 1 }] as Command[]) {
      expect(sim.outcome(participant('p1'), cmd)).toBe('forbidden');
    }
  });
});
