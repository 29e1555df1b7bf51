import type { ComponentChildren } from 'preact';
import type { KidsStateName } from './kids-now.ts';
import { StatePicto } from './kids-picto.tsx';
import { t, type PKey } from './texts.ts';

const LABEL: Record<KidsStateName, PKey> = { write: 'kids.state.write', wait: 'kids.state.wait', move: 'kids.state.move' };
/** In an Open Space "move" is choosing (or changing) a group, not going to the next table. */
const OS_LABEL: Record<KidsStateName, PKey> = { ...LABEL, move: 'kids.os.state.move' };

/** Child mode: the pictogram of what to do now and its word, above the heading. */
export function KidsState({ state, openSpace = false }: { state: KidsStateName | null; openSpace?: boolean }) {
  if (!state) return null;
  return (
    <p class={`p-kids-state p-kids-${state}`} data-kids-state={state}>
      <StatePicto state={state} />
      <span>{t((openSpace ? OS_LABEL : LABEL)[state])}</span>
    </p>
  );
}

/** Child mode: a sentence with the pictogram of what it lets you do (e.g. "move": change groups). */
export function KidsNote({ state, children }: { state: KidsStateName; children: ComponentChildren }) {
  return (
    <p class="p-kids-note" data-kids-note={state}>
      <StatePicto state={state} />
      <span>{children}</span>
    </p>
  );
}
