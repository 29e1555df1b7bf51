import { DomainError } from './errors.ts';
import { LIMITS, type Clock } from './types.ts';

/** The server holds the end time; clients render the countdown from it. [SPEC C1] */
export function startClock(durationMs: number, now: number): Clock {
  return { durationMs, endsAt: now + durationMs, pausedRemainingMs: null, ended: false };
}

export function remainingMs(clock: Clock, now: number): number {
  if (clock.ended) return 0;
  if (clock.pausedRemainingMs !== null) return clock.pausedRemainingMs;
  if (clock.endsAt === null) return 0;
  return Math.max(0, clock.endsAt - now);
}

export function isRunning(clock: Clock, now: number): boolean {
  return !clock.ended && clock.endsAt !== null && clock.endsAt > now;
}

export function isPaused(clock: Clock): boolean {
  return !clock.ended && clock.pausedRemainingMs !== null;
}

/** True in the last two minutes of a running or paused clock. [SPEC C5] */
export function isWarning(clock: Clock, now: number): boolean {
  const left = remainingMs(clock, now);
  return left > 0 && left <= LIMITS.warningMs;
}

/** [SPEC C2] pausing keeps the remaining time; a finished clock cannot be paused. */
export function pauseClock(clock: Clock, now: number): Clock {
  if (isPaused(clock)) throw new DomainError('clock_not_running');
  if (!isRunning(clock, now)) throw new DomainError('clock_ended');
  return { ...clock, endsAt: null, pausedRemainingMs: remainingMs(clock, now) };
}

export function resumeClock(clock: Clock, now: number): Clock {
  if (!isPaused(clock)) throw new DomainError('clock_not_paused');
  return { ...clock, endsAt: now + clock.pausedRemainingMs!, pausedRemainingMs: null };
}

/** [SPEC C3] extending adds time to a running or paused clock, or restarts a finished one. */
export function extendClock(clock: Clock, ms: number, now: number): Clock {
  if (isPaused(clock)) return { ...clock, pausedRemainingMs: clock.pausedRemainingMs! + ms, durationMs: clock.durationMs + ms };
  if (isRunning(clock, now)) return { ...clock, endsAt: clock.endsAt! + ms, durationMs: clock.durationMs + ms };
  return { ...clock, endsAt: now + ms, pausedRemainingMs: null, ended: false, durationMs: clock.durationMs + ms };
}

/** [SPEC C4] ending early sets the remaining time to zero; the phase stays until "next". */
export function endClock(clock: Clock): Clock {
  if (clock.ended) throw new DomainError('clock_ended');
  return { ...clock, endsAt: null, pausedRemainingMs: null, ended: true };
}
