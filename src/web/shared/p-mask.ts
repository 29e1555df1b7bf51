import type { Note } from '../../domain/types.ts';

/**
 * A note's text for shared displays (the projector, other people's phones): the parts the
 * privacy scan flagged, which the writer chose to send anyway, are hidden as "•••".
 * The facilitator's console shows the full text and the flag. [privacy rule 1]
 */
export function maskedText(note: Pick<Note, 'text' | 'flags'>): string {
  const flags = Array.isArray(note.flags) ? [...note.flags].sort((a, b) => a.start - b.start) : [];
  if (flags.length === 0) return note.text;
  let out = '';
  let at = 0;
  for (const f of flags) {
    if (f.start < at || f.start > note.text.length) continue;
    out += `${note.text.slice(at, f.start)}•••`;
    at = Math.min(f.end, note.text.length);
  }
  return out + note.text.slice(at);
}
