import type { SessionState } from '../../domain/types.ts';
import { ClockArea } from './clock-area.tsx';
import type { Ask } from './confirm-dialog.tsx';
import { DebriefBoard } from './debrief-board.tsx';
import { FeedbackBoard } from './feedback-board.tsx';
import { OsPhaseView } from './os-phase-view.tsx';
import { phaseGuide, phaseTitle } from './phases.ts';
import { PreparationPanel } from './preparation-panel.tsx';
import { RoundsBoard } from './rounds-board.tsx';
import { t } from './t.ts';
import type { Commands } from './use-commands.ts';
import type { PhaseActions } from './use-phase-actions.ts';

/** Centre column: what the current phase needs. */
export function PhaseView(props: {
  state: SessionState;
  sessionId: string;
  joinCode: string;
  joinUrl: string;
  labels: Map<string, string>;
  cmds: Commands;
  ask: Ask;
  actions: PhaseActions;
  serverNow(): number;
  shortcuts: boolean;
}) {
  const { state, cmds, ask } = props;
  const closed = state.phase === 'closed';
  const timed = state.phase === 'round' || state.phase === 'theming';
  return (
    <section class="f-col-main" aria-labelledby="phase-title">
      <h2 id="phase-title" tabIndex={-1}>
        {phaseTitle(state)}
      </h2>
      <p class="f-guide">{phaseGuide(state)}</p>
      {timed && (
        <ClockArea state={state} serverNow={props.serverNow} actions={props.actions} shortcuts={props.shortcuts} disabled={closed} />
      )}
      {state.kind === 'open_space' && state.os ? (
        <OsPhaseView
          state={state}
          os={state.os}
          sessionId={props.sessionId}
          joinCode={props.joinCode}
          joinUrl={props.joinUrl}
          cmds={cmds}
          ask={ask}
          shortcuts={props.shortcuts}
        />
      ) : (
        <>
          {(state.phase === 'lobby' || state.phase === 'opening') && (
            <PreparationPanel
              state={state}
              sessionId={props.sessionId}
              joinCode={props.joinCode}
              joinUrl={props.joinUrl}
              cmds={cmds}
              ask={ask}
              disabled={closed}
            />
          )}
          {state.phase === 'round' && <RoundsBoard state={state} labels={props.labels} />}
          {(state.phase === 'theming' || state.phase === 'debrief' || closed) && (
            <DebriefBoard state={state} cmds={cmds} ask={ask} readOnly={closed} />
          )}
          {state.phase === 'feedback' && <FeedbackBoard state={state} />}
          {closed && <FeedbackBoard state={state} heading={t('f.fb.title')} />}
        </>
      )}
    </section>
  );
}
