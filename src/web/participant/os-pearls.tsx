import { useState } from 'preact/hooks';
import { LIMITS, type OpenSpace, type Pearl } from '../../domain/types.ts';
import { newClientId } from '../shared/connection.ts';
import { maskedText } from '../shared/p-mask.ts';
import { ConfirmRemove } from './confirm-remove.tsx';
import { kt, useKids } from './kids.ts';
import { excerpt } from './note-item.tsx';
import { MoveBar, OsGroupWork, useMove } from './os-group-view.tsx';
import { myPlace, offerTitle, placeText } from './os-model.ts';
import { TextAddForm } from './os-text-add.tsx';
import { OsThemeList } from './os-theme-list.tsx';
import { PhaseHeading } from './phase-heading.tsx';
import type { PhaseProps } from './phase-view.tsx';
import { t } from './texts.ts';
import { useActionFeedback } from './use-action-feedback.ts';

type Props = PhaseProps & { heading: string; headingKey: string };

/** Other groups with pearls, in theme and group order. */
function otherGroups(os: OpenSpace, mine: string | null) {
  return os.groups
    .filter((g) => g.id !== mine && os.pearls.some((p) => p.groupId === g.id))
    .map((g) => ({ g, offer: os.offers.find((o) => o.id === g.offerId) }))
    .filter((x) => x.offer !== undefined)
    .sort((a, b) => os.offers.indexOf(a.offer!) - os.offers.indexOf(b.offer!) || a.g.n - b.g.n);
}

/** Pearls: my group's 1–3 highlights (add, remove); the other groups' pearls read-only. */
export function OsPearls(props: Props) {
  const { state, me, live, announce, heading, headingKey } = props;
  const os = state.os!;
  const place = myPlace(state, me);
  const move = useMove();
  const [workOpen, setWorkOpen] = useState(false);
  const act = useActionFeedback(live, announce);
  const kids = useKids();
  const pearls = place ? os.pearls.filter((p) => p.groupId === place.group.id) : [];
  const remove = (p: Pearl) =>
    act({ type: 'pearl.remove', pearlId: p.id }, t('flip.removed'), () => document.getElementById('my-pearls-h')?.focus());

  return (
    <>
      <PhaseHeading key={headingKey} text={heading} />
      <p class="p-lead">{kt(kids, 'pearls.intro', 'kids.pearls.intro')}</p>
      {place ? <p class="os-where">{placeText(place)}</p> : <p>{kt(kids, 'pearls.noGroup', 'kids.pearls.noGroup')}</p>}
      <MoveBar move={move} label={place ? kt(kids, 'os.move', 'kids.os.move') : kt(kids, 'os.market.heading', 'kids.os.state.move')} />
      {move.picking ? (
        <OsThemeList os={os} me={me} live={live} announce={announce} heading={t('os.moveHeading')} onChosen={move.close} />
      ) : (
        <>
          {place ? (
            <section class="p-section os-my-pearls" aria-labelledby="my-pearls-h">
              <h2 id="my-pearls-h" tabIndex={-1}>
                {kt(kids, 'pearls.mine', 'kids.pearls.mine', { n: pearls.length, max: LIMITS.pearlsPerGroup })}
              </h2>
              {pearls.length === 0 ? (
                <p class="hint">{kt(kids, 'pearls.none', 'kids.pearls.none')}</p>
              ) : (
                <ul class="os-pearls">
                  {pearls.map((p) => (
                    <li key={p.id} class="os-pearl">
                      <p class="os-pre" dir="auto">
                        {maskedText(p)}
                      </p>
                      <ConfirmRemove what={excerpt(maskedText(p))} onRemove={() => remove(p)} />
                    </li>
                  ))}
                </ul>
              )}
              {pearls.length >= LIMITS.pearlsPerGroup ? (
                <p class="hint">{t('pearls.full', { max: LIMITS.pearlsPerGroup })}</p>
              ) : (
                <TextAddForm
                  id="pearl-add"
                  label={kt(kids, 'pearls.add', 'kids.pearls.add')}
                  max={LIMITS.pearlMax}
                  rows={3}
                  submit={kt(kids, 'pearls.send', 'kids.pearls.send')}
                  saved={t('pearls.added')}
                  live={live}
                  announce={announce}
                  build={(text, confirm) => ({
                    type: 'pearl.add',
                    pearlId: newClientId(),
                    groupId: place.group.id,
                    text,
                    ...(confirm ? { confirmPrivacy: true } : {}),
                  })}
                />
              )}
            </section>
          ) : null}
          <OtherPearls os={os} mine={place?.group.id ?? null} />
          {place ? (
            <details class="os-work" onToggle={(e) => setWorkOpen(e.currentTarget.open)}>
              <summary>{kt(kids, 'pearls.work', 'kids.pearls.work')}</summary>
              {workOpen ? <OsGroupWork {...props} groupId={place.group.id} /> : null}
            </details>
          ) : null}
        </>
      )}
    </>
  );
}

function OtherPearls({ os, mine }: { os: OpenSpace; mine: string | null }) {
  const others = otherGroups(os, mine);
  const kids = useKids();
  return (
    <section class="p-section" aria-labelledby="other-pearls-h">
      <h2 id="other-pearls-h">{kt(kids, 'pearls.others', 'kids.pearls.others')}</h2>
      {others.length === 0 ? <p class="hint">{t('pearls.othersNone')}</p> : null}
      {others.map(({ g, offer }) => (
        <section key={g.id} class="os-other" aria-labelledby={`op-${g.id}`}>
          <h3 id={`op-${g.id}`}>{t('os.where', { theme: offerTitle(offer!), n: g.n })}</h3>
          <ul class="os-pearls">
            {os.pearls
              .filter((p) => p.groupId === g.id)
              .map((p) => (
                <li key={p.id} class="os-pearl">
                  <p class="os-pre" dir="auto">
                    {maskedText(p)}
                  </p>
                </li>
              ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
