import type { SessionState } from '../../domain/types.ts';
import { formatJoinCode } from '../shared/p-join-code.ts';
import type { SessionInfo } from './screen-app.tsx';
import { t } from './texts.ts';

interface Props {
  state: SessionState;
  info: SessionInfo | null;
  heading: string;
}

/** Lobby: the join code in very large letters, a big QR code, the join URL and how many joined. */
export function ScreenLobby({ state, info, heading }: Props) {
  const code = info ? formatJoinCode(info.session.joinCode) : '';
  const url = info ? info.joinUrl.replace(/^https?:\/\//, '') : '';
  return (
    <div class="s-lobby">
      <div class="s-lobby-text">
        <p class="s-session-name">{state.name}</p>
        <h1 class="s-big">{heading}</h1>
        <p class="s-label">{t('screen.lobby.url')}</p>
        <p class="s-url">{url}</p>
        <p class="s-label">{t('screen.lobby.code')}</p>
        <p class="s-code" aria-label={code.split('').join(' ')}>
          {code}
        </p>
        <p class="s-joined">
          <span aria-hidden="true">● </span>
          {t('screen.lobby.joined', { n: state.participants.length })}
        </p>
      </div>
      <div class="s-lobby-qr">
        <p class="s-label">{t('screen.lobby.scan')}</p>
        {info ? (
          <img class="s-qr" src={`/api/sessions/${encodeURIComponent(state.sessionId)}/qr.svg`} alt={t('screen.lobby.qrAlt', { url })} />
        ) : null}
      </div>
    </div>
  );
}
