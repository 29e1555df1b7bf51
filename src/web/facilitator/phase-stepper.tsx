import type { SessionState } from '../../domain/types.ts';
import { currentStep, steps } from './phases.ts';
import { t } from './t.ts';

/** The whole session as an ordered list: done / now / next, the current step marked for AT. */
export function PhaseStepper({ state }: { state: SessionState }) {
  const list = steps(state);
  const now = currentStep(state);
  return (
    <ol class="f-stepper">
      {list.map((s, i) => {
        const kind = i < now ? 'done' : i === now ? 'now' : i === now + 1 ? 'next' : 'later';
        return (
          <li key={s.key} class={`f-step f-step-${kind}`} aria-current={i === now ? 'step' : undefined}>
            <span class="f-step-mark" aria-hidden="true">
              {kind === 'done' ? '✓' : kind === 'now' ? '▶' : ''}
            </span>
            <span class="f-step-label">{s.label}</span>
            {kind !== 'later' && <span class="f-step-state">{t(`f.step.${kind}`)}</span>}
          </li>
        );
      })}
    </ol>
  );
}
