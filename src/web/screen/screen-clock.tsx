import type { Clock } from '../../domain/types.ts';
import { clockView } from '../shared/p-clock.ts';
import { useTick } from '../shared/use-session.ts';
import { BiText, useSecondLang } from './screen-bi.tsx';
import { t, tIn } from './texts.ts';

/** A large countdown, also as words; the last two minutes are a calm colour change, no flashing. */
export function ScreenClock({ clock, serverNow }: { clock: Clock; serverNow(): number }) {
  useTick(1000);
  const l2 = useSecondLang();
  const v = clockView(clock, serverNow(), t);
  const v2 = l2 ? clockView(clock, serverNow(), tIn(l2)) : null;
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
        <BiText first={v.text} second={v2 ? v2.text : null} />
      </p>
    </div>
  );
}
