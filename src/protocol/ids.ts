import { z } from 'zod';

/** Client-generated ids (commands, notes, themes): 8–64 url-safe characters. */
export const clientId = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'invalid id');
/** Server-generated ids (sessions, participants, tables). */
export const serverId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'invalid id');
export const lang = z.enum(['fi', 'sv', 'en']);
/** Languages a participant view can be shown in (ar and so come with the i18n issue). */
export const participantLang = lang;
