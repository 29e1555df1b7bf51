import { useEffect, useState } from 'preact/hooks';
import { ConfirmDialog, type ConfirmRequest } from './confirm-dialog.tsx';
import { setLeaveGuard } from './route.ts';
import { tp } from './tp.ts';

/**
 * While a form has unsaved changes: leaving the page inside the app asks once (a modal that
 * can be cancelled), and reloading or closing the tab gets the browser's own warning.
 * Render the returned dialog somewhere on the page.
 */
export function useLeaveWarning(dirty: boolean) {
  const [ask, setAsk] = useState<ConfirmRequest | null>(null);

  useEffect(() => {
    if (!dirty) return;
    setLeaveGuard((proceed) =>
      setAsk({
        title: tp('p.leave.title'),
        body: tp('p.leave.body'),
        confirmLabel: tp('p.leave.ok'),
        danger: true,
        onConfirm: proceed,
      }),
    );
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      e.returnValue = '';
    };
    addEventListener('beforeunload', onBeforeUnload);
    return () => {
      setLeaveGuard(null);
      removeEventListener('beforeunload', onBeforeUnload);
    };
  }, [dirty]);

  return <ConfirmDialog request={ask} onDone={() => setAsk(null)} />;
}
