import type { Note } from '../../domain/types.ts';
import { maskedText } from '../shared/p-mask.ts';
import { t } from './texts.ts';

interface Props {
  note: Note;
  mine: boolean;
  /** only the table's host may mark notes important */
  onToggleImportant?: () => void;
}

export function excerpt(text: string, max = 40): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** One note (a sticky note): its text, who wrote it (group, never a name), and the important mark. */
export function NoteItem({ note, mine, onToggleImportant }: Props) {
  const meta = [
    note.round >= 0 ? t('notes.meta', { n: note.round + 1 }) : null,
    note.group !== null ? t('p.group', { n: note.group + 1 }) : t('notes.byHost'),
    mine ? t('notes.mine') : null,
  ].filter(Boolean);
  const text = mine ? note.text : maskedText(note);
  return (
    <li class={note.important ? 'p-note important' : 'p-note'}>
      {note.important && !onToggleImportant ? (
        <p class="p-badge">
          <span aria-hidden="true">★ </span>
          {t('notes.important')}
        </p>
      ) : null}
      <p class="p-note-text" dir="auto">
        {text}
      </p>
      <p class="p-note-meta">{meta.join(' · ')}</p>
      {onToggleImportant ? (
        <button type="button" class="p-star" aria-pressed={note.important} onClick={onToggleImportant}>
          <span aria-hidden="true">{note.important ? '★' : '☆'}</span>
          {t('notes.important')}
          <span class="visually-hidden">
            : <bdi>{excerpt(text)}</bdi>
          </span>
        </button>
      ) : null}
    </li>
  );
}
