import type { SessionState } from '../../domain/types.ts';
import type { LiveSession } from '../shared/use-session.ts';
import { ClockText } from './clock-text.tsx';
import { myPlace, placeText } from './os-model.ts';
import { t } from './texts.ts';
import type { Announce } from './use-announcer.tsx';

interface Props {
  state: SessionState | null;
  me: string;
  live: LiveSession;
  announce: Announce;
}

/** Session name, my group (or my host role), the clock and the connection state. */
export function LiveHeader({ state, me, live, announce }: Props) {
  const hostIndex = state ? state.tables.findIndex((x) => x.hostId === me) : -1;
  const p = state?.participants.find((x) => x.id === me);
  const place = state?.kind === 'open_space' ? myPlace(state, me) : null;
  const who =
    state?.kind === 'open_space'
      ? place
        ? placeText(place)
        : t('os.noTheme')
      : hostIndex >= 0
        ? `${t('p.hostBadge')} · ${t('p.table', { n: hostIndex + 1 })}`
        : p && p.group !== null && state?.grouped
          ? t('p.group', { n: p.group + 1 })
          : t('p.noGroup');
  const showClock = state?.clock && (state.phase === 'round' || state.phase === 'theming');
  const offline = live.status === 'offline' || live.status === 'closed';
  return (
    <header class="p-header">
      <p class="p-session">
        <span class="visually-hidden">{t('p.sessionLabel')}: </span>
        {state?.name ? <bdi>{state.name}</bdi> : t('participant.title')}
      </p>
      {state ? (
        <div class="p-header-row">
          <p class="p-who">{who}</p>
          {showClock ? (
            <ClockText clock={state.clock!} serverNow={live.serverNow} announce={announce} announceEnd={state.phase === 'theming'} />
          ) : null}
        </div>
      ) : null}
      <p class={`p-conn ${live.status}`} aria-live="polite">
        <span class="p-conn-dot" aria-hidden="true">
          {offline ? '!' : ''}
        </span>
        {t(`conn.${live.status}`)}
      </p>
    </header>
  );
}
