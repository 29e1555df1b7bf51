import type { OpenSpace, OsGroup, SessionState } from '../../domain/types.ts';
import { maskedText } from '../shared/p-mask.ts';
import { gridClass, offerTitle } from './screen-os-model.ts';
import { t } from './texts.ts';
import { useFit } from './use-fit.ts';
import { Bi, type Heading } from './screen-bi.tsx';

function groupName(os: OpenSpace, g: OsGroup): string {
  const offer = os.offers.find((o) => o.id === g.offerId);
  const title = offer ? offerTitle(offer) : '';
  const split = os.groups.filter((x) => x.offerId === g.offerId).length > 1;
  return split ? t('screen.os.where', { theme: title, n: g.n }) : title;
}

/** Pearls: the spotlighted group's pearls large; with no spotlight, every group's pearls in a grid. */
export function ScreenOsPearls({ state, heading }: { state: SessionState; heading: Heading }) {
  const os = state.os!;
  const spot = os.spotlight ? os.groups.find((g) => g.id === os.spotlight) : undefined;
  if (spot) return <Spotlight os={os} group={spot} heading={heading} />;
  const groups = os.groups.filter((g) => os.pearls.some((p) => p.groupId === g.id));
  return (
    <div class="s-page">
      <header class="s-top">
        <h1 class="s-big">{heading}</h1>
      </header>
      {groups.length === 0 ? <p class="s-muted">{t('screen.os.pearls.none')}</p> : null}
      <ul class={gridClass(groups.length)}>
        {groups.map((g) => (
          <PearlCard key={g.id} os={os} group={g} />
        ))}
      </ul>
    </div>
  );
}

function PearlCard({ os, group }: { os: OpenSpace; group: OsGroup }) {
  const pearls = os.pearls.filter((p) => p.groupId === group.id);
  const fit = useFit<HTMLDivElement>(pearls.length, pearls.map((p) => p.id).join());
  return (
    <li class="s-card s-os-theme" data-group-id={group.id}>
      <h2 class="s-os-name">{groupName(os, group)}</h2>
      <div class="s-card-body" ref={fit.ref}>
        <ul class="s-os-pearls">
          {pearls.slice(0, fit.shown).map((p) => (
            <li key={p.id} dir="auto">
              {maskedText(p)}
            </li>
          ))}
        </ul>
        {pearls.length > fit.shown && fit.shown > 0 ? <p class="s-more">{t('screen.more', { n: pearls.length - fit.shown })}</p> : null}
      </div>
    </li>
  );
}

function Spotlight({ os, group, heading }: { os: OpenSpace; group: OsGroup; heading: Heading }) {
  const pearls = os.pearls.filter((p) => p.groupId === group.id);
  const points = (os.mainPoints[group.id] ?? '').trim();
  return (
    <div class="s-page s-os-spot" data-group-id={group.id}>
      <header class="s-top">
        <p class="s-session-name">{heading}</p>
        <h1 class="s-big">{groupName(os, group)}</h1>
      </header>
      {pearls.length === 0 ? <p class="s-muted">{t('screen.os.pearls.none')}</p> : null}
      <ol class="s-os-spot-pearls">
        {pearls.map((p) => (
          <li key={p.id} dir="auto">
            {maskedText(p)}
          </li>
        ))}
      </ol>
      {points ? (
        <section class="s-os-points" aria-labelledby="s-points-h">
          <h2 id="s-points-h">
            <Bi k="screen.os.mainPoints" />
          </h2>
          <p>{points}</p>
        </section>
      ) : null}
    </div>
  );
}
