import { PhaseHeading } from './phase-heading.tsx';
import { t } from './texts.ts';

/** Open Space opening: the four principles and the law of two feet, short and plain. */
export function OsOpening({ heading, headingKey }: { heading: string; headingKey: string }) {
  return (
    <>
      <PhaseHeading key={headingKey} text={heading} />
      <p class="p-lead">{t('os.opening.intro')}</p>
      <section class="p-section" aria-labelledby="principles-h">
        <h2 id="principles-h">{t('os.principles')}</h2>
        <ol class="os-principles">
          <li>{t('os.principle1')}</li>
          <li>{t('os.principle2')}</li>
          <li>{t('os.principle3')}</li>
          <li>{t('os.principle4')}</li>
        </ol>
      </section>
      <section class="p-section os-two-feet" aria-labelledby="two-feet-h">
        <h2 id="two-feet-h">{t('os.twoFeet')}</h2>
        <p>{t('os.twoFeetBody')}</p>
      </section>
    </>
  );
}
