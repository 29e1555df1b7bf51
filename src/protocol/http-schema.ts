import { z } from 'zod';
import { LIMITS } from '../domain/types.ts';
import { lang, safeText } from './ids.ts';

const email = z.string().trim().toLowerCase().max(254).email();
/** Passwords: 12–200 characters; long passphrases welcome. */
const password = z.string().min(12).max(200);

export const setupBody = z.strictObject({
  token: z.string().min(16).max(128),
  email,
  password,
  name: safeText(80).pipe(z.string().trim().min(1)),
  /** with a plain setup link (first start, create-admin): the organisation its holder runs */
  organisation: safeText(120).pipe(z.string().trim().min(1)).optional(),
});
export const loginBody = z.strictObject({ email, password: z.string().min(1).max(200) });
export const meBody = z.strictObject({ lang });

export const createProcessBody = z.strictObject({
  name: safeText(120).pipe(z.string().trim().min(1)),
  /** the organisation it belongs to; may be left out when the user facilitates in only one */
  orgId: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,64}$/)
    .optional(),
  /** kept for old clients; the organisation's own name is used */
  organisation: safeText(120).pipe(z.string().trim()).optional(),
  unit: safeText(120).pipe(z.string().trim()).default(''),
  purpose: safeText(2000).pipe(z.string().trim()).default(''),
  lang: lang.default('fi'),
  tableCount: z.number().int().min(LIMITS.minTables).max(LIMITS.maxTables).default(4),
  roundMinutes: z.number().int().min(LIMITS.minRoundMinutes).max(LIMITS.maxRoundMinutes).default(LIMITS.defaultRoundMinutes),
});

export const joinBody = z.strictObject({
  code: z.string().max(32),
  // checked here as the domain counts it (whitespace collapsed, characters): a refused name must
  // not leave the participant's token row behind (the join service stores it before the domain runs)
  name: safeText(LIMITS.nameMax + 20)
    .refine((v) => [...v.replace(/\s+/g, ' ').trim()].length <= LIMITS.nameMax, 'too long')
    .optional(),
  lang,
});

export type SetupBody = z.infer<typeof setupBody>;
export type LoginBody = z.infer<typeof loginBody>;
export type CreateProcessBody = z.infer<typeof createProcessBody>;
export type JoinBody = z.infer<typeof joinBody>;

/** Responses (typed for the web client). */
export interface MeResponse {
  id: string;
  email: string;
  name: string;
  lang: z.infer<typeof lang>;
  isAdmin?: boolean;
  mfaSetupRequired?: boolean;
  orgs?: { orgId: string; orgName: string; roles: ('org_admin' | 'coordinator' | 'facilitator' | 'commissioner')[] }[];
}
export interface SessionSummary {
  id: string;
  processId: string;
  kind: 'learning_cafe' | 'open_space';
  joinCode: string;
  closed: boolean;
  createdAt: number;
}
export interface ProcessSummary {
  id: string;
  orgId: string;
  name: string;
  organisation: string;
  unit: string;
  purpose: string;
  lang: z.infer<typeof lang>;
  createdAt: number;
  sessions: SessionSummary[];
  /** what the signed-in user may do here: run the sessions (facilitator) or follow up (commissioner) */
  role: ProcessRole;
  facilitator: { name: string; email: string };
  commissioner: { name: string; email: string } | null;
  /** when the process was closed (its retention runs from then); null while open */
  closedAt: number | null;
  /** when its raw content was erased (D7); null if not */
  erasedAt: number | null;
  /** the process's own retention in months; null = the organisation's */
  retentionMonths: number | null;
}
/** facilitator: runs it; commissioner: follows it up; coordinator: sees the organisation's dialogues (read-only) */
export type ProcessRole = 'facilitator' | 'commissioner' | 'coordinator';
export interface JoinResponse {
  sessionId: string;
  participantId: string;
  token: string;
}
export interface ApiError {
  error: string;
  field?: string;
}

/* ---------- Follow-up, actions, summary and exports (HKD after the sessions) ---------- */

const para = (max: number) => safeText(max).pipe(z.string().trim());
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');
const localDateTime = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'YYYY-MM-DDTHH:mm');

/** The follow-up agreement form (facilitator, at the end of session 2). [SPEC O6] */
export const followupBody = z.strictObject({
  heard: para(4000).default(''),
  needsMonths: para(4000).default(''),
  needsYears: para(4000).default(''),
  themePlans: z
    .array(z.strictObject({ theme: para(120).pipe(z.string().min(1)), plan: para(2000) }))
    .max(40)
    .default([]),
  resultsUse: para(4000).default(''),
  continueDialogue: z.enum(['yes', 'no', 'later', '']).default(''),
  nextMeeting: z.union([localDateTime, z.literal('')]).default(''),
  nextMeetingPlace: para(200).default(''),
});
export type FollowupBody = z.infer<typeof followupBody>;

