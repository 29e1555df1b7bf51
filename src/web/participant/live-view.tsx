import { useEffect } from 'preact/hooks';
import { useSession } from '../shared/use-session.ts';
import type { StoredJoin } from './join-store.ts';
import { KidsMode } from './kids.ts';
import { LangSwitch } from './lang-switch.tsx';
import { LiveHeader } from './live-header.tsx';
import { PhaseView } from './phase-view.tsx';
import { t } from './texts.ts';
import { useAnnouncer } from './use-announcer.tsx';
import { useCoalescedAnnouncer, useTableBursts } from './use-bursts.ts';

interface Props {
  join: StoredJoin;
  code: string;
  /** the token no longer works (removed, session gone): back to the join form */
  onLost(): void;
}

/** The live session on a phone: header (who, where, clock, connection) and the current phase. */
export function LiveView({ join, code, onLost }: Props) {
  const live = useSession({ sessionId: join.sessionId, as: 'participant', token: join.token, persistKey: `vp.outbox.${join.sessionId}` });
  const [say, region] = useAnnouncer();
  // one polite region: my own and urgent messages at once, others' bursts summarised
  const [announce, bursts] = useCoalescedAnnouncer(say);

  useEffect(() => {
    if (live.fatal === 4401 || live.fatal === 4403 || live.fatal === 4404) onLost();
  }, [live.fatal]);

  const state = live.state && Array.isArray(live.state.participants) ? live.state : null;
  // child mode (a session setting): bigger text, pictograms and simpler words [SPEC UI5]
  const kids = state?.settings.childMode === true;
  useTableBursts(state, join.participantId, live, bursts);
  return (
    <KidsMode.Provider value={kids}>
      <div class={kids ? 'p-root p-kids' : 'p-root'} data-testid="p-root">
        <LiveHeader state={state} me={join.participantId} live={live} announce={announce} />
        <main id="main" class="p-main">
          {live.fatal !== null ? (
            <p class="error-text">{t('p.fatal')}</p>
          ) : state ? (
            <PhaseView state={state} me={join.participantId} live={live} announce={announce} token={join.token} />
          ) : (
            <p class="p-loading">{t('p.loading')}</p>
          )}
        </main>
        <footer class="p-footer">
          <LangSwitch path={`/join/${code}`} />
        </footer>
        {region}
      </div>
    </KidsMode.Provider>
  );
}
