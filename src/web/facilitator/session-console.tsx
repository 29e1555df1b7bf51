import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ProcessSummary, SessionSummary } from '../../protocol/http-schema.ts';
import { useSession } from '../shared/use-session.ts';
import { announce } from './announce.ts';
import { CommandFeedback } from './command-feedback.tsx';
import { ConfirmDialog, type ConfirmRequest } from './confirm-dialog.tsx';
import { FlagsPanel } from './flags-panel.tsx';
import { NextPhaseButton } from './next-phase-button.tsx';
import { OsFlagsPanel } from './os-flags-panel.tsx';
import { OsPeoplePanel } from './os-people-panel.tsx';
import { useSpotlightKeys } from './use-spotlight-keys.ts';
import { PeoplePanel } from './people-panel.tsx';
import { peopleLabels } from './people.ts';
import { PhaseStepper } from './phase-stepper.tsx';
import { PhaseView } from './phase-view.tsx';
import { phaseTitle } from './phases.ts';
import { ProjectorCard } from './projector-card.tsx';
import { RoomSettings } from './room-settings.tsx';
import { navigate, path } from './route.ts';
import { ShortcutsToggle } from './shortcuts-toggle.tsx';
import { formatCode, t } from './t.ts';
import { useCommands } from './use-commands.ts';
import { useLateJoiners } from './use-late-joiners.ts';
import { usePhaseActions } from './use-phase-actions.ts';
import { useShortcuts, useShortcutsEnabled } from './use-shortcuts.ts';

export interface SessionInfo {
  session: SessionSummary;
  process: ProcessSummary;
  joinUrl: string;
}

const typing = (el: Element | null) => el instanceof HTMLElement && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName));

/** The live console: phase stepper left, the current phase in the centre, people right. */
export function SessionConsole({ info }: { info: SessionInfo }) {
  const id = info.session.id;
  const live = useSession({ sessionId: id, as: 'facilitator' });
  const cmds = useCommands(live);
  const [confirm, setConfirm] = useState<ConfirmRequest | null>(null);
  const [shortcutsOn, setShortcutsOn] = useShortcutsEnabled();
  const state = live.state;
  const actions = usePhaseActions(state, live.serverNow, cmds.run, setConfirm);
  const [fresh, clearFresh] = useLateJoiners(state);
  const labels = useMemo(() => (state ? peopleLabels(state) : new Map<string, string>()), [state?.participants]);
  const closed = state?.phase === 'closed';

  const os = state?.kind === 'open_space' ? state.os : null;
  const spotlight = useSpotlightKeys(state, cmds.run);
  useShortcuts(
    {
      n: () => actions.next(true),
      p: actions.togglePause,
      e: actions.endClock,
      '1': () => actions.extend(1),
      '5': () => actions.extend(5),
      s: spotlight.next,
      a: spotlight.all,
    },
    shortcutsOn && !!state && !closed,
  );

  // a phase change is announced once and focus goes to the phase heading (not while typing)
  const phaseKey = state ? `${state.phase}:${state.round}` : null;
  const prevKey = useRef<string | null>(null);
  useEffect(() => {
    if (!state || !phaseKey) return;
    if (prevKey.current !== null && prevKey.current !== phaseKey) {
      announce(t('f.phase.now', { phase: phaseTitle(state) }));
      if (!typing(document.activeElement) && !document.querySelector('dialog[open]')) document.getElementById('phase-title')?.focus();
    }
    prevKey.current = phaseKey;
  }, [phaseKey]);

  useEffect(() => {
    if (live.fatal === 4401) navigate(`${path('/login')}?next=${encodeURIComponent(location.pathname)}`, { replace: true });
  }, [live.fatal]);

  if (live.fatal !== null) {
    return <p class="error-text">{live.fatal === 4401 ? t('error.unauthenticated') : t('f.console.noAccess')}</p>;
  }
  if (!state || !state.tables) {
    return (
      <p class="status" role="status">
        {t(`conn.${live.status}`)}
      </p>
    );
  }

  return (
    <div class="f-console">
      <div class="f-console-bar">
        <p class="f-bar-code">
          {t('f.join.code')}: <strong class="f-mono">{formatCode(info.session.joinCode)}</strong>
        </p>
        {closed && <p class="f-badge f-badge-closed">{t('f.console.closed')}</p>}
        <CommandFeedback cmds={cmds} status={live.status} />
      </div>
      <div class="f-console-grid">
        <section class="f-col-left" aria-labelledby="phases-h">
          <h2 id="phases-h">{t('f.phases.title')}</h2>
          <PhaseStepper state={state} />
          <NextPhaseButton state={state} onNext={() => actions.next(false)} onClose={actions.close} shortcuts={shortcutsOn} />
          <ShortcutsToggle on={shortcutsOn} set={setShortcutsOn} kind={state.kind} />
          <ProjectorCard state={state} sessionId={id} screens={live.presence.screens} />
          <RoomSettings state={state} cmds={cmds} disabled={closed} />
        </section>
        <PhaseView
          state={state}
          sessionId={id}
          joinCode={info.session.joinCode}
          joinUrl={info.joinUrl}
          labels={labels}
          cmds={cmds}
          ask={setConfirm}
          actions={actions}
          serverNow={live.serverNow}
          shortcuts={shortcutsOn}
        />
        <aside class="f-col-right" aria-label={t('f.people.aside')}>
          {os ? (
            <>
              <OsPeoplePanel state={state} os={os} labels={labels} online={live.presence.online} />
              <OsFlagsPanel os={os} />
            </>
          ) : (
            <>
              <PeoplePanel
                state={state}
                labels={labels}
                online={live.presence.online}
                fresh={fresh}
                onNoted={clearFresh}
                run={cmds.run}
                ask={setConfirm}
                disabled={closed}
              />
              <FlagsPanel state={state} />
            </>
          )}
        </aside>
      </div>
      <ConfirmDialog request={confirm} onDone={() => setConfirm(null)} />
    </div>
  );
}
