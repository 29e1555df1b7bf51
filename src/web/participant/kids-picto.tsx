import type { ComponentChildren } from 'preact';
import type { Zone } from '../../domain/types.ts';
import type { KidsStateName } from './kids-now.ts';

/**
 * Child mode's pictograms: one line style (24 × 24, 2 px round strokes in currentColor, so they
 * follow the text colour in light and dark). Always next to a text that says the same thing:
 * they are decoration for readers, hidden from screen readers.
 */
function Picto({ name, children }: { name: string; children: ComponentChildren }) {
  return (
    <svg
      class={`kids-picto kids-picto-${name}`}
      viewBox="0 0 24 24"
      width="48"
      height="48"
      fill="none"
      stroke="currentColor"
      stroke-width="2"
      stroke-linecap="round"
      stroke-linejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {children}
    </svg>
  );
}

/** A pencil writing on a line. */
const write = (
  <>
    <path d="M15.5 4.5l4 4L9 19H5v-4z" />
    <path d="M13 7l4 4" />
    <path d="M13 21h7" />
  </>
);

/** An hourglass. */
const wait = (
  <>
    <path d="M6 3h12M6 21h12" />
    <path d="M7.5 3c0 5 9 5 9 9s-9 4-9 9" />
    <path d="M16.5 3c0 5-9 5-9 9s9 4 9 9" />
    <path d="M10 18.5h4" />
  </>
);

/** An arrow to a table. */
const move = (
  <>
    <path d="M2 13h9" />
    <path d="M8 10l3 3-3 3" />
    <path d="M14 9h8" />
    <path d="M15.5 9v10M20.5 9v10" />
  </>
);

const STATES: Record<KidsStateName, preact.JSX.Element> = { write, wait, move };

export function StatePicto({ state }: { state: KidsStateName }) {
  return <Picto name={state}>{STATES[state]}</Picto>;
}

/** The concern zones as weather: sun, sun and a cloud, rain, a thunderstorm. */
const ZONES: Record<Zone, preact.JSX.Element> = {
  1: (
    <>
      <circle cx="12" cy="12" r="4" />
      <path d="M12 2v2.5M12 19.5V22M2 12h2.5M19.5 12H22M4.9 4.9l1.8 1.8M17.3 17.3l1.8 1.8M4.9 19.1l1.8-1.8M17.3 6.7l1.8-1.8" />
    </>
  ),
  2: (
    <>
      <path d="M5.3 9.6A3.5 3.5 0 1 1 11.4 6" />
      <path d="M7.5 2v1.5M2 7.5h1.5M3.6 3.6l1 1M11.4 3.6l-1 1" />
      <path d="M9 20h8.5a3.5 3.5 0 0 0 .3-7A5 5 0 0 0 8.3 13.6 3.2 3.2 0 0 0 9 20z" />
    </>
  ),
  3: (
    <>
      <path d="M7 15h10a4 4 0 0 0 .4-8A6 6 0 0 0 6.1 8.1 3.5 3.5 0 0 0 7 15z" />
      <path d="M8 18l-1 3M12 18l-1 3M16 18l-1 3" />
    </>
  ),
  4: (
    <>
      <path d="M7 15h10a4 4 0 0 0 .4-8A6 6 0 0 0 6.1 8.1 3.5 3.5 0 0 0 7 15z" />
      <path d="M13 13l-3 4h4l-3 5" />
    </>
  ),
};

export function ZonePicto({ zone }: { zone: Zone | null }) {
  return zone === null ? null : <Picto name={`zone-${zone}`}>{ZONES[zone]}</Picto>;
}
