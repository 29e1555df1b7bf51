import { kt, useKids } from './kids.ts';
import { myPlace, placeText } from './os-model.ts';
import { OsPropose } from './os-propose.tsx';
import { OsThemeList } from './os-theme-list.tsx';
import { PhaseHeading } from './phase-heading.tsx';
import type { PhaseProps } from './phase-view.tsx';
import { t } from './texts.ts';

type Props = PhaseProps & { heading: string; headingKey: string };

/** The marketplace: choose a theme (change any time), propose a missing one, see my proposals. */
export function OsMarketplace({ state, me, live, announce, heading, headingKey }: Props) {
  const os = state.os!;
  const place = myPlace(state, me);
  const kids = useKids();
  return (
    <>
      <PhaseHeading key={headingKey} text={heading} />
      <p class="p-lead">{kt(kids, 'os.market.intro', 'kids.os.market.intro')}</p>
      <div aria-live="polite">{place ? <p class="p-callout">{t('os.market.chosen', { where: placeText(place) })}</p> : null}</div>
      <OsThemeList
        os={os}
        me={me}
        live={live}
        announce={announce}
        heading={t('os.market.themes', { n: os.offers.filter((o) => o.status === 'open').length })}
      />
      {state.phase === 'marketplace' ? <OsPropose sessionId={state.sessionId} os={os} live={live} announce={announce} /> : null}
    </>
  );
}
