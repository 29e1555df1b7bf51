import type { SessionState } from '../../domain/types.ts';
import { useTick } from '../shared/use-session.ts';
import { ClockControls } from './clock-controls.tsx';
import { ClockPanel } from './clock-panel.tsx';
import type { PhaseActions } from './use-phase-actions.ts';

/** The clock and its controls; only this part re-renders every half second. */
export function ClockArea(props: {
  state: SessionState;
  serverNow(): number;
  actions: PhaseActions;
  shortcuts: boolean;
  disabled: boolean;
}) {
  useTick(500);
  const clock = props.state.clock;
  if (!clock) return null;
  const now = props.serverNow();
  return (
    <div class="f-clock-row">
      <ClockPanel clock={clock} now={now} />
      <ClockControls
        clock={clock}
        now={now}
        phase={props.state.phase}
        actions={props.actions}
        shortcuts={props.shortcuts}
        disabled={props.disabled}
      />
    </div>
  );
}
