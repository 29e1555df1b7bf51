import { useEffect, useRef, useState } from 'preact/hooks';
import { LIMITS, type Note, type SessionState, type Theme } from '../../domain/types.ts';
import type { Ask } from './confirm-dialog.tsx';
import { NoteRow } from './note-row.tsx';
import { t } from './t.ts';
import { ThemeOptions } from './theme-options.tsx';
import type { Commands } from './use-commands.ts';
import { useOptimistic } from './use-optimistic.ts';

/** One theme: name and count; carry to session 2, rename, merge into another; its notes. */
export function ThemeCard(props: {
  theme: Theme;
  notes: Note[];
  state: SessionState;
  cmds: Commands;
  ask: Ask;
  readOnly: boolean;
  canCarry: boolean;
}) {
  const { theme, notes, state, cmds, readOnly } = props;
  const run = cmds.run;
  const [carried, setCarried] = useOptimistic(theme.carried, cmds.statusOf);
  const [renaming, setRenaming] = useState(false);
  const [name, setName] = useState(theme.name);
  const [target, setTarget] = useState('');
  const renameBtn = useRef<HTMLButtonElement>(null);
  const nameInput = useRef<HTMLInputElement>(null);
  const id = theme.id;

  useEffect(() => {
    if (renaming) nameInput.current?.focus();
  }, [renaming]);

  const stopRename = () => {
    setRenaming(false);
    setTimeout(() => renameBtn.current?.focus(), 0);
  };
  const saveName = (e: Event) => {
    e.preventDefault();
    const v = name.replace(/\s+/g, ' ').trim();
    if (v && v !== theme.name) run({ type: 'theme.rename', themeId: id, name: v }, t('f.ok.renamed', { name: v }));
    stopRename();
  };
  const merge = () => {
    const into = state.themes.find((x) => x.id === target);
    if (!into) return;
    props.ask({
      title: t('f.confirm.merge.title', { source: theme.name, target: into.name }),
      body: t('f.confirm.merge.body', { target: into.name }),
      confirmLabel: t('f.confirm.merge.ok'),
      onConfirm: () => {
        run({ type: 'theme.merge', sourceId: id, targetId: into.id }, t('f.ok.merged', { source: theme.name, target: into.name }));
        document.getElementById(`th-${into.id}`)?.focus();
      },
    });
  };

  return (
    <li class={theme.carried ? 'f-theme f-theme-carried' : 'f-theme'}>
      <div class="f-theme-head">
        <h4 id={`th-${id}`} tabIndex={-1} dir="auto">
          {theme.name}
        </h4>
        <span class="f-count">{t('f.theme.count', { n: notes.length })}</span>
        {theme.carried && <span class="f-badge f-badge-ok">{t('f.theme.carried')}</span>}
      </div>
      {!readOnly && (
        <div class="f-theme-tools">
          {props.canCarry && (
            <div class="f-check">
              <input
                type="checkbox"
                id={`carry-${id}`}
                aria-label={`${t('f.theme.carry')}: ${theme.name}`}
                checked={carried}
                onChange={(e) => {
                  const v = e.currentTarget.checked;
                  setCarried(
                    v,
                    run(
                      { type: 'theme.setCarried', themeId: id, carried: v },
                      t(v ? 'f.ok.carried' : 'f.ok.notCarried', { name: theme.name }),
                    ),
                  );
                }}
              />
              <label for={`carry-${id}`}>{t('f.theme.carry')}</label>
            </div>
          )}
          {renaming ? (
            <form class="f-inline" onSubmit={saveName}>
              <label for={`rename-${id}`} class="visually-hidden">
                {t('f.theme.newName', { name: theme.name })}
              </label>
              <input
                id={`rename-${id}`}
                ref={nameInput}
                maxLength={LIMITS.themeNameMax}
                value={name}
                onInput={(e) => setName(e.currentTarget.value)}
                onKeyDown={(e) => e.key === 'Escape' && stopRename()}
              />
              <button type="submit" class="primary">
                {t('f.theme.saveName')}
              </button>
              <button type="button" onClick={stopRename}>
                {t('f.confirm.cancel')}
              </button>
            </form>
          ) : (
            <button
              type="button"
              class="f-small"
              ref={renameBtn}
              aria-label={`${t('f.theme.rename')}: ${theme.name}`}
              onClick={() => {
                setName(theme.name);
                setRenaming(true);
              }}
            >
              {t('f.theme.rename')}
            </button>
          )}
          {state.themes.length > 1 && (
            <div class="f-merge">
              <label for={`merge-${id}`}>
                {t('f.theme.mergeInto')}
                <span class="visually-hidden">
                  {' '}
                  (<bdi>{theme.name}</bdi>)
                </span>
              </label>
              <div class="f-inline">
                <select id={`merge-${id}`} class="f-small-select" value={target} onChange={(e) => setTarget(e.currentTarget.value)}>
                  <option value="">{t('f.theme.choose')}</option>
                  <ThemeOptions state={state} except={id} />
                </select>
                <button
                  type="button"
                  class="f-small"
                  disabled={!target}
                  onClick={merge}
                  aria-label={`${t('f.theme.merge')}: ${theme.name}`}
                >
                  {t('f.theme.merge')}
                </button>
              </div>
            </div>
          )}
        </div>
      )}
      {notes.length > 0 && (
        <details class="f-theme-notes">
          <summary>{t('f.theme.showNotes', { n: notes.length })}</summary>
          <ul>
            {notes.map((n) => (
              <NoteRow key={n.id} note={n} state={state} run={run} readOnly={readOnly} />
            ))}
          </ul>
        </details>
      )}
    </li>
  );
}
