import { groupsOf, memberCount } from '../../domain/open-space.ts';
import type { Offer, SessionState } from '../../domain/types.ts';
import { gridClass, offerTitle, peopleText, themesOnOffer } from './screen-os-model.ts';
import { t } from './texts.ts';
import { useFit } from './use-fit.ts';
import { Bi, type Heading } from './screen-bi.tsx';

/** Groups at work: each theme with its groups, people and how full their flipcharts are. */
export function ScreenOsGroups({ state, heading }: { state: SessionState; heading: Heading }) {
  const os = state.os!;
  const themes = themesOnOffer(os);
  return (
    <div class="s-page">
      <header class="s-top">
        <h1 class="s-big">{heading}</h1>
        <p class="s-lead">
          <Bi k="screen.os.groups.hint" />
        </p>
      </header>
      {themes.length === 0 ? <p class="s-muted">{t('screen.os.noThemes')}</p> : null}
      <ul class={gridClass(themes.length)}>
        {themes.map((o) => (
          <ThemeCard key={o.id} state={state} offer={o} />
        ))}
      </ul>
    </div>
  );
}

/**
 * One theme: its people and groups, per group the people and how much is on its flipchart,
 * then the key themes written so far; rows drop from the end until the card fits. Lines the
 * privacy scan flagged are never shown here.
 */
function ThemeCard({ state, offer }: { state: SessionState; offer: Offer }) {
  const os = state.os!;
  const groups = groupsOf(os, offer.id);
  const ids = new Set(groups.map((g) => g.id));
  const keys = os.items.filter((i) => ids.has(i.groupId) && i.kind === 'key' && i.flags.length === 0);
  const people = groups.reduce((n, g) => n + memberCount(os, g.id), 0);
  const rows = groups.length + keys.length;
  const fit = useFit<HTMLDivElement>(rows, keys.map((k) => `${k.id}:${k.text}`).join('|') + groups.length);
  const gShown = Math.min(groups.length, fit.shown);
  const kShown = Math.max(0, fit.shown - groups.length);
  return (
    <li class="s-card s-os-theme" data-offer-id={offer.id}>
      <h2 class="s-os-name" dir="auto">
        {offerTitle(offer)}
      </h2>
      <p class="s-os-sum">
        {peopleText(people)}
        {groups.length > 1 ? ` · ${t('screen.os.groups', { n: groups.length })}` : ''}
      </p>
      <div class="s-card-body" ref={fit.ref}>
        <ul class="s-os-glist">
          {groups.slice(0, gShown).map((g) => {
            const items = os.items.filter((i) => i.groupId === g.id).length;
            const images = os.images.filter((i) => i.groupId === g.id).length;
            return (
              <li key={g.id}>
                {groups.length > 1 ? <strong>{`${t('screen.group', { n: g.n })}: ${peopleText(memberCount(os, g.id))} · `}</strong> : null}
                <span class="s-muted">
                  {t('screen.os.items', { n: items })}
                  {images > 0 ? ` · ${t('screen.os.images', { n: images })}` : ''}
                </span>
              </li>
            );
          })}
        </ul>
        {kShown > 0 ? (
          <ul class="s-theme-list s-os-keys">
            {keys.slice(0, kShown).map((k) => (
              <li key={k.id} dir="auto">
                {k.text}
              </li>
            ))}
          </ul>
        ) : null}
        {rows > fit.shown && fit.shown > 0 ? <p class="s-more">{t('screen.more', { n: rows - fit.shown })}</p> : null}
      </div>
    </li>
  );
}