export const ACTION_STATUSES = ['open', 'in_progress', 'done', 'dropped'] as const;
const actionFields = {
  title: para(200).pipe(z.string().min(1)),
  owner: para(120),
  due: z.union([isoDate, z.literal(''), z.null()]),
  status: z.enum(ACTION_STATUSES),
  /** the theme (offer) of session 2 it takes forward, by name as shown */
  theme: para(120),
  /** a good-practice record of session 2 it builds on (practice id) */
  practiceId: z.union([z.string().regex(/^[A-Za-z0-9_-]{8,64}$/), z.null()]),
};
export const actionBody = z.strictObject({
  ...actionFields,
  owner: actionFields.owner.default(''),
  due: actionFields.due.default(null),
  status: actionFields.status.default('open'),
  theme: actionFields.theme.default(''),
  practiceId: actionFields.practiceId.default(null),
});
/** A change to an action: only the fields sent (no defaults, so nothing else is reset). */
export const actionPatch = z.strictObject(actionFields).partial();
export type ActionBody = z.infer<typeof actionBody>;
export type ActionPatch = z.infer<typeof actionPatch>;

export const summaryBody = z.strictObject({ text: para(20000) });
export const commissionerBody = z.strictObject({ email: z.union([email, z.literal('')]) });

export interface ActionView {
  id: string;
  processId: string;
  title: string;
  owner: string;
  due: string | null;
  status: (typeof ACTION_STATUSES)[number];
  theme: string;
  practiceId: string | null;
  createdAt: number;
  updatedAt: number;
}

export interface FollowupView extends FollowupBody {
  updatedAt: number | null;
}

export interface SummaryView {
  text: string;
  updatedAt: number | null;
  updatedBy: string | null;
}

/** Aggregated feedback of one session (never individual answers with ids). */
export interface FeedbackView {
  sessionId: string;
  kind: SessionSummary['kind'];
  answers: number;
  statements: { counts: [number, number, number, number, number]; mean: number | null }[];
  open: string[];
}

/** Everything the commissioner's page shows beside the summary. */
export interface ProcessOutputs {
  process: ProcessSummary;
  summary: SummaryView;
  followup: FollowupView;
  actions: ActionView[];
  feedback: FeedbackView[];
  /** carried themes of session 1 and the good-practice records / pearls of session 2 */
  themes: { name: string; table: string }[];
  practices: { id: string; title: string; description: string; keywords: string[]; context: string; theme: string }[];
  pearls: { group: string; texts: string[]; mainPoints: string }[];
  exports: { at: number; user: string; format: string }[];
}

export const EXPORT_FORMATS = ['pdf', 'docx', 'notes.csv', 'practices.csv', 'actions.csv', 'feedback.csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/* ---------- Organisations, roles, retention and the audit log (security) ---------- */

export const ORG_ROLE_NAMES = ['org_admin', 'coordinator', 'facilitator', 'commissioner'] as const;
export const createOrgBody = z.strictObject({ name: safeText(120).pipe(z.string().trim().min(1)) });
export const orgSettingsBody = z.strictObject({
  name: safeText(120).pipe(z.string().trim().min(1)).optional(),
  require2fa: z.boolean().optional(),
  /** months after a process closes before its raw content is erased */
  retentionMonths: z.number().int().min(1).max(120).optional(),
});
export const memberRoleBody = z.strictObject({ email, role: z.enum(ORG_ROLE_NAMES), on: z.boolean() });
export const inviteBody = z.strictObject({ role: z.enum(ORG_ROLE_NAMES) });
export const processCloseBody = z.strictObject({ closed: z.boolean() });
export const processRetentionBody = z.strictObject({ months: z.number().int().min(1).max(120).nullable() });

export interface OrgView {
  id: string;
  name: string;
  require2fa: boolean;
  retentionMonths: number;
  /** the signed-in user's roles here */
  roles: (typeof ORG_ROLE_NAMES)[number][];
}
export interface MemberView {
  userId: string;
  name: string;
  email: string;
  roles: (typeof ORG_ROLE_NAMES)[number][];
}
export interface AuditView {
  id: number;
  at: number;
  user: string | null;
  action: string;
  target: string;
  detail: Record<string, unknown>;
  ip: string | null;
}
