import { useEffect } from 'preact/hooks';
import { nextTableForGroup, type Location } from '../../domain/rotation.ts';
import { kt, useKids } from './kids.ts';
import { NoteForm } from './note-form.tsx';
import { NoteList } from './note-list.tsx';
import { PhaseHeading } from './phase-heading.tsx';
import type { PhaseProps } from './phase-view.tsx';
import { QuestionList } from './question-list.tsx';
import { TableBand } from './table-band.tsx';
import { t } from './texts.ts';
import { useClockEnded } from './use-clock-ended.ts';

type Props = PhaseProps & { heading: string; headingKey: string; loc: Location };

/** A round: go to table N (or stay, as its host), talk about the questions, write notes. */
export function RoundView({ state, me, live, announce, heading, headingKey, loc }: Props) {
  const table = state.tables[loc.tableIndex]!;
  const ended = useClockEnded(state.clock, live.serverNow);
  const p = state.participants.find((x) => x.id === me);
  const nextIndex = !loc.asHost && p && p.group !== null ? nextTableForGroup(state, p.group) : null;
  const kids = useKids();
  const next = loc.asHost
    ? kt(kids, 'round.hostNext', 'kids.round.hostNext')
    : nextIndex !== null
      ? kt(kids, 'round.next', 'kids.round.next', { n: nextIndex + 1 })
      : kt(kids, 'round.nextTheming', 'kids.round.nextTheming');
  const paused = state.clock !== null && state.clock.pausedRemainingMs !== null;

  useEffect(() => {
    if (ended) announce(next);
  }, [ended, headingKey]);

  const notes = state.notes.filter((n) => n.tableId === table.id);
  const meeting = table.meetingUrl && /^https?:\/\//.test(table.meetingUrl) ? table.meetingUrl : null;
  return (
    <>
      <PhaseHeading key={headingKey} text={heading} />
      <p class="p-round">{t('p.roundOf', { n: state.round + 1, total: state.tables.length })}</p>
      <TableBand table={table} index={loc.tableIndex} />
      {ended ? <p class="p-callout p-next">{next}</p> : null}
      {kids && paused && !ended ? <p class="p-callout">{t('kids.round.paused')}</p> : null}
      {loc.asHost ? <p>{kt(kids, 'round.hostBody', 'kids.round.hostBody')}</p> : null}
      {kids && !loc.asHost && !ended ? <p class="p-lead">{t('kids.round.body')}</p> : null}
      {meeting ? (
        <p>
          <a class="button" href={meeting} target="_blank" rel="noopener noreferrer">
            {t('round.meeting')}
          </a>
        </p>
      ) : null}
      <QuestionList table={table} />
      <NoteForm sessionId={state.sessionId} live={live} announce={announce} />
      <NoteList notes={notes} me={me} isHost={loc.asHost} live={live} announce={announce} />
    </>
  );
}
