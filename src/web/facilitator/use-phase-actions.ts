import { isPaused, isRunning } from '../../domain/clock.ts';
import type { SessionState } from '../../domain/types.ts';
import { clockText } from './clock-text.ts';
import type { Ask } from './confirm-dialog.tsx';
import { canCloseEarly, nextAction, phaseTitle } from './phases.ts';
import { t } from './t.ts';
import type { Run } from './use-commands.ts';

export interface PhaseActions {
  next(fromShortcut: boolean): void;
  close(): void;
  endClock(): void;
  togglePause(): void;
  extend(minutes: number): void;
}

/**
 * The room-wide actions, shared by the buttons and the keyboard shortcuts. Each asks once
 * when it cuts something short (a running clock, the session itself).
 */
export function usePhaseActions(state: SessionState | null, now: () => number, run: Run, ask: Ask): PhaseActions {
  const closed = !state || state.phase === 'closed';
  const close = () => {
    if (closed) return;
    ask({
      title: t('f.confirm.close.title'),
      body: state && canCloseEarly(state) ? t('f.fb.closeEarlyBody') : t('f.confirm.close.body'),
      confirmLabel: t('f.confirm.close.ok'),
      danger: true,
      onConfirm: () => run({ type: 'session.close' }, t('f.ok.closed')),
    });
  };
  return {
    next(fromShortcut) {
      if (!state || closed) return;
      const action = nextAction(state);
      if (action.kind === 'close') return close();
      if (action.kind !== 'next') return;
      const running = state.clock !== null && (isRunning(state.clock, now()) || isPaused(state.clock));
      const go = () => run({ type: 'phase.next' });
      if (!running && !fromShortcut) return go();
      ask({
        title: t('f.confirm.next.title', { action: action.label }),
        body: running && state.clock ? t('f.confirm.next.bodyRunning', { left: clockText(state.clock, now()) }) : t('f.confirm.next.body'),
        confirmLabel: action.label,
        danger: running,
        onConfirm: go,
      });
    },
    close,
    endClock() {
      if (!state?.clock || closed || !(isRunning(state.clock, now()) || isPaused(state.clock))) return;
      ask({
        title: t('f.confirm.end.title', { phase: phaseTitle(state) }),
        body: t('f.confirm.end.body'),
        confirmLabel: t('f.confirm.end.ok'),
        danger: true,
        onConfirm: () => run({ type: 'clock.end' }, t('f.ok.ended')),
      });
    },
    togglePause() {
      const c = state?.clock;
      if (!c || closed) return;
      if (isPaused(c)) run({ type: 'clock.resume' }, t('f.ok.resumed'));
      else if (isRunning(c, now())) run({ type: 'clock.pause' }, t('f.ok.paused'));
    },
    extend(minutes) {
      if (!state?.clock || closed) return;
      run({ type: 'clock.extend', minutes }, t('f.ok.extended', { n: minutes }));
    },
  };
}
