import { useEffect, useRef, useState } from 'preact/hooks';
import { tpr } from './tpr.ts';

/**
 * Asks for the reason to go ahead although the readiness answer is "no" [SPEC PR3]. Native
 * <dialog> with showModal(): focus stays inside, Escape cancels, focus returns to the opener.
 */
export function OverrideDialog({ open, onCancel, onConfirm }: { open: boolean; onCancel(): void; onConfirm(reason: string): void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const field = useRef<HTMLTextAreaElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const [reason, setReason] = useState('');
  const [error, setError] = useState(false);

  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) {
      opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      setError(false);
      d.showModal();
      field.current?.focus();
    } else if (!open && d.open) d.close();
  }, [open]);

  const done = (ok: boolean) => {
    if (ok && reason.trim() === '') {
      setError(true);
      field.current?.focus();
      return;
    }
    ref.current?.close();
    const back = opener.current;
    if (back?.isConnected) back.focus();
    if (ok) onConfirm(reason.trim());
    else onCancel();
  };

  return (
    <dialog
      ref={ref}
      class="f-dialog"
      aria-labelledby="pr-ov-title"
      aria-describedby="pr-ov-body"
      onCancel={(e) => {
        e.preventDefault();
        done(false);
      }}
    >
      <form
        class="f-dialog-inner"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          done(true);
        }}
      >
        <h2 id="pr-ov-title">{tpr('pr.ov.title')}</h2>
        <p id="pr-ov-body">{tpr('pr.ov.body')}</p>
        <div class="field">
          <label for="pr-ov-reason">{tpr('pr.ov.label')}</label>
          <textarea
            id="pr-ov-reason"
            ref={field}
            rows={3}
            maxLength={1000}
            required
            value={reason}
            aria-invalid={error ? 'true' : undefined}
            aria-describedby={error ? 'pr-ov-err' : undefined}
            onInput={(e) => setReason(e.currentTarget.value)}
          />
          {error && (
            <p class="error-text" id="pr-ov-err">
              {tpr('pr.ov.empty')}
            </p>
          )}
        </div>
        <div class="f-dialog-actions">
          <button type="button" onClick={() => done(false)}>
            {tpr('pr.ov.cancel')}
          </button>
          <button type="submit" class="primary">
            {tpr('pr.ov.confirm')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
