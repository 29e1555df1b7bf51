import type { Note } from '../../domain/types.ts';
import type { LiveSession } from '../shared/use-session.ts';
import { NoteItem } from './note-item.tsx';
import { t } from './texts.ts';
import type { Announce } from './use-announcer.tsx';
import { useActionFeedback } from './use-action-feedback.ts';

interface Props {
  notes: Note[];
  me: string;
  isHost: boolean;
  live: LiveSession;
  announce: Announce;
}

/** Notes at this table, newest first: earlier groups' notes too. The host marks important ones. */
export function NoteList({ notes, me, isHost, live, announce }: Props) {
  const act = useActionFeedback(live, announce);
  return (
    <section class="p-section" aria-labelledby="notes-h">
      <h2 id="notes-h">{t('notes.heading', { n: notes.length })}</h2>
      {notes.length === 0 ? (
        <p>{t('notes.empty')}</p>
      ) : (
        <ul class="p-notes">
          {[...notes].reverse().map((n) => (
            <NoteItem
              key={n.id}
              note={n}
              mine={n.authorId === me}
              onToggleImportant={
                isHost
                  ? () =>
                      act(
                        { type: 'note.setImportant', noteId: n.id, important: !n.important },
                        n.important ? t('notes.unmarkedImportant') : t('notes.markedImportant'),
                      )
                  : undefined
              }
            />
          ))}
        </ul>
      )}
    </section>
  );
}
