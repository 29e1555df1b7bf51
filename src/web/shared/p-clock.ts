import { isPaused, isWarning, remainingMs } from '../../domain/clock.ts';
import type { Clock } from '../../domain/types.ts';
import type { commonFi } from '../../i18n/common.fi.ts';
import type { Translator } from './i18n.ts';

/** What a countdown shows at one moment, shared by the phone and the projector. */
export interface ClockView {
  ms: number;
  paused: boolean;
  /** ended early, or the end time has passed */
  ended: boolean;
  /** the calm two-minute warning */
  warning: boolean;
  /** "12:05" */
  digits: string;
  /** "12 min jäljellä" / "45 s jäljellä" / "Aika päättyi" (with "Kello pysäytetty" when paused) */
  text: string;
}

export function clockView(clock: Clock, now: number, t: Translator<keyof typeof commonFi>): ClockView {
  const ms = remainingMs(clock, now);
  const paused = isPaused(clock);
  const ended = clock.ended || ms <= 0;
  const secs = Math.ceil(ms / 1000);
  const digits = `${Math.floor(secs / 60)}:${String(secs % 60).padStart(2, '0')}`;
  let text: string;
  if (ended) text = t('clock.ended');
  else if (ms >= 60_000) text = t('clock.minutesLeft', { n: Math.ceil(ms / 60_000) });
  else text = t('clock.secondsLeft', { n: secs });
  if (paused && !ended) text = `${t('clock.paused')} · ${text}`;
  return { ms, paused, ended, warning: !ended && isWarning(clock, now), digits, text };
}
