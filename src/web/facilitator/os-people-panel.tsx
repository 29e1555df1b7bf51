import { membersOf } from '../../domain/open-space.ts';
import type { OpenSpace, SessionState } from '../../domain/types.ts';
import { notChosen, workingGroups } from './os-model.ts';
import { groupLabel } from './os-names.ts';
import { t } from './t.ts';

/**
 * Right column of an Open Space: who has joined, who has not chosen a theme yet, and who is in
 * which group now. Names are shown only here, on the facilitator's own screen.
 */
export function OsPeoplePanel({
  state,
  os,
  labels,
  online,
}: {
  state: SessionState;
  os: OpenSpace;
  labels: Map<string, string>;
  online: Set<string>;
}) {
  const onlineCount = state.participants.filter((p) => online.has(p.id)).length;
  const waiting = notChosen(state);
  const groups = workingGroups(os)
    .map((g) => ({ g, members: membersOf(state, g.id) }))
    .filter((x) => x.members.length > 0);
  const person = (id: string) => (
    <li key={id} class="f-person">
      <span class="f-person-name">
        <bdi>{labels.get(id)}</bdi>
        {!online.has(id) && <span class="f-offline"> {t('f.people.offline')}</span>}
      </span>
    </li>
  );
  const choosing = state.phase !== 'lobby' && state.phase !== 'opening';

  return (
    <section class="f-people-panel" aria-labelledby="people-h">
      <h2 id="people-h">{t('f.people.title')}</h2>
      <p class="f-count" data-testid="joined-count">
        {t('f.people.joined', { n: state.participants.length })}
        <span class="f-muted"> · {t('f.people.online', { n: onlineCount })}</span>
      </p>
      <p class="hint">{t('f.os.people.namesHint')}</p>
      {state.participants.length === 0 ? (
        <p class="hint">{t('f.people.nobody')}</p>
      ) : (
        <>
          <h3 id="os-waiting-h">
            {t('f.os.people.notChosen')} <span class="f-muted">({waiting.length})</span>
          </h3>
          {waiting.length === 0 ? (
            <p class="hint">{t('f.os.people.allChosen')}</p>
          ) : (
            <>
              {!choosing && <p class="hint">{t('f.os.people.notYet')}</p>}
              <ul class="f-people f-people-plain" aria-labelledby="os-waiting-h">
                {waiting.map(person)}
              </ul>
            </>
          )}
          {groups.length > 0 && (
            <div class="f-groups-wrap">
              <h3>{t('f.os.people.inGroups')}</h3>
              <ul class="f-groups">
                {groups.map(({ g, members }) => (
                  <li key={g.id} class="f-group">
                    <h4>
                      {groupLabel(os, g.id)} <span class="f-muted">({t('f.group.size', { n: members.length })})</span>
                    </h4>
                    <ul class="f-people">{members.map(person)}</ul>
                  </li>
                ))}
              </ul>
            </div>
          )}
        </>
      )}
    </section>
  );
}
