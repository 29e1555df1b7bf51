import { hostIds } from '../../domain/grouping.ts';
import type { SessionState } from '../../domain/types.ts';
import type { Ask } from './confirm-dialog.tsx';
import { GroupsPanel } from './groups-panel.tsx';
import { HostsPanel } from './hosts-panel.tsx';
import { t } from './t.ts';
import type { Run } from './use-commands.ts';

/** Right column: who has joined, late joiners, groups, and table hosts. */
export function PeoplePanel(props: {
  state: SessionState;
  labels: Map<string, string>;
  online: Set<string>;
  fresh: string[];
  onNoted(): void;
  run: Run;
  ask: Ask;
  disabled: boolean;
}) {
  const { state, labels, online, fresh, run, disabled } = props;
  const onlineCount = state.participants.filter((p) => online.has(p.id)).length;
  const beforeRounds = state.phase === 'lobby' || state.phase === 'opening';
  const hosts = hostIds(state);
  const splittable = state.participants.some((p) => !hosts.has(p.id));
  const freshSet = new Set(fresh);

  const split = () => {
    const go = () => run({ type: 'groups.split' }, t('f.ok.split', { n: state.tables.length }));
    if (!state.grouped) return go();
    props.ask({
      title: t('f.confirm.resplit.title'),
      body: t('f.confirm.resplit.body'),
      confirmLabel: t('f.confirm.resplit.ok'),
      onConfirm: go,
    });
  };

  return (
    <section class="f-people-panel" aria-labelledby="people-h">
      <h2 id="people-h">{t('f.people.title')}</h2>
      <p class="f-count" data-testid="joined-count">
        {t('f.people.joined', { n: state.participants.length })}
        <span class="f-muted"> · {t('f.people.online', { n: onlineCount })}</span>
      </p>

      {fresh.length > 0 && (
        <div class="f-late" role="region" aria-labelledby="late-h">
          <h3 id="late-h">{t('f.late.title')}</h3>
          <ul>
            {fresh.map((id) => {
              const p = state.participants.find((x) => x.id === id);
              return p ? <li key={id}>{t('f.late.item', { name: labels.get(id) ?? '', group: (p.group ?? 0) + 1 })}</li> : null;
            })}
          </ul>
          <button type="button" onClick={props.onNoted}>
            {t('f.late.noted')}
          </button>
        </div>
      )}

      {beforeRounds && (
        <div class="f-split">
          <button
            type="button"
            class={state.grouped ? '' : 'primary'}
            disabled={disabled || !splittable}
            aria-describedby="split-hint"
            onClick={split}
          >
            {state.grouped ? t('f.groups.resplit') : t('f.groups.split')}
          </button>
          <p class="hint" id="split-hint">
            {t('f.groups.splitHint', { n: state.tables.length })}
          </p>
        </div>
      )}

      {state.grouped ? (
        <GroupsPanel state={state} labels={labels} online={online} fresh={freshSet} run={run} disabled={disabled} />
      ) : state.participants.length === 0 ? (
        <p class="hint">{t('f.people.nobody')}</p>
      ) : (
        <ul class="f-people f-people-plain">
          {state.participants.map((p) => (
            <li key={p.id} class="f-person">
              <span class="f-person-name">
                <bdi>{labels.get(p.id)}</bdi>
                {!online.has(p.id) && <span class="f-offline"> {t('f.people.offline')}</span>}
              </span>
              {hosts.has(p.id) && <span class="f-muted">{t('f.people.isHost')}</span>}
            </li>
          ))}
        </ul>
      )}

      <HostsPanel state={state} labels={labels} run={run} disabled={disabled} />
    </section>
  );
}
