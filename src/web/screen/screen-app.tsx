import { useEffect, useState } from 'preact/hooks';
import type { SessionState } from '../../domain/types.ts';
import type { ProcessSummary, SessionSummary } from '../../protocol/http-schema.ts';
import { api } from '../shared/api.ts';
import type { Translator } from '../shared/i18n.ts';
import { useSession } from '../shared/use-session.ts';
import { ScreenDebrief } from './screen-debrief.tsx';
import { ScreenFeedback } from './screen-feedback.tsx';
import { ScreenLobby } from './screen-lobby.tsx';
import { ScreenMessage } from './screen-message.tsx';
import { ScreenOpening } from './screen-opening.tsx';
import { ScreenOsGroups } from './screen-os-groups.tsx';
import { ScreenOsMarket } from './screen-os-market.tsx';
import { ScreenOsOpening } from './screen-os-opening.tsx';
import { ScreenOsPearls } from './screen-os-pearls.tsx';
import { Bi, BiText, SecondLang, type Heading } from './screen-bi.tsx';
import { ScreenTables } from './screen-tables.tsx';
import { lang, t, tIn, type SKey } from './texts.ts';

export interface SessionInfo {
  session: SessionSummary;
  process: ProcessSummary;
  joinUrl: string;
}

function headingOf(s: SessionState, tr: Translator<SKey>): string {
  switch (s.phase) {
    case 'lobby':
      return tr('screen.lobby.heading');
    case 'opening':
      return s.name;
    case 'round':
      return tr('screen.round.heading', { n: s.round + 1, total: s.tables.length });
    case 'theming':
      return tr('screen.theming.heading');
    case 'debrief':
      return tr('screen.debrief.heading');
    case 'marketplace':
      return tr('screen.os.market.heading');
    case 'groups':
      return tr('screen.os.groups.heading');
    case 'pearls':
      return tr('screen.os.pearls.heading');
    case 'followup':
      return tr('screen.os.followup.heading');
    case 'feedback':
      return s.feedback.length === 1 ? tr('screen.feedback.headingOne') : tr('screen.feedback.heading', { n: s.feedback.length });
    case 'closed':
      return tr('screen.closed.heading');
  }
}

/** The view of one phase; Open Space phases need the Open Space state. */
function PhaseScreen({
  state,
  info,
  heading,
  serverNow,
}: {
  state: SessionState;
  info: SessionInfo | null;
  heading: Heading;
  serverNow(): number;
}) {
  const os = state.kind === 'open_space' && state.os !== null;
  switch (state.phase) {
    case 'lobby':
      return <ScreenLobby state={state} info={info} heading={heading} />;
    case 'opening':
      return state.kind === 'open_space' ? <ScreenOsOpening heading={heading} /> : <ScreenOpening state={state} heading={heading} />;
    case 'round':
    case 'theming':
      return <ScreenTables state={state} heading={heading} serverNow={serverNow} />;
    case 'debrief':
      return <ScreenDebrief state={state} heading={heading} />;
    case 'marketplace':
      return os ? <ScreenOsMarket state={state} heading={heading} /> : null;
    case 'groups':
      return os ? <ScreenOsGroups state={state} heading={heading} /> : null;
    case 'pearls':
      return os ? <ScreenOsPearls state={state} heading={heading} /> : null;
    case 'feedback':
      return <ScreenFeedback state={state} info={info} heading={heading} />;
    case 'followup':
    case 'closed':
      return (
        <div class="s-center">
          <h1 class="s-huge">{heading}</h1>
          <p class="s-lead">
            <Bi k={state.phase === 'closed' ? 'screen.closed.body' : 'screen.os.followup.body'} />
          </p>
        </div>
      );
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
  // the second language of the fixed texts: a session setting; none when it is the page's own
  const second = state?.settings.screenSecondLang ?? null;
  const l2 = second === lang ? null : second;
  const text = state ? headingOf(state, t) : '';

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

  const heading = <BiText first={text} second={l2 ? headingOf(state, tIn(l2)) : null} />;
  return (
    <SecondLang.Provider value={l2}>
      <main class={`s-main s-${state.phase}${l2 ? ' s-two-langs' : ''}`}>
        <PhaseScreen state={state} info={info} heading={heading} serverNow={live.serverNow} />
        <div class="visually-hidden" aria-live="polite" aria-atomic="true">
          {text}
        </div>
        {live.status === 'offline' ? (
          <p class="s-offline">
            <span aria-hidden="true">⚠ </span>
            {t('screen.offline')}
          </p>
        ) : null}
      </main>
    </SecondLang.Provider>
  );
}
