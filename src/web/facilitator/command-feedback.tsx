import { useEffect, useRef } from 'preact/hooks';
import type { ConnStatus } from '../shared/connection.ts';
import { t } from './t.ts';
import type { Commands } from './use-commands.ts';

/** The console's status line: connection, changes waiting to be sent, and the latest failure. */
export function CommandFeedback({ cmds, status }: { cmds: Commands; status: ConnStatus }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (cmds.failure) box.current?.scrollIntoView({ block: 'nearest' });
  }, [cmds.failure?.n]);
  return (
    <div class="f-feedback-row">
      <p class={status === 'offline' || status === 'closed' ? 'status offline' : 'status'} role="status">
        {t(`conn.${status}`)}
        {cmds.waiting > 0 && status !== 'online' ? ` · ${t('f.cmd.waiting', { n: cmds.waiting })}` : ''}
      </p>
      <div ref={box} class={cmds.failure ? 'f-feedback f-feedback-error' : 'f-feedback'}>
        <p aria-live="polite" aria-atomic="true" class="f-feedback-text" data-testid="command-feedback">
          {cmds.failure?.text ?? ''}
        </p>
        {cmds.failure && (
          <button type="button" class="f-small" onClick={cmds.dismiss}>
            {t('f.cmd.dismiss')}
          </button>
        )}
      </div>
    </div>
  );
}
