import { useEffect, useRef } from 'preact/hooks';
import { isPaused, isWarning, remainingMs } from '../../domain/clock.ts';
import type { Clock } from '../../domain/types.ts';
import { announce } from './announce.ts';
import { clockText, digits } from './clock-text.ts';
import { t } from './t.ts';

/**
 * The round clock, large, with the same time in words. It is not a live region (it would talk
 * every second); the two-minute warning and the end are announced once each.
 */
export function ClockPanel({ clock, now }: { clock: Clock; now: number }) {
  const ms = remainingMs(clock, now);
  const ended = clock.ended || ms <= 0;
  const warning = !ended && isWarning(clock, now);
  const said = useRef({ warning, ended });

  useEffect(() => {
    if (warning && !said.current.warning) announce(t('clock.warning'));
    if (ended && !said.current.ended) announce(t('clock.ended'));
    said.current = { warning, ended };
  }, [warning, ended]);

  const cls = ended
    ? 'f-clock f-clock-ended'
    : warning
      ? 'f-clock f-clock-warning'
      : isPaused(clock)
        ? 'f-clock f-clock-paused'
        : 'f-clock';
  return (
    <div class={cls}>
      <p class="f-clock-digits" aria-hidden="true">
        {digits(ms)}
      </p>
      <p class="f-clock-text">{clockText(clock, now)}</p>
      {warning && <p class="f-clock-note">{t('clock.warning')}</p>}
    </div>
  );
}
