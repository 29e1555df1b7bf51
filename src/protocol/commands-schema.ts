import { z } from 'zod';
import type { Command } from '../domain/commands.ts';
import { LANGS, LIMITS } from '../domain/types.ts';
import { clientId, safeText, serverId } from './ids.ts';

const text = safeText;
const texts = (max: number) => z.strictObject({ fi: text(max), sv: text(max), en: text(max) });
const question = z.strictObject({ id: z.string().regex(/^[A-Za-z0-9_-]{1,32}$/), text: texts(LIMITS.questionMax) });
/** Offer and group ids: server-made (carried themes, groups "<offer>_<n>") or client-made. */
const refId = z.string().regex(/^[A-Za-z0-9_-]{1,80}$/, 'invalid id');
/** Generous: the domain counts characters (code points) and answers with a precise error. */
const longText = (max: number) => safeText(max * 4).refine((v) => v.length > 0, 'empty');
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
    namesInReports: z.boolean().optional(),
    childMode: z.boolean().optional(),
    screenSecondLang: z.enum(LANGS).nullable().optional(),
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
  // Open Space
  z.strictObject({
    type: z.literal('offer.propose'),
    offerId: clientId,
    name: text(LIMITS.offerNameMax + 20),
    confirmPrivacy: z.boolean().optional(),
  }),
  z.strictObject({ type: z.literal('offer.decide'), offerId: refId, accept: z.boolean() }),
  z.strictObject({ type: z.literal('offer.rename'), offerId: refId, name: text(LIMITS.offerNameMax + 20) }),
  z.strictObject({ type: z.literal('offer.merge'), sourceId: refId, targetId: refId }),
  z.strictObject({ type: z.literal('os.setCap'), cap: z.number().int().min(LIMITS.minCap).max(LIMITS.maxCap).nullable() }),
  z.strictObject({ type: z.literal('os.choose'), offerId: refId, groupId: refId.optional() }),
  z.strictObject({ type: z.literal('osgroup.split'), groupId: refId }),
  z.strictObject({
    type: z.literal('flip.add'),
    itemId: clientId,
    groupId: refId,
    kind: z.enum(['key', 'keyword', 'text']),
    text: longText(LIMITS.flipItemMax),
    confirmPrivacy: z.boolean().optional(),
  }),
  z.strictObject({
    type: z.literal('flip.edit'),
    itemId: clientId,
    text: longText(LIMITS.flipItemMax),
    confirmPrivacy: z.boolean().optional(),
  }),
  z.strictObject({ type: z.literal('flip.remove'), itemId: clientId }),
  z.strictObject({ type: z.literal('flip.removeImage'), imageId: clientId }),
  z.strictObject({
    type: z.literal('practice.save'),
    practiceId: clientId,
    groupId: refId,
    title: longText(LIMITS.practiceTitleMax),
    description: text(LIMITS.practiceTextMax * 4),
    keywords: z.array(text(LIMITS.keywordMax * 4)).max(LIMITS.practiceKeywords),
    context: text(LIMITS.practiceTextMax * 4),
    confirmPrivacy: z.boolean().optional(),
  }),
  z.strictObject({ type: z.literal('practice.remove'), practiceId: clientId }),
  z.strictObject({
    type: z.literal('pearl.add'),
    pearlId: clientId,
    groupId: refId,
    text: longText(LIMITS.pearlMax),
    confirmPrivacy: z.boolean().optional(),
  }),
  z.strictObject({ type: z.literal('pearl.remove'), pearlId: clientId }),
  z.strictObject({ type: z.literal('pearls.setPoints'), groupId: refId, text: text(LIMITS.mainPointsMax * 4) }),
  z.strictObject({ type: z.literal('pearls.spotlight'), groupId: refId.nullable() }),
  z.strictObject({
    type: z.literal('feedback.give'),
    scores: z.array(z.number().int().min(1).max(5).nullable()).length(LIMITS.feedbackStatements),
    open: text(LIMITS.feedbackOpenMax * 4),
    confirmPrivacy: z.boolean().optional(),
  }),
]);

// Compile-time proof that the schema and the domain's Command type are the same shape.
type Parsed = z.infer<typeof commandSchema>;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameShape: Same<Parsed, Command> = true;
void sameShape;
