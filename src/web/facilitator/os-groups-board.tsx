import { useState } from 'preact/hooks';
import type { OpenSpace, SessionState } from '../../domain/types.ts';
import type { Ask } from './confirm-dialog.tsx';
import { OsGroupCard } from './os-group-card.tsx';
import { workingGroups } from './os-model.ts';
import { groupLabel } from './os-names.ts';
import { OsScribePanel } from './os-scribe-panel.tsx';
import { t } from './t.ts';
import type { Commands } from './use-commands.ts';

/** Choose the group to write for: a select and a button (arrow keys alone never switch). */
function ScribeChooser({
  os,
  groups,
  current,
  onChoose,
}: {
  os: OpenSpace;
  groups: string[];
  current: string | null;
  onChoose(gid: string): void;
}) {
  const [pick, setPick] = useState(current ?? '');
  return (
    <form
      class="f-os-scribe-start"
      onSubmit={(e) => {
        e.preventDefault();
        if (pick && groups.includes(pick)) onChoose(pick);
      }}
    >
      <label for="os-scribe-pick">{t('f.os.scribe.choose')}</label>
      <div class="f-inline">
        <select id="os-scribe-pick" aria-describedby="os-scribe-hint" value={pick} onChange={(e) => setPick(e.currentTarget.value)}>
          <option value="">{t('f.theme.choose')}</option>
          {groups.map((g) => (
            <option key={g} value={g}>
              {groupLabel(os, g)}
            </option>
          ))}
        </select>
        <button type="submit" class="f-small" disabled={!pick || pick === current}>
          {t('f.os.scribe.start')}
        </button>
      </div>
      <p class="hint" id="os-scribe-hint">
        {t('f.os.scribe.hint')}
      </p>
    </form>
  );
}

/**
 * Groups at work: every group's flipchart, photos and good-practice records as they are
 * written; the facilitator can act as scribe for any one group.
 */
export function OsGroupsBoard(props: { state: SessionState; os: OpenSpace; sessionId: string; cmds: Commands; ask: Ask }) {
  const { state, os } = props;
  const [scribe, setScribe] = useState<string | null>(null);
  const groups = workingGroups(os).map((g) => g.id);
  const canWrite = state.phase === 'groups' || state.phase === 'pearls';
  const current = scribe && groups.includes(scribe) ? scribe : null;

  const choose = (gid: string) => {
    setScribe(gid);
    setTimeout(() => document.getElementById('os-scribe-h')?.focus(), 0);
  };
  const stop = () => {
    const was = current;
    setScribe(null);
    setTimeout(() => (was ? document.getElementById(`os-group-h-${was}`) : document.getElementById('os-scribe-pick'))?.focus(), 0);
  };

  return (
    <div class="f-os-groups-board">
      <p class="f-count" data-testid="os-groups-summary">
        {t('f.os.groups.summary', {
          groups: groups.length,
          items: os.items.length,
          images: os.images.length,
          practices: os.practices.length,
        })}
      </p>
      {canWrite && groups.length > 0 && (
        <div class="f-os-scribe-area">
          <ScribeChooser key={current ?? ''} os={os} groups={groups} current={current} onChoose={choose} />
          {current && (
            <OsScribePanel
              key={current}
              os={os}
              gid={current}
              sessionId={props.sessionId}
              cmds={props.cmds}
              ask={props.ask}
              onStop={stop}
            />
          )}
        </div>
      )}
      {groups.length === 0 ? (
        <p class="hint">{t('f.os.groups.none')}</p>
      ) : (
        <ul class="f-os-groups">
          {groups.map((gid) => (
            <OsGroupCard
              key={gid}
              os={os}
              gid={gid}
              sessionId={props.sessionId}
              scribing={gid === current}
              onScribe={canWrite ? () => choose(gid) : null}
            />
          ))}
        </ul>
      )}
    </div>
  );
}
