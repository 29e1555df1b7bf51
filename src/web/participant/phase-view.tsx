import { useEffect, useRef } from 'preact/hooks';
import { locationOf } from '../../domain/rotation.ts';
import type { SessionState } from '../../domain/types.ts';
import type { LiveSession } from '../shared/use-session.ts';
import { DebriefView } from './debrief-view.tsx';
import { headingText, phaseAnnouncement } from './heading-text.ts';
import { LobbyView } from './lobby-view.tsx';
import { MessageView } from './message-view.tsx';
import { RoundView } from './round-view.tsx';
import { t } from './texts.ts';
import { ThemingBoard } from './theming-board.tsx';
import type { Announce } from './use-announcer.tsx';

export interface PhaseProps {
  state: SessionState;
  me: string;
  live: LiveSession;
  announce: Announce;
}

/** Chooses the view for the current phase and announces every change of phase or table. */
export function PhaseView({ state, me, live, announce }: PhaseProps) {
  const loc = locationOf(state, me);
  const key = `${state.phase}:${state.round}:${loc?.tableId ?? '-'}:${loc?.asHost ? 'h' : ''}`;
  const first = useRef(true);
  useEffect(() => {
    if (!first.current) announce(phaseAnnouncement(state, me));
    first.current = false;
  }, [key]);

  const heading = headingText(state, me);
  const props = { state, me, live, announce, heading, headingKey: key };
  switch (state.phase) {
    case 'lobby':
      return <LobbyView {...props} />;
    case 'opening':
      return <MessageView heading={heading} headingKey={key} body={t('opening.body')} />;
    case 'round':
      return loc ? <RoundView {...props} loc={loc} /> : <MessageView heading={heading} headingKey={key} body={t('round.waitBody')} />;
    case 'theming':
      return loc ? <ThemingBoard {...props} loc={loc} /> : <MessageView heading={heading} headingKey={key} body={t('round.waitBody')} />;
    case 'debrief':
      return <DebriefView {...props} />;
    case 'closed':
      return <MessageView heading={heading} headingKey={key} body={t('closed.body')} />;
  }
}
