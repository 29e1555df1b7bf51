import { isPaused, isRunning } from '../../domain/clock.ts';
import type { Clock, Phase } from '../../domain/types.ts';
import { t } from './t.ts';
import type { PhaseActions } from './use-phase-actions.ts';

function Kbd({ k, on }: { k: string; on: boolean }) {
  return on ? (
    <kbd class="f-kbd" aria-hidden="true">
      {k}
    </kbd>
  ) : null;
}

/** Pause / Resume, +1 min, +5 min, End now; each with its shortcut shown next to it. */
export function ClockControls(props: {
  clock: Clock;
  now: number;
  phase: Phase;
  actions: PhaseActions;
  shortcuts: boolean;
  disabled: boolean;
}) {
  const { clock, now, actions, shortcuts: on, disabled } = props;
  const paused = isPaused(clock);
  const running = isRunning(clock, now);
  const ks = (k: string) => (on ? k : undefined);
  return (
    <div class="f-clock-controls" role="group" aria-label={t('f.clock.controls')}>
      <button type="button" disabled={disabled || (!paused && !running)} aria-keyshortcuts={ks('P')} onClick={() => actions.togglePause()}>
        {paused ? t('f.clock.resume') : t('f.clock.pause')} <Kbd k="P" on={on} />
      </button>
      <button type="button" disabled={disabled} aria-keyshortcuts={ks('1')} onClick={() => actions.extend(1)}>
        {t('f.clock.plus1')} <Kbd k="1" on={on} />
      </button>
      <button type="button" disabled={disabled} aria-keyshortcuts={ks('5')} onClick={() => actions.extend(5)}>
        {t('f.clock.plus5')} <Kbd k="5" on={on} />
      </button>
      <button
        type="button"
        class="danger"
        disabled={disabled || (!paused && !running)}
        aria-keyshortcuts={ks('E')}
        onClick={() => actions.endClock()}
      >
        {props.phase === 'theming' ? t('f.clock.endTheming') : t('f.clock.endRound')} <Kbd k="E" on={on} />
      </button>
    </div>
  );
}
