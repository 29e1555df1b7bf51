import type { SKey } from './texts.ts';
import { Bi, type Heading } from './screen-bi.tsx';

const PRINCIPLES: SKey[] = ['screen.os.principle1', 'screen.os.principle2', 'screen.os.principle3', 'screen.os.principle4'];

/** Open Space opening: the four principles and the law of two feet, large. */
export function ScreenOsOpening({ heading }: { heading: Heading }) {
  return (
    <div class="s-page">
      <header class="s-top">
        <h1 class="s-big">{heading}</h1>
        <p class="s-lead">
          <Bi k="screen.os.opening.lead" />
        </p>
      </header>
      <div class="s-os-opening">
        <section class="s-card s-os-principles" aria-labelledby="s-principles-h">
          <h2 id="s-principles-h" class="s-os-h2">
            <Bi k="screen.os.principles" />
          </h2>
          <ol>
            {PRINCIPLES.map((k) => (
              <li key={k}>
                <Bi k={k} />
              </li>
            ))}
          </ol>
        </section>
        <section class="s-card s-os-feet" aria-labelledby="s-feet-h">
          <h2 id="s-feet-h" class="s-os-h2">
            <Bi k="screen.os.twoFeet" />
          </h2>
          <p>
            <Bi k="screen.os.twoFeetBody" />
          </p>
        </section>
      </div>
    </div>
  );
}
