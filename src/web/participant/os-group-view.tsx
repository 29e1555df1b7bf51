import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { memberCount } from '../../domain/open-space.ts';
import { kt, useKids } from './kids.ts';
import { KidsNote } from './kids-state.tsx';
import { OsFlipchart } from './os-flipchart.tsx';
import { OsImages } from './os-images.tsx';
import { peopleText, type MyPlace } from './os-model.ts';
import { OsPractices } from './os-practices.tsx';
import { OsThemeList } from './os-theme-list.tsx';
import { PhaseHeading } from './phase-heading.tsx';
import type { PhaseProps } from './phase-view.tsx';
import { t } from './texts.ts';

type Props = PhaseProps & { heading: string; headingKey: string; place: MyPlace };

/**
 * "Move to another theme" (the law of two feet): one tap opens the theme list in place of the
 * group's work; choosing moves me, and the view of my new group replaces this one.
 */
export function useMove() {
  const [picking, setPicking] = useState(false);
  const btn = useRef<HTMLButtonElement>(null);
  const was = useRef(false);
  useLayoutEffect(() => {
    if (picking) document.getElementById('os-themes-h')?.focus();
    else if (was.current) btn.current?.focus();
    was.current = picking;
  }, [picking]);
  return { picking, btn, open: () => setPicking(true), close: () => setPicking(false) };
}

export function MoveBar({ move, label }: { move: ReturnType<typeof useMove>; label?: string }) {
  const kids = useKids();
  return (
    <div class="os-move">
      <button
        type="button"
        ref={move.btn}
        class={move.picking ? undefined : 'os-move-btn'}
        aria-expanded={move.picking}
        onClick={move.picking ? move.close : move.open}
      >
        <span class="dir-icon" aria-hidden="true">
          {move.picking ? '←' : '⇄'}
        </span>{' '}
        {move.picking ? t('os.back') : (label ?? kt(kids, 'os.move', 'kids.os.move'))}
      </button>
      {kids ? <KidsNote state="move">{t('kids.os.moveHint')}</KidsNote> : <p class="hint">{t('os.moveHint')}</p>}
    </div>
  );
}

/** The group's work: theme questions, the flipchart, photos and drawings, good practices. */
export function OsGroupWork(p: PhaseProps & { groupId: string }) {
  return (
    <>
      <OsFlipchart state={p.state} groupId={p.groupId} live={p.live} announce={p.announce} />
      <OsImages state={p.state} groupId={p.groupId} token={p.token} live={p.live} announce={p.announce} />
      <OsPractices state={p.state} groupId={p.groupId} live={p.live} announce={p.announce} />
    </>
  );
}

/** Groups at work: my theme and group, the four questions, our flipchart; move any time. */
export function OsGroupView(props: Props) {
  const { state, me, live, announce, heading, headingKey, place } = props;
  const os = state.os!;
  const move = useMove();
  const kids = useKids();
  return (
    <>
      <PhaseHeading key={headingKey} text={heading} />
      {kids ? <p class="p-lead">{t('kids.os.group.body')}</p> : null}
      <p class="os-where">
        <strong>{t('p.group', { n: place.group.n })}</strong> ·{' '}
        {t('os.group.people', { people: peopleText(memberCount(os, place.group.id)) })}
      </p>
      <MoveBar move={move} />
      {move.picking ? (
        <OsThemeList os={os} me={me} live={live} announce={announce} heading={t('os.moveHeading')} onChosen={move.close} />
      ) : (
        <>
          <section class="p-section" aria-labelledby="questions-h">
            <h2 id="questions-h">{t('round.questions')}</h2>
            <ol class="p-questions">
              <li>{kt(kids, 'os.q1', 'kids.os.q1')}</li>
              <li>{kt(kids, 'os.q2', 'kids.os.q2')}</li>
              <li>{kt(kids, 'os.q3', 'kids.os.q3')}</li>
              <li>{kt(kids, 'os.q4', 'kids.os.q4')}</li>
            </ol>
          </section>
          <OsGroupWork {...props} groupId={place.group.id} />
          <p>
            <button type="button" class="os-move-btn" onClick={move.open}>
              <span aria-hidden="true">⇄ </span>
              {kt(kids, 'os.move', 'kids.os.move')}
            </button>
          </p>
        </>
      )}
    </>
  );
}
