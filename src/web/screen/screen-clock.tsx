import type { Clock } from '../../domain/types.ts';
import { clockView } from '../shared/p-clock.ts';
import { useTick } from '../shared/use-session.ts';
import { t } from './texts.ts';

/** A large countdown, also as words; the last two minutes are a calm colour change, no flashing. */
export function ScreenClock({ clock, serverNow }: { clock: Clock; serverNow(): number }) {
  useTick(1000);
  const v = clockView(clock, serverNow(), t);
  const cls = v.ended ? 'ended' : v.warning ? 'warning' : v.paused ? 'paused' : '';
  return (
    <div class={`s-clock ${cls}`} role="timer" aria-label={t('screen.clock.label')}>
      <p class="s-clock-digits" aria-hidden="true">
        {v.ended ? '0:00' : v.digits}
      </p>
      <p class="s-clock-text">
        {v.warning ? (
          <span aria-hidden="true" class="s-clock-icon">
            ◷{' '}
          </span>
        ) : null}
        {v.text}
      </p>
    </div>
  );
}
