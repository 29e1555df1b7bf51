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
});
export const loginBody = z.strictObject({ email, password: z.string().min(1).max(200) });
export const meBody = z.strictObject({ lang });

export const createProcessBody = z.strictObject({
  name: safeText(120).pipe(z.string().trim().min(1)),
  organisation: safeText(120).pipe(z.string().trim().min(1)),
  unit: safeText(120).pipe(z.string().trim()).default(''),
  purpose: safeText(2000).pipe(z.string().trim()).default(''),
  lang: lang.default('fi'),
  tableCount: z.number().int().min(LIMITS.minTables).max(LIMITS.maxTables).default(4),
  roundMinutes: z.number().int().min(LIMITS.minRoundMinutes).max(LIMITS.maxRoundMinutes).default(LIMITS.defaultRoundMinutes),
});

export const joinBody = z.strictObject({
  code: z.string().max(32),
  name: safeText(LIMITS.nameMax + 20).optional(),
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
}
export interface SessionSummary {
  id: string;
  processId: string;
  kind: 'learning_cafe';
  joinCode: string;
  closed: boolean;
  createdAt: number;
}
export interface ProcessSummary {
  id: string;
  name: string;
  organisation: string;
  unit: string;
  purpose: string;
  lang: z.infer<typeof lang>;
  createdAt: number;
  sessions: SessionSummary[];
}
export interface JoinResponse {
  sessionId: string;
  participantId: string;
  token: string;
}
export interface ApiError {
  error: string;
  field?: string;
}
