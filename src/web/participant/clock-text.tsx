import { useEffect, useRef } from 'preact/hooks';
import type { Clock } from '../../domain/types.ts';
import { clockView } from '../shared/p-clock.ts';
import { useTick } from '../shared/use-session.ts';
import { t } from './texts.ts';
import type { Announce } from './use-announcer.tsx';

interface Props {
  clock: Clock;
  serverNow(): number;
  announce: Announce;
  /** also announce "time is up" (the round view announces its own "next: go to table N") */
  announceEnd: boolean;
}

/** "12 min jäljellä" from the server's end time; a calm change in the last two minutes. */
export function ClockText({ clock, serverNow, announce, announceEnd }: Props) {
  useTick(1000);
  const v = clockView(clock, serverNow(), t);
  const stage = v.ended ? 'ended' : v.warning ? 'warning' : 'normal';
  const prev = useRef(stage);
  useEffect(() => {
    if (prev.current !== stage) {
      if (stage === 'warning') announce(t('clock.warning'));
      if (stage === 'ended' && announceEnd) announce(t('clock.ended'));
    }
    prev.current = stage;
  }, [stage]);
  return (
    <p class={`p-clock ${stage}${v.paused ? ' paused' : ''}`} role="timer" aria-atomic="true">
      <span class="p-clock-icon" aria-hidden="true">
        {v.paused ? 'Ⅱ' : v.ended ? '■' : '◷'}
      </span>
      {v.text}
    </p>
  );
}
