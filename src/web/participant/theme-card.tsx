import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { LIMITS, type Note, type Theme } from '../../domain/types.ts';
import { useDropTarget } from './drop-target.ts';
import { t } from './texts.ts';
import { ThemeNote } from './theme-note.tsx';

interface Props {
  theme: Theme;
  notes: Note[];
  /** all themes of this table (for moving notes and merging) */
  themes: Theme[];
  onMove(noteId: string, themeId: string | null): void;
  onRename(themeId: string, name: string): void;
  onMerge(sourceId: string, targetId: string): void;
}

/** One theme: its name and notes, rename, and "merge into…" another theme of the same table. */
export function ThemeCard({ theme, notes, themes, onMove, onRename, onMerge }: Props) {
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(theme.name);
  const others = themes.filter((x) => x.id !== theme.id);
  const [target, setTarget] = useState('');
  const renameRef = useRef<HTMLButtonElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const wasEditing = useRef(false);
  const drop = useDropTarget((noteId) => onMove(noteId, theme.id));

  // layout effect: focus moves with the same render, before the next key press arrives
  useLayoutEffect(() => {
    if (editing) inputRef.current?.focus();
    else if (wasEditing.current) renameRef.current?.focus();
    wasEditing.current = editing;
  }, [editing]);

  const ids = { h: `theme-${theme.id}`, name: `rename-${theme.id}`, merge: `merge-${theme.id}` };
  return (
    <section class={drop.over ? 'p-theme over' : 'p-theme'} data-theme-id={theme.id} aria-labelledby={ids.h} {...drop.props}>
      <h3 id={ids.h} tabIndex={-1}>
        <bdi>{theme.name}</bdi>
        {theme.carried ? (
          <span class="p-carried">
            {' '}
            <span class="dir-icon" aria-hidden="true">
              ➜
            </span>{' '}
            {t('debrief.carried')}
          </span>
        ) : null}
      </h3>
      <p class="p-count">{t('theming.noteCount', { n: notes.length })}</p>
      {editing ? (
        <form
          class="p-rename"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            const v = name.replace(/\s+/g, ' ').trim();
            if (v && v !== theme.name) onRename(theme.id, v);
            setEditing(false);
          }}
        >
          <label for={ids.name}>{t('theming.renameLabel')}</label>
          <input
            id={ids.name}
            dir="auto"
            ref={inputRef}
            value={name}
            maxLength={LIMITS.themeNameMax}
            onInput={(e) => setName(e.currentTarget.value)}
          />
          <div class="p-actions">
            <button type="submit" class="primary">
              {t('theming.save')}
            </button>
            <button type="button" onClick={() => setEditing(false)}>
              {t('theming.cancel')}
            </button>
          </div>
        </form>
      ) : (
        <div class="p-actions">
          <button
            type="button"
            ref={renameRef}
            onClick={() => {
              setName(theme.name);
              setEditing(true);
            }}
          >
            {t('theming.rename')}
            <span class="visually-hidden">
              : <bdi>{theme.name}</bdi>
            </span>
          </button>
        </div>
      )}
      {others.length > 0 ? (
        <div class="p-merge">
          <label for={ids.merge}>{t('theming.mergeLabel')}</label>
          <div class="p-inline">
            <select id={ids.merge} value={target} onChange={(e) => setTarget(e.currentTarget.value)}>
              <option value="">–</option>
              {others.map((o) => (
                <option key={o.id} value={o.id} dir="auto">
                  {o.name}
                </option>
              ))}
            </select>
            <button type="button" onClick={() => target && onMerge(theme.id, target)}>
              {t('theming.merge')}
              <span class="visually-hidden">
                : <bdi>{theme.name}</bdi>
              </span>
            </button>
          </div>
        </div>
      ) : null}
      {notes.length === 0 ? (
        <p class="hint">{t('theming.emptyTheme')}</p>
      ) : (
        <ul class="p-tnotes">
          {notes.map((n) => (
            <ThemeNote key={n.id} note={n} themes={themes} onMove={onMove} />
          ))}
        </ul>
      )}
    </section>
  );
}
