import { z } from 'zod';
import type { Command } from '../domain/commands.ts';
import { LIMITS } from '../domain/types.ts';
import { clientId, safeText, serverId } from './ids.ts';

const text = safeText;
const texts = (max: number) => z.strictObject({ fi: text(max), sv: text(max), en: text(max) });
const question = z.strictObject({ id: z.string().regex(/^[A-Za-z0-9_-]{1,32}$/), text: texts(LIMITS.questionMax) });
const httpUrl = z
  .string()
  .max(500)
  .refine((v) => /^https:\/\/[^\s]+$/.test(v), 'https url');

/** Every command a client may send, strict (unknown keys rejected) and size-limited. */
export const commandSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('session.configure'),
    roundMinutes: z.number().int().min(LIMITS.minRoundMinutes).max(LIMITS.maxRoundMinutes).optional(),
    showNotesOnScreen: z.boolean().optional(),
  }),
  z.strictObject({
    type: z.literal('table.update'),
    tableId: serverId,
    title: texts(LIMITS.titleMax).optional(),
    questions: z.array(question).max(LIMITS.questionsPerTable).optional(),
    meetingUrl: httpUrl.nullable().optional(),
  }),
  z.strictObject({ type: z.literal('tables.setCount'), count: z.number().int().min(LIMITS.minTables).max(LIMITS.maxTables) }),
  z.strictObject({ type: z.literal('groups.split') }),
  z.strictObject({
    type: z.literal('participant.move'),
    participantId: serverId,
    group: z
      .number()
      .int()
      .min(0)
      .max(LIMITS.maxTables - 1),
  }),
  z.strictObject({ type: z.literal('table.setHost'), tableId: serverId, participantId: serverId.nullable() }),
  z.strictObject({ type: z.literal('phase.next') }),
  z.strictObject({ type: z.literal('clock.pause') }),
  z.strictObject({ type: z.literal('clock.resume') }),
  z.strictObject({ type: z.literal('clock.extend'), minutes: z.number().int().min(1).max(LIMITS.maxExtendMinutes) }),
  z.strictObject({ type: z.literal('clock.end') }),
  z.strictObject({ type: z.literal('session.close') }),
  z.strictObject({
    type: z.literal('note.add'),
    noteId: clientId,
    // generous: the domain counts characters (code points) and answers note_too_long
    text: safeText(LIMITS.noteMax * 4).refine((v) => v.length > 0, 'empty'),
    confirmPrivacy: z.boolean().optional(),
  }),
  z.strictObject({ type: z.literal('note.setImportant'), noteId: clientId, important: z.boolean() }),
  z.strictObject({ type: z.literal('theme.create'), themeId: clientId, tableId: serverId, name: text(LIMITS.themeNameMax + 20) }),
  z.strictObject({ type: z.literal('theme.rename'), themeId: clientId, name: text(LIMITS.themeNameMax + 20) }),
  z.strictObject({ type: z.literal('theme.merge'), sourceId: clientId, targetId: clientId }),
  z.strictObject({ type: z.literal('note.setTheme'), noteId: clientId, themeId: clientId.nullable() }),
  z.strictObject({ type: z.literal('theme.setCarried'), themeId: clientId, carried: z.boolean() }),
]);

// Compile-time proof that the schema and the domain's Command type are the same shape.
type Parsed = z.infer<typeof commandSchema>;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameShape: Same<Parsed, Command> = true;
void sameShape;
