import type { KidsStateName } from './kids-now.ts';
import { StatePicto } from './kids-picto.tsx';
import { t, type PKey } from './texts.ts';

const LABEL: Record<KidsStateName, PKey> = { write: 'kids.state.write', wait: 'kids.state.wait', move: 'kids.state.move' };

/** Child mode: the pictogram of what to do now and its word, above the heading. */
export function KidsState({ state }: { state: KidsStateName | null }) {
  if (!state) return null;
  return (
    <p class={`p-kids-state p-kids-${state}`} data-kids-state={state}>
      <StatePicto state={state} />
      <span>{t(LABEL[state])}</span>
    </p>
  );
}
