import type { SessionState } from '../../domain/types.ts';
import { t } from './t.ts';
import type { Commands } from './use-commands.ts';
import { useOptimistic } from './use-optimistic.ts';

/**
 * Participants' given names in this session's reports and exports: off by default (anonymous);
 * the facilitator turns them on only when the group has agreed to it. [V1, D3]
 */
export function NamesInReports({ state, cmds, disabled }: { state: SessionState; cmds: Commands; disabled: boolean }) {
  const [on, setOn] = useOptimistic(state.settings.namesInReports === true, cmds.statusOf);
  return (
    <div class="f-check">
      <input
        type="checkbox"
        id="set-names-in-reports"
        aria-describedby="set-names-in-reports-hint"
        checked={on}
        disabled={disabled}
        onChange={(e) => {
          const v = e.currentTarget.checked;
          setOn(v, cmds.run({ type: 'session.configure', namesInReports: v }, t('f.ok.saved')));
        }}
      />
      <label for="set-names-in-reports">{t('f.settings.namesInReports')}</label>
      <p class="hint" id="set-names-in-reports-hint">
        {t('f.settings.namesInReportsHint')}
      </p>
    </div>
  );
}
