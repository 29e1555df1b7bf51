import { isPaused, remainingMs } from '../../domain/clock.ts';
import type { Clock } from '../../domain/types.ts';
import { t } from './t.ts';

/** "12:05" */
export function digits(ms: number): string {
  const s = Math.ceil(ms / 1000);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/** "12 min left", "40 s left", "Clock paused – 3 min left", "Time is up". */
export function clockText(clock: Clock, now: number): string {
  if (clock.ended) return t('clock.ended');
  const ms = remainingMs(clock, now);
  if (ms <= 0) return t('clock.ended');
  const left = ms >= 60_000 ? t('clock.minutesLeft', { n: Math.ceil(ms / 60_000) }) : t('clock.secondsLeft', { n: Math.ceil(ms / 1000) });
  return isPaused(clock) ? `${t('clock.paused')} – ${left}` : left;
}
