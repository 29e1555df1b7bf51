import { kt, useKids } from './kids.ts';
import { KidsNote } from './kids-state.tsx';
import { PhaseHeading } from './phase-heading.tsx';
import { t } from './texts.ts';

/** Open Space opening: the four principles and the law of two feet, short and plain. */
export function OsOpening({ heading, headingKey }: { heading: string; headingKey: string }) {
  const kids = useKids();
  return (
    <>
      <PhaseHeading key={headingKey} text={heading} />
      <p class="p-lead">{kt(kids, 'os.opening.intro', 'kids.os.opening.intro')}</p>
      <section class="p-section" aria-labelledby="principles-h">
        <h2 id="principles-h">{kt(kids, 'os.principles', 'kids.os.principles')}</h2>
        <ol class="os-principles">
          <li>{kt(kids, 'os.principle1', 'kids.os.principle1')}</li>
          <li>{kt(kids, 'os.principle2', 'kids.os.principle2')}</li>
          <li>{kt(kids, 'os.principle3', 'kids.os.principle3')}</li>
          <li>{kt(kids, 'os.principle4', 'kids.os.principle4')}</li>
        </ol>
      </section>
      <section class="p-section os-two-feet" aria-labelledby="two-feet-h">
        <h2 id="two-feet-h">{kt(kids, 'os.twoFeet', 'kids.os.twoFeet')}</h2>
        {kids ? <KidsNote state="move">{t('kids.os.twoFeetBody')}</KidsNote> : <p>{t('os.twoFeetBody')}</p>}
      </section>
    </>
  );
}
