import type { SessionState } from '../../domain/types.ts';
import { nextAction } from './phases.ts';
import { t } from './t.ts';

/** The one big button: it says what happens next ("Start round 2: groups move"). */
export function NextPhaseButton({ state, onNext, shortcuts }: { state: SessionState; onNext(): void; shortcuts: boolean }) {
  const action = nextAction(state);
  return (
    <div class="f-next">
      <button
        type="button"
        class={action.kind === 'close' ? 'f-next-button danger-solid' : 'f-next-button primary'}
        disabled={action.kind === 'none'}
        aria-keyshortcuts={shortcuts && action.kind !== 'none' ? 'N' : undefined}
        onClick={onNext}
      >
        {action.label}
      </button>
      {shortcuts && action.kind !== 'none' && (
        <p class="f-shortcut-hint">
          {t('f.shortcut.key')} <kbd>N</kbd>
        </p>
      )}
    </div>
  );
}
