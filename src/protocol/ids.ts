import { z } from 'zod';
import { PARTICIPANT_LANGS } from '../domain/types.ts';

/** Client-generated ids (commands, notes, themes): 8–64 url-safe characters. */
export const clientId = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'invalid id');
/** Server-generated ids (sessions, participants, tables). */
export const serverId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'invalid id');
export const lang = z.enum(['fi', 'sv', 'en']);
/** Languages a participant view can be shown in; content (and a join's `lang`) stays in `lang`. */
export const participantLang = z.enum(PARTICIPANT_LANGS);

/**
 * User text: well-formed Unicode (no lone surrogates) and no control characters except tab and
 * newlines. PostgreSQL cannot store U+0000, and no person types the others. [SPEC H5]
 */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
export function isSafeText(s: string): boolean {
  return s.isWellFormed() && !CONTROL.test(s);
}
export const safeText = (max: number) => z.string().max(max).refine(isSafeText, 'control characters or broken text');
