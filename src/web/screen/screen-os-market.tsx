import { groupsOf } from '../../domain/open-space.ts';
import type { SessionState } from '../../domain/types.ts';
import { gridClass, offerTitle, peopleText, themePeople, themesOnOffer } from './screen-os-model.ts';
import { t } from './texts.ts';
import { Bi, type Heading } from './screen-bi.tsx';

/** Marketplace: the themes on offer with live counts of people and groups; proposals waiting. */
export function ScreenOsMarket({ state, heading }: { state: SessionState; heading: Heading }) {
  const os = state.os!;
  const themes = themesOnOffer(os);
  const waiting = os.offers.filter((o) => o.status === 'proposed');
  const unplaced = state.participants.filter((p) => !os.members[p.id]).length;
  return (
    <div class="s-page">
      <header class="s-top s-top-row">
        <div>
          <h1 class="s-big">{heading}</h1>
          <p class="s-lead">
            <Bi k="screen.os.market.hint" />
          </p>
        </div>
        <div class="s-os-facts">
          {os.cap !== null ? <p>{t('screen.os.capHint', { n: os.cap })}</p> : null}
          {unplaced > 0 ? <p>{t('screen.os.unplaced', { n: unplaced })}</p> : null}
        </div>
      </header>
      {themes.length === 0 ? <p class="s-muted">{t('screen.os.noThemes')}</p> : null}
      <ul class={gridClass(themes.length, 's-os-market')}>
        {themes.map((o) => {
          const n = groupsOf(os, o.id).length;
          return (
            <li key={o.id} class="s-card s-os-theme" data-offer-id={o.id}>
              <h2 class="s-os-name">
                <bdi>{offerTitle(o)}</bdi>
                {o.origin === 'joker' && o.name ? <span class="s-os-badge"> ({t('screen.os.jokerBadge')})</span> : null}
              </h2>
              <p class="s-os-people">{peopleText(themePeople(os, o.id))}</p>
              {n > 1 ? <p class="s-os-groups">{t('screen.os.groups', { n })}</p> : null}
            </li>
          );
        })}
      </ul>
      {waiting.length > 0 ? (
        <section class="s-os-waiting" aria-labelledby="s-waiting-h">
          <h2 id="s-waiting-h">
            <Bi k="screen.os.proposed" />
          </h2>
          <ul>
            {waiting.map((o) => (
              <li key={o.id} dir="auto">
                {offerTitle(o)}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
