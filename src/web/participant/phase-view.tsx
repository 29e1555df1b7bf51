import { useEffect, useRef } from 'preact/hooks';
import { locationOf } from '../../domain/rotation.ts';
import type { SessionState } from '../../domain/types.ts';
import type { LiveSession } from '../shared/use-session.ts';
import { DebriefView } from './debrief-view.tsx';
import { FeedbackForm } from './feedback-form.tsx';
import { headingText, moveAnnouncement, phaseAnnouncement } from './heading-text.ts';
import { kidsState } from './kids-now.ts';
import { kt, useKids } from './kids.ts';
import { KidsState } from './kids-state.tsx';
import { LobbyView } from './lobby-view.tsx';
import { MessageView } from './message-view.tsx';
import { myPlace } from './os-model.ts';
import { RoundView } from './round-view.tsx';
import { t } from './texts.ts';
import { ThemingBoard } from './theming-board.tsx';
import type { Announce } from './use-announcer.tsx';
import { useClockEnded } from './use-clock-ended.ts';
import { preloadOsViews, useOsViews } from './use-os-views.ts';

export interface PhaseProps {
  state: SessionState;
  me: string;
  live: LiveSession;
  announce: Announce;
  /** my participant token: pictures are sent and fetched over HTTP with it */
  token: string;
}

/** Where I am, as a key: a new key is a new heading (focused) and an announcement. */
function placeKey(state: SessionState, me: string): string {
  if (state.kind === 'open_space') return `${state.phase}:${state.os?.members[me] ?? '-'}`;
  const loc = locationOf(state, me);
  return `${state.phase}:${state.round}:${loc?.tableId ?? '-'}:${loc?.asHost ? 'h' : ''}`;
}

/** Chooses the view for the current phase and announces every change of phase, table or group. */
export function PhaseView(p: PhaseProps) {
  const kids = useKids();
  const ended = useClockEnded(p.state.clock, p.live.serverNow);
  return (
    <>
      {kids ? <KidsState state={kidsState(p.state, p.me, ended)} openSpace={p.state.kind === 'open_space'} /> : null}
      <PhaseBody {...p} />
    </>
  );
}

function PhaseBody(p: PhaseProps) {
  const { state, me } = p;
  const kids = useKids();
  const key = placeKey(state, me);
  const prev = useRef<{ key: string; phase: string } | null>(null);
  useEffect(() => {
    const before = prev.current;
    if (before && before.key !== key) {
      // same phase, another group: I moved (or the facilitator split or merged my theme)
      const moved = state.kind === 'open_space' && before.phase === state.phase;
      p.announce(moved ? moveAnnouncement(state, me) : phaseAnnouncement(state, me));
    }
    prev.current = { key, phase: state.phase };
  }, [key]);
  useEffect(() => {
    if (state.kind === 'open_space') preloadOsViews().catch(() => undefined);
  }, [state.kind]);

  const heading = headingText(state, me);
  // in the marketplace people try themes in turn: the choice is announced, focus stays in the list
  const headingKey = state.kind === 'open_space' && state.phase === 'marketplace' ? state.phase : key;
  const props = { ...p, heading, headingKey };
  const message = (body: string) => <MessageView heading={heading} headingKey={headingKey} body={body} />;
  switch (state.phase) {
    case 'lobby':
      return <LobbyView {...props} />;
    case 'feedback':
      return <FeedbackForm {...props} />;
    case 'closed':
      return message(kt(kids, 'closed.body', 'kids.closed.body'));
  }
  if (state.kind === 'open_space') return <OpenSpacePhase {...props} />;

  const loc = locationOf(state, me);
  switch (state.phase) {
    case 'opening':
      return message(kt(kids, 'opening.body', 'kids.opening.body'));
    case 'round':
      return loc ? <RoundView {...props} loc={loc} /> : message(kt(kids, 'round.waitBody', 'kids.round.waitBody'));
    case 'theming':
      return loc ? <ThemingBoard {...props} loc={loc} /> : message(kt(kids, 'round.waitBody', 'kids.round.waitBody'));
    case 'debrief':
      return <DebriefView {...props} />;
    default:
      return message(kt(kids, 'lobby.body', 'kids.lobby.body'));
  }
}

/** Session 2, the Open Space: opening → marketplace → groups → pearls → follow-up. */
function OpenSpacePhase(props: PhaseProps & { heading: string; headingKey: string }) {
  const { state, me, heading, headingKey } = props;
  const views = useOsViews();
  const kids = useKids();
  if (state.phase === 'followup')
    return <MessageView heading={heading} headingKey={headingKey} body={kt(kids, 'followup.body', 'kids.os.followup.body')} />;
  if (!state.os || !views) return <p class="p-loading">{t('os.noState')}</p>;
  const { OsGroupView, OsMarketplace, OsOpening, OsPearls } = views;
  const place = myPlace(state, me);
  switch (state.phase) {
    case 'opening':
      return <OsOpening heading={heading} headingKey={headingKey} />;
    case 'marketplace':
      return <OsMarketplace {...props} />;
    case 'groups':
      return place ? <OsGroupView key={place.group.id} {...props} place={place} /> : <OsMarketplace {...props} />;
    case 'pearls':
      return <OsPearls key={place?.group.id ?? '-'} {...props} />;
    default:
      return <MessageView heading={heading} headingKey={headingKey} body={t('lobby.body')} />;
  }
}
