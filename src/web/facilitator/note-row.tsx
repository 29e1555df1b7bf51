import type { Note, SessionState } from '../../domain/types.ts';
import { CommitSelect } from './commit-select.tsx';
import { t } from './t.ts';
import { ThemeOptions } from './theme-options.tsx';
import type { Run } from './use-commands.ts';

const short = (s: string) => (s.length > 40 ? `${s.slice(0, 39)}…` : s);

/** A note in the debrief, with a select to put it in a theme (any table's) or in none. */
export function NoteRow({ note, state, run, readOnly }: { note: Note; state: SessionState; run: Run; readOnly: boolean }) {
  return (
    <li class="f-note">
      <p class="f-note-text">
        {note.important && <span class="f-badge">{t('f.note.important')}</span>} <bdi>{note.text}</bdi>
      </p>
      {!readOnly && (
        <CommitSelect
          class="f-note-theme"
          aria-label={t('f.note.themeLabel', { text: short(note.text) })}
          value={note.themeId ?? ''}
          onCommit={(v) => {
            const theme = state.themes.find((x) => x.id === v);
            const ok = theme ? t('f.ok.noteThemed', { theme: theme.name }) : t('f.ok.noteUnthemed');
            run({ type: 'note.setTheme', noteId: note.id, themeId: v || null }, ok);
          }}
        >
          <option value="">{t('f.note.noTheme')}</option>
          <ThemeOptions state={state} />
        </CommitSelect>
      )}
    </li>
  );
}
