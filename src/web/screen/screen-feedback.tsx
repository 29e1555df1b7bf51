import type { SessionState } from '../../domain/types.ts';
import type { SessionInfo } from './screen-app.tsx';
import { ScreenJoinQr, ScreenJoinText } from './screen-join.tsx';
import { Bi, type Heading } from './screen-bi.tsx';

/** Feedback (both kinds): how many have answered, and the way back in for a closed phone page. */
export function ScreenFeedback({ state, info, heading }: { state: SessionState; info: SessionInfo | null; heading: Heading }) {
  return (
    <div class="s-lobby s-feedback">
      <div class="s-lobby-text">
        <p class="s-session-name" dir="auto">
          {state.name}
        </p>
        <h1 class="s-big">{heading}</h1>
        <p class="s-lead">
          <Bi k="screen.feedback.body" />
        </p>
        <p class="s-label">
          <Bi k="screen.feedback.rejoin" />
        </p>
        <ScreenJoinText info={info} />
      </div>
      <ScreenJoinQr state={state} info={info} />
    </div>
  );
}
