import type { SessionState } from '../../domain/types.ts';
import { formatJoinCode } from '../shared/p-join-code.ts';
import type { SessionInfo } from './screen-app.tsx';
import { t } from './texts.ts';
import { Bi } from './screen-bi.tsx';

/** The join address and code in large letters (the lobby; smaller again in the feedback phase). */
export function ScreenJoinText({ info }: { info: SessionInfo | null }) {
  const code = info ? formatJoinCode(info.session.joinCode) : '';
  const url = info ? info.joinUrl.replace(/^https?:\/\//, '') : '';
  return (
    <>
      <p class="s-label">
        <Bi k="screen.lobby.url" />
      </p>
      {/* an address reads left to right on an Arabic projector too (digits and slashes would reorder) */}
      <p class="s-url">
        <span dir="ltr">{url}</span>
      </p>
      <p class="s-label">
        <Bi k="screen.lobby.code" />
      </p>
      <p class="s-code" aria-label={code.split('').join(' ')}>
        <span dir="ltr">{code}</span>
      </p>
    </>
  );
}

/** The big QR code that opens the join page. */
export function ScreenJoinQr({ state, info }: { state: SessionState; info: SessionInfo | null }) {
  const url = info ? info.joinUrl.replace(/^https?:\/\//, '') : '';
  return (
    <div class="s-lobby-qr">
      <p class="s-label">
        <Bi k="screen.lobby.scan" />
      </p>
      {info ? (
        <img class="s-qr" src={`/api/sessions/${encodeURIComponent(state.sessionId)}/qr.svg`} alt={t('screen.lobby.qrAlt', { url })} />
      ) : null}
    </div>
  );
}
