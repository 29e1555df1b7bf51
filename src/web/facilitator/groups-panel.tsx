import { useState } from 'preact/hooks';
import { groupSizes, hostIds } from '../../domain/grouping.ts';
import { tableForGroup } from '../../domain/rotation.ts';
import type { SessionState } from '../../domain/types.ts';
import { PersonRow } from './person-row.tsx';
import { t } from './t.ts';
import type { Run } from './use-commands.ts';

/** Groups as lists with their sizes; people move by select (keyboard) or by dragging. */
export function GroupsPanel(props: {
  state: SessionState;
  labels: Map<string, string>;
  online: Set<string>;
  fresh: Set<string>;
  run: Run;
  disabled: boolean;
}) {
  const { state, labels, online, fresh, run, disabled } = props;
  const [over, setOver] = useState<number | null>(null);
  const T = state.tables.length;
  const hosts = hostIds(state);
  const sizes = groupSizes(state);
  const people = state.participants.filter((p) => !hosts.has(p.id));
  const ungrouped = people.filter((p) => p.group === null || p.group >= T);
  const atTable = state.phase === 'round' || state.phase === 'theming';

  const drop = (g: number) => (e: DragEvent) => {
    e.preventDefault();
    setOver(null);
    const id = e.dataTransfer?.getData('text/plain');
    const p = state.participants.find((x) => x.id === id);
    if (!p || p.group === g || disabled) return;
    run({ type: 'participant.move', participantId: p.id, group: g }, t('f.ok.moved', { name: labels.get(p.id) ?? '', n: g + 1 }));
  };

  const row = (p: (typeof people)[number]) => (
    <PersonRow
      key={p.id}
      p={p}
      label={labels.get(p.id) ?? ''}
      groupCount={T}
      isNew={fresh.has(p.id)}
      online={online.has(p.id)}
      run={run}
      disabled={disabled}
    />
  );

  return (
    <div class="f-groups-wrap">
      <h3>{t('f.groups.title')}</h3>
      {!disabled && <p class="hint">{t('f.groups.hint')}</p>}
      <ul class="f-groups">
        {sizes.map((size, g) => (
          <li
            key={g}
            class={over === g ? 'f-group f-drop' : 'f-group'}
            onDragOver={(e) => {
              e.preventDefault();
              setOver(g);
            }}
            onDragLeave={() => setOver((o) => (o === g ? null : o))}
            onDrop={drop(g)}
          >
            <h4>
              {t('f.group.n', { n: g + 1 })} <span class="f-muted">({t('f.group.size', { n: size })})</span>
            </h4>
            {atTable && <p class="f-group-where">{t('f.group.atTable', { n: tableForGroup(g, state.round, T) + 1 })}</p>}
            {size === 0 ? (
              <p class="hint">{t('f.group.empty')}</p>
            ) : (
              <ul class="f-people">{people.filter((p) => p.group === g).map(row)}</ul>
            )}
          </li>
        ))}
      </ul>
      {ungrouped.length > 0 && (
        <>
          <h4>{t('f.groups.none', { n: ungrouped.length })}</h4>
          <ul class="f-people">{ungrouped.map(row)}</ul>
        </>
      )}
    </div>
  );
}
