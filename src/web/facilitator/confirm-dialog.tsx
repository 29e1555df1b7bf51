import { useEffect, useRef } from 'preact/hooks';
import { t } from './t.ts';

export interface ConfirmRequest {
  title: string;
  body: string;
  confirmLabel: string;
  /** destructive: the safe choice (cancel) gets the focus first */
  danger?: boolean;
  onConfirm(): void;
}

export type Ask = (req: ConfirmRequest) => void;

/**
 * A modal question asked once before a room-wide or destructive action. Native <dialog>
 * with showModal(): focus stays inside, Escape cancels, the page behind is inert, and focus
 * returns to where it was.
 */
export function ConfirmDialog({ request, onDone }: { request: ConfirmRequest | null; onDone(): void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const okRef = useRef<HTMLButtonElement>(null);
  const opener = useRef<HTMLElement | null>(null);

  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (request && !d.open) {
      opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      d.showModal();
      (request.danger ? cancelRef : okRef).current?.focus();
    } else if (!request && d.open) {
      d.close();
    }
  }, [request]);

  const finish = (ok: boolean) => {
    const req = request;
    ref.current?.close();
    onDone();
    const back = opener.current;
    if (back && back.isConnected && !(back as HTMLButtonElement).disabled) back.focus();
    else document.getElementById('phase-title')?.focus();
    if (ok && req) req.onConfirm();
  };

  return (
    <dialog
      ref={ref}
      class="f-dialog"
      aria-labelledby="confirm-title"
      aria-describedby="confirm-body"
      onCancel={(e) => {
        e.preventDefault();
        finish(false);
      }}
    >
      {request && (
        <div class="f-dialog-inner">
          <h2 id="confirm-title">{request.title}</h2>
          <p id="confirm-body">{request.body}</p>
          <div class="f-dialog-actions">
            <button type="button" ref={cancelRef} onClick={() => finish(false)}>
              {t('f.confirm.cancel')}
            </button>
            <button type="button" ref={okRef} class={request.danger ? 'danger-solid' : 'primary'} onClick={() => finish(true)}>
              {request.confirmLabel}
            </button>
          </div>
        </div>
      )}
    </dialog>
  );
}
