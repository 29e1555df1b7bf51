import type { SessionState } from '../../domain/types.ts';
import type { Ask } from './confirm-dialog.tsx';
import { JoinInfo } from './join-info.tsx';
import { SessionSettings } from './session-settings.tsx';
import { TableEditor } from './table-editor.tsx';
import { t } from './t.ts';
import type { Commands } from './use-commands.ts';

/** Lobby and opening: how to join, settings, and each table's title and questions. */
export function PreparationPanel(props: {
  state: SessionState;
  sessionId: string;
  joinCode: string;
  joinUrl: string;
  cmds: Commands;
  ask: Ask;
  disabled: boolean;
}) {
  const { state, cmds, disabled } = props;
  return (
    <div class="f-prep">
      <JoinInfo sessionId={props.sessionId} code={props.joinCode} joinUrl={props.joinUrl} closed={disabled} />
      <SessionSettings state={state} cmds={cmds} ask={props.ask} disabled={disabled} />
      <section aria-labelledby="tables-h">
        <h3 id="tables-h">{t('f.tables.title')}</h3>
        <p class="hint">{t('f.tables.hint')}</p>
        <div class="f-table-editors">
          {state.tables.map((tb, i) => (
            <TableEditor key={tb.id} table={tb} index={i} cmds={cmds} disabled={disabled} />
          ))}
        </div>
      </section>
    </div>
  );
}
