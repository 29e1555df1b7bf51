import { useEffect, useRef, useState } from 'preact/hooks';
import type { Note, Theme } from '../../domain/types.ts';
import { NOTE_MIME } from './drop-target.ts';
import { excerpt } from './note-item.tsx';
import { maskedText } from '../shared/p-mask.ts';
import { t } from './texts.ts';

/** The note whose move the user asked for: when it appears in its new list, focus follows it. */
let followFocus: string | null = null;

interface Props {
  note: Note;
  themes: Theme[];
  onMove(noteId: string, themeId: string | null): void;
}

/** A note in theming: pick its theme from a list and press Move (keyboard), or drag it. */
export function ThemeNote({ note, themes, onMove }: Props) {
  const [choice, setChoice] = useState(note.themeId ?? '');
  const selRef = useRef<HTMLSelectElement>(null);
  useEffect(() => setChoice(note.themeId ?? ''), [note.themeId]);
  useEffect(() => {
    const a = document.activeElement;
    if (followFocus === note.id && (!a || a === document.body)) selRef.current?.focus();
    if (followFocus === note.id) followFocus = null;
  }, []);

  const sel = `move-${note.id}`;
  return (
    <li
      class={note.important ? 'p-tnote important' : 'p-tnote'}
      draggable
      data-note-id={note.id}
      onDragStart={(e) => {
        e.dataTransfer?.setData(NOTE_MIME, note.id);
        if (e.dataTransfer) e.dataTransfer.effectAllowed = 'move';
      }}
    >
      <p id={`text-${note.id}`} class="p-note-text">
        {note.important ? (
          <span class="p-badge">
            <span aria-hidden="true">★ </span>
            {t('notes.important')}:{' '}
          </span>
        ) : null}
        {maskedText(note)}
      </p>
      <div class="p-move">
        <label for={sel}>{t('theming.moveLabel')}</label>
        <div class="p-inline">
          <select
            id={sel}
            ref={selRef}
            value={choice}
            onChange={(e) => setChoice(e.currentTarget.value)}
            aria-describedby={`text-${note.id}`}
          >
            <option value="">{t('theming.noTheme')}</option>
            {themes.map((th) => (
              <option key={th.id} value={th.id} dir="auto">
                {th.name}
              </option>
            ))}
          </select>
          <button
            type="button"
            onClick={() => {
              const target = choice || null;
              if (target === note.themeId) return;
              followFocus = note.id;
              onMove(note.id, target);
            }}
          >
            {t('theming.move')}
            <span class="visually-hidden">: {excerpt(maskedText(note))}</span>
          </button>
        </div>
      </div>
    </li>
  );
}
