import type { SessionState } from '../../domain/types.ts';
import type { SessionInfo } from './screen-app.tsx';
import { ScreenJoinQr, ScreenJoinText } from './screen-join.tsx';
import { Bi, type Heading } from './screen-bi.tsx';

interface Props {
  state: SessionState;
  info: SessionInfo | null;
  heading: Heading;
}

/** Lobby: the join code in very large letters, a big QR code, the join URL and how many joined. */
export function ScreenLobby({ state, info, heading }: Props) {
  return (
    <div class="s-lobby">
      <div class="s-lobby-text">
        <p class="s-session-name" dir="auto">
          {state.name}
        </p>
        <h1 class="s-big">{heading}</h1>
        <ScreenJoinText info={info} />
        <p class="s-joined">
          <span aria-hidden="true">● </span>
          <Bi k="screen.lobby.joined" params={{ n: state.participants.length }} />
        </p>
      </div>
      <ScreenJoinQr state={state} info={info} />
    </div>
  );
}
