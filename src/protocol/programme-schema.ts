import { z } from 'zod';
import { PROGRAMME_STATES, type ProgrammeState } from '../domain/programme-lifecycle.ts';
import type { StatsRow } from '../domain/programme-stats.ts';
import { lang, safeText, serverId } from './ids.ts';

/* ---------- The dialogue programme: commission, life cycle, categories, pool, hours [SPEC PR] ---------- */

const para = (max: number) => safeText(max).pipe(z.string().trim());
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');
/** an instant in epoch milliseconds */
const epochMs = z.number().int().min(0).max(8_640_000_000_000_000);

export const DIALOGUE_METHODS = ['hkd', 'eratauko', 'anticipation', 'class_dialogue', 'parents_evening', 'other'] as const;
export const PARTICIPANT_GROUPS = ['workers', 'guardians', 'young_people', 'other_sectors', 'residents', 'other'] as const;
export const PLANNED_SESSIONS = ['session1', 'session2', 'followup'] as const;
export const CONSENT_TO_SHARE = ['yes', 'no', 'later'] as const;

const plannedSession = z.strictObject({
  session: z.enum(PLANNED_SESSIONS),
  startsAt: epochMs.nullable().default(null),
  place: para(200).default(''),
  online: z.boolean().default(false),
});

/** The commission form (before session 1); the facilitators are assigned separately. [SPEC PR1] */
export const commissionBody = z.strictObject({
  categoryId: serverId.nullable().default(null),
  method: z.enum(DIALOGUE_METHODS).default('hkd'),
  participantGroups: z.array(z.enum(PARTICIPANT_GROUPS)).max(PARTICIPANT_GROUPS.length).default([]),
  plans: z
    .array(plannedSession)
    .max(PLANNED_SESSIONS.length)
    .refine((ps) => new Set(ps.map((p) => p.session)).size === ps.length, 'one plan per session')
    .default([]),
  readiness: z.enum(['yes', 'no']).nullable().default(null),
  agreedWith: para(300).default(''),
  agreedOn: isoDate.nullable().default(null),
  consentToShare: z.enum(CONSENT_TO_SHARE).default('later'),
  participants: z.number().int().min(0).max(100_000).nullable().default(null),
});
export type CommissionBody = z.infer<typeof commissionBody>;

/**
 * A coordinator commissions a dialogue: the process (HKD template) run by a facilitator of the
 * pool, with its commission as a draft and the facilitator on session 1. [SPEC PR11]
 */
export const createCommissionBody = commissionBody.extend({
  name: safeText(120).pipe(z.string().trim().min(1)),
  unit: safeText(120).pipe(z.string().trim()).default(''),
  purpose: safeText(2000).pipe(z.string().trim()).default(''),
  lang: lang.default('fi'),
  facilitatorId: serverId,
});
export type CreateCommissionBody = z.infer<typeof createCommissionBody>;

/** Moves the life cycle one step; `override` is the reason for going ahead when readiness is "no". [SPEC PR2, PR3] */
export const transitionBody = z.strictObject({
  to: z.enum(PROGRAMME_STATES),
  override: para(1000).optional(),
});

/** Facilitators of one planned session, from the organisation's pool. [SPEC PR8] */
export const assignmentBody = z.strictObject({
  session: z.enum(PLANNED_SESSIONS),
  userIds: z.array(serverId).max(10),
});

/** Hours of one facilitator for one session; without userId the hours are the sender's own. [SPEC PR9] */
export const hoursBody = z.strictObject({
  session: z.enum(PLANNED_SESSIONS),
  userId: serverId.optional(),
  at: epochMs,
  hours: z.number().min(0.25).max(24).multipleOf(0.25),
});

export const categoryBody = z.strictObject({ name: safeText(80).pipe(z.string().trim().min(1)) });
export const categoryPatch = z.strictObject({
  name: safeText(80).pipe(z.string().trim().min(1)).optional(),
  archived: z.boolean().optional(),
});

/** A facilitator's profile in the pool; the allowance only coordinators set. [SPEC PR7] */
export const profileBody = z.strictObject({
  languages: z
    .array(safeText(40).pipe(z.string().trim().min(1)))
    .max(20)
    .default([]),
  methods: z.array(z.enum(DIALOGUE_METHODS)).max(DIALOGUE_METHODS.length).default([]),
  availability: para(500).default(''),
  allowanceHours: z.number().min(0).max(200).multipleOf(0.25).nullable().optional(),
});

const optText = safeText(120).optional();
export const dialoguesQuery = z.strictObject({
  unit: optText,
  category: optText,
  method: z.enum(DIALOGUE_METHODS).optional(),
  state: z.enum(PROGRAMME_STATES).optional(),
  facilitator: optText,
  from: isoDate.optional(),
  to: isoDate.optional(),
});
export const statsQuery = z.strictObject({
  by: z.enum(['month', 'year']).default('month'),
  year: z
    .string()
    .regex(/^\d{4}$/)
    .optional(),
  /** the language of the CSV's headers (the page's own); else the user's language */
  lang: lang.optional(),
});
export const hoursQuery = z.strictObject({ month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'YYYY-MM') });

export type TransitionBody = z.infer<typeof transitionBody>;
export type AssignmentBody = z.infer<typeof assignmentBody>;
export type HoursBody = z.infer<typeof hoursBody>;
export type CategoryPatch = z.infer<typeof categoryPatch>;
export type ProfileBody = z.infer<typeof profileBody>;
export type DialoguesQuery = z.infer<typeof dialoguesQuery>;
export type StatsQuery = z.infer<typeof statsQuery>;

export interface PersonRef {
  userId: string;
  name: string;
}

export interface CommissionView extends Omit<CommissionBody, 'plans'> {
  processId: string;
  name: string;
  unit: string;
  category: string;
  plans: (CommissionBody['plans'][number] & { facilitators: PersonRef[] })[];
  readinessOverride: string;
  /** readiness is "no" and no override was given: show the guidance, ask for a reason [PR3] */
  needsOverride: boolean;
  state: ProgrammeState;
  next: ProgrammeState | null;
  history: { from: ProgrammeState; to: ProgrammeState; at: number; user: string; note: string }[];
  updatedAt: number | null;
}

/** One dialogue in the coordinator's list and calendar. */
export interface DialogueView {
  processId: string;
  name: string;
  unit: string;
  categoryId: string | null;
  category: string;
  method: string;
  state: ProgrammeState;
  /** session 1, YYYY-MM-DD in Europe/Helsinki (planned, else the creation day) */
  date: string;
  plans: CommissionView['plans'];
  participants: number | null;
}

export interface StatsView {
  by: 'month' | 'year';
  rows: StatsRow[];
  totals: { period: string; dialogues: number; participants: number }[];
}

export interface CategoryView {
  id: string;
  name: string;
  archived: boolean;
}

export interface FacilitatorView extends PersonRef {
  email: string;
  languages: string[];
  methods: string[];
  availability: string;
  allowanceHours: number | null;
}

export interface HoursView {
  month: string;
  rows: (PersonRef & { hours: number; allowanceHours: number | null; over: boolean })[];
}
