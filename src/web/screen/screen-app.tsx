import { useEffect, useState } from 'preact/hooks';
import type { SessionState } from '../../domain/types.ts';
import type { ProcessSummary, SessionSummary } from '../../protocol/http-schema.ts';
import { api } from '../shared/api.ts';
import { useSession } from '../shared/use-session.ts';
import { ScreenDebrief } from './screen-debrief.tsx';
import { ScreenLobby } from './screen-lobby.tsx';
import { ScreenMessage } from './screen-message.tsx';
import { ScreenOpening } from './screen-opening.tsx';
import { ScreenTables } from './screen-tables.tsx';
import { t } from './texts.ts';

export interface SessionInfo {
  session: SessionSummary;
  process: ProcessSummary;
  joinUrl: string;
}

function headingOf(s: SessionState): string {
  switch (s.phase) {
    case 'lobby':
      return t('screen.lobby.heading');
    case 'opening':
      return s.name;
    case 'round':
      return t('screen.round.heading', { n: s.round + 1, total: s.tables.length });
    case 'theming':
      return t('screen.theming.heading');
    case 'debrief':
      return t('screen.debrief.heading');
    case 'closed':
      return t('screen.closed.heading');
  }
}

/** The projector: one read-only view of the room, per phase; no controls, no scrolling. */
export function ScreenApp({ sessionId }: { sessionId: string }) {
  const live = useSession({ sessionId, as: 'screen' });
  const [info, setInfo] = useState<SessionInfo | null>(null);

  useEffect(() => {
    let stop = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const load = async () => {
      const r = await api<SessionInfo>('GET', `/api/sessions/${encodeURIComponent(sessionId)}`);
      if (stop) return;
      if (r.ok) setInfo(r.data);
      else if (r.status === 0 || r.status >= 500) timer = setTimeout(load, 5000);
    };
    void load();
    return () => {
      stop = true;
      clearTimeout(timer);
    };
  }, [sessionId]);

  const state = live.state && Array.isArray(live.state.participants) ? live.state : null;
  const heading = state ? headingOf(state) : '';

  if (live.fatal !== null || !sessionId) {
    const notFound = live.fatal === 4404 || !sessionId;
    return (
      <ScreenMessage
        heading={t(notFound ? 'screen.notFound' : 'screen.fatal')}
        body={t(notFound ? 'screen.notFoundBody' : 'screen.fatalBody')}
      />
    );
  }
  if (!state) return <ScreenMessage heading={t('screen.connecting')} body="" />;

  return (
    <main class={`s-main s-${state.phase}`}>
      {state.phase === 'lobby' ? (
        <ScreenLobby state={state} info={info} heading={heading} />
      ) : state.phase === 'opening' ? (
        <ScreenOpening state={state} heading={heading} />
      ) : state.phase === 'round' || state.phase === 'theming' ? (
        <ScreenTables state={state} heading={heading} serverNow={live.serverNow} />
      ) : state.phase === 'debrief' ? (
        <ScreenDebrief state={state} heading={heading} />
      ) : (
        <div class="s-center">
          <h1 class="s-huge">{heading}</h1>
          <p class="s-lead">{t('screen.closed.body')}</p>
        </div>
      )}
      <div class="visually-hidden" aria-live="polite" aria-atomic="true">
        {heading}
      </div>
      {live.status === 'offline' ? (
        <p class="s-offline">
          <span aria-hidden="true">⚠ </span>
          {t('screen.offline')}
        </p>
      ) : null}
    </main>
  );
}
