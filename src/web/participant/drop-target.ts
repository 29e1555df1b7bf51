import { useState } from 'preact/hooks';

export const NOTE_MIME = 'text/plain';

/** Note ids are client ids: 8–64 url-safe characters. Anything else dropped here is ignored. */
const NOTE_ID = /^[A-Za-z0-9_-]{8,64}$/;

/**
 * HTML5 drag and drop onto a theme (or "no theme"): an extra for mouse and touch-pad users.
 * Every move is also possible with the keyboard (the "Theme" select and "Move" button).
 */
export function useDropTarget(onDropNote: (noteId: string) => void) {
  const [over, setOver] = useState(false);
  return {
    over,
    props: {
      onDragOver: (e: DragEvent) => {
        e.preventDefault();
        if (e.dataTransfer) e.dataTransfer.dropEffect = 'move';
        setOver(true);
      },
      onDragLeave: () => setOver(false),
      onDrop: (e: DragEvent) => {
        e.preventDefault();
        setOver(false);
        const id = e.dataTransfer?.getData(NOTE_MIME) ?? '';
        if (NOTE_ID.test(id)) onDropNote(id);
      },
    },
  };
}
