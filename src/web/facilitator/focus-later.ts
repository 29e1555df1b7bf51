import { useEffect } from 'preact/hooks';

/**
 * A control whose row disappears once the server has applied the action (an accepted
 * proposal, a merged theme): focus must not fall to <body>. The caller names the element
 * that will disappear and where focus goes when it has.
 */
let pending: { gone: string; target: string } | null = null;

export function focusLater(goneId: string, targetId: string): void {
  pending = { gone: goneId, target: targetId };
}

/** Run in the board that holds those rows: after each render, move focus if its row is gone. */
export function useFocusLater(): void {
  useEffect(() => {
    if (!pending || document.getElementById(pending.gone)) return;
    const el = document.getElementById(pending.target);
    const a = document.activeElement;
    if (el && (!a || a === document.body || !a.isConnected)) el.focus();
    pending = null;
  });
}
