import type { SessionState } from '../../domain/types.ts';
import { canCloseEarly, nextAction } from './phases.ts';
import { t } from './t.ts';

/**
 * The one big button: it says what happens next ("Start round 2: groups move"). Before the
 * feedback phase a second, smaller button closes the session without feedback.
 */
export function NextPhaseButton({
  state,
  onNext,
  onClose,
  shortcuts,
}: {
  state: SessionState;
  onNext(): void;
  onClose(): void;
  shortcuts: boolean;
}) {
  const action = nextAction(state);
  const early = canCloseEarly(state);
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
      {early && (
        <div class="f-close-early">
          <button type="button" class="f-small danger" aria-describedby="close-early-hint" onClick={onClose}>
            {t('f.next.close')}
          </button>
          <p class="hint" id="close-early-hint">
            {t('f.fb.closeEarlyHint')}
          </p>
        </div>
      )}
    </div>
  );
}
