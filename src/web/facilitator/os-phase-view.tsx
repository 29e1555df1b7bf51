import type { OpenSpace, SessionState } from '../../domain/types.ts';
import type { Ask } from './confirm-dialog.tsx';
import { FeedbackBoard } from './feedback-board.tsx';
import { JoinInfo } from './join-info.tsx';
import { OsFollowupPanel } from './os-followup-panel.tsx';
import { OsGroupsBoard } from './os-groups-board.tsx';
import { OsMarketBoard } from './os-market-board.tsx';
import { OsPearlsBoard } from './os-pearls-board.tsx';
import { t } from './t.ts';
import type { Commands } from './use-commands.ts';

/**
 * Centre column of an Open Space, phase by phase: how to join and the themes on offer
 * (lobby, opening), the marketplace, the groups' flipcharts, the pearls, the follow-up, the
 * feedback; after closing a read-only recap.
 */
export function OsPhaseView(props: {
  state: SessionState;
  os: OpenSpace;
  sessionId: string;
  joinCode: string;
  joinUrl: string;
  cmds: Commands;
  ask: Ask;
  shortcuts: boolean;
}) {
  const { state, os, cmds, ask } = props;
  const market = <OsMarketBoard state={state} os={os} cmds={cmds} ask={ask} />;
  const pearls = <OsPearlsBoard state={state} os={os} cmds={cmds} ask={ask} shortcuts={props.shortcuts} />;
  switch (state.phase) {
    case 'lobby':
    case 'opening':
      return (
        <div class="f-prep">
          <JoinInfo sessionId={props.sessionId} code={props.joinCode} joinUrl={props.joinUrl} closed={false} />
          <section aria-labelledby="os-market-h">
            <h3 id="os-market-h">{t('f.os.market.title')}</h3>
            {market}
          </section>
        </div>
      );
    case 'marketplace':
      return market;
    case 'groups':
      return (
        <>
          <OsGroupsBoard state={state} os={os} sessionId={props.sessionId} cmds={cmds} ask={ask} />
          <details class="f-os-more">
            <summary>{t('f.os.market.more')}</summary>
            {market}
          </details>
        </>
      );
    case 'pearls':
      return pearls;
    case 'followup':
      return (
        <>
          <OsFollowupPanel processId={state.processId} />
          <section aria-labelledby="os-recap-h">
            <h3 id="os-recap-h">{t('f.os.followup.recap')}</h3>
            {pearls}
          </section>
        </>
      );
    case 'feedback':
      return <FeedbackBoard state={state} />;
    default:
      return (
        <>
          <FeedbackBoard state={state} heading={t('f.fb.title')} />
          <section aria-labelledby="os-recap-h">
            <h3 id="os-recap-h">{t('f.os.closed.recap')}</h3>
            <OsGroupsBoard state={state} os={os} sessionId={props.sessionId} cmds={cmds} ask={ask} />
          </section>
        </>
      );
  }
}
