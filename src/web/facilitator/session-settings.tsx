import { LIMITS, type SessionState } from '../../domain/types.ts';
import { CommitSelect } from './commit-select.tsx';
import { NamesInReports } from './names-in-reports.tsx';
import type { Ask } from './confirm-dialog.tsx';
import { t } from './t.ts';
import type { Commands } from './use-commands.ts';
import { useOptimistic } from './use-optimistic.ts';

const range = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, i) => a + i);

/** Round length, notes on the projector, names in reports, number of tables. Each change is saved at once. */
export function SessionSettings({ state, cmds, ask, disabled }: { state: SessionState; cmds: Commands; ask: Ask; disabled: boolean }) {
  const run = cmds.run;
  const [showNotes, setShowNotes] = useOptimistic(state.settings.showNotesOnScreen, cmds.statusOf);
  const beforeRounds = state.phase === 'lobby' || state.phase === 'opening';
  const setCount = (count: number) => {
    const go = () => run({ type: 'tables.setCount', count }, t('f.ok.tableCount', { n: count }));
    if (count >= state.tables.length) return go();
    ask({
      title: t('f.confirm.fewer.title', { n: count }),
      body: t('f.confirm.fewer.body'),
      confirmLabel: t('f.confirm.fewer.ok', { n: count }),
      danger: true,
      onConfirm: go,
    });
  };
  return (
    <section class="f-settings" aria-labelledby="settings-h">
      <h3 id="settings-h">{t('f.settings.title')}</h3>
      <div class="f-settings-grid">
        <div class="field">
          <label for="set-minutes">{t('f.settings.roundMinutes')}</label>
          <CommitSelect
            id="set-minutes"
            value={String(state.settings.roundMinutes)}
            disabled={disabled}
            onCommit={(v) => run({ type: 'session.configure', roundMinutes: Number(v) }, t('f.ok.minutes', { n: v }))}
          >
            {range(LIMITS.minRoundMinutes, LIMITS.maxRoundMinutes).map((m) => (
              <option key={m} value={String(m)}>
                {t('f.settings.minutes', { n: m })}
              </option>
            ))}
          </CommitSelect>
        </div>
        <div class="field">
          <label for="set-tables">{t('f.settings.tableCount')}</label>
          <CommitSelect
            id="set-tables"
            aria-describedby="set-tables-hint"
            value={String(state.tables.length)}
            disabled={disabled || !beforeRounds}
            onCommit={(v) => setCount(Number(v))}
          >
            {range(LIMITS.minTables, LIMITS.maxTables).map((n) => (
              <option key={n} value={String(n)}>
                {n}
              </option>
            ))}
          </CommitSelect>
          <p class="hint" id="set-tables-hint">
            {t('f.settings.tableCountHint')}
          </p>
        </div>
      </div>
      <div class="f-check">
        <input
          type="checkbox"
          id="set-notes"
          checked={showNotes}
          disabled={disabled}
          onChange={(e) => {
            const v = e.currentTarget.checked;
            setShowNotes(v, run({ type: 'session.configure', showNotesOnScreen: v }, t('f.ok.saved')));
          }}
        />
        <label for="set-notes">{t('f.settings.showNotes')}</label>
      </div>
      <NamesInReports state={state} cmds={cmds} disabled={disabled} />
    </section>
  );
}
