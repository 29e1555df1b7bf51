import { z } from 'zod';
import type { ItemChange, ItemStats } from '../domain/survey-stats.ts';
import type { UnitResult } from '../domain/survey-units.ts';
import { SURVEY_LIMITS, SURVEY_PHASES, type SurveyItem, type SurveyPhase } from '../domain/survey.ts';
import type { Lang } from '../domain/types.ts';
import { safeText } from './ids.ts';

/** HTTP bodies and answers of the wellbeing survey. [SPEC WB1–WB10] */

export const surveyPhase = z.enum(SURVEY_PHASES);
export const createSurveyBody = z.strictObject({ phase: surveyPhase });

const itemText = safeText(SURVEY_LIMITS.itemTextMax).transform((s) => s.trim());
export const surveyItemsBody = z.strictObject({
  items: z
    .array(
      z.strictObject({
        id: z.string().regex(/^[a-z0-9-]{1,40}$/, 'invalid id'),
        text: z.strictObject({ fi: itemText, sv: itemText, en: itemText }),
      }),
    )
    .min(SURVEY_LIMITS.minItems)
    .max(SURVEY_LIMITS.maxItems)
    .refine((items) => new Set(items.map((i) => i.id)).size === items.length, 'duplicate id'),
});
export type SurveyItemsBody = z.infer<typeof surveyItemsBody>;

export const surveyLinksBody = z.strictObject({ count: z.number().int().min(1).max(SURVEY_LIMITS.maxLinksPerRequest) });

/** One value per item: 1–5, or null for "can't say". */
export const surveyAnswerBody = z.strictObject({
  answers: z.array(z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5), z.null()])).max(SURVEY_LIMITS.maxItems),
});

/** A link token as it appears in /api/survey/:token (newToken: 43 base64url characters). */
export const surveyToken = z.string().regex(/^[A-Za-z0-9_-]{20,100}$/);

/** A survey as its facilitator sees it (items with all three languages, for editing). */
export interface SurveyView {
  id: string;
  phase: SurveyPhase;
  closed: boolean;
  createdAt: number;
  items: SurveyItem[];
  links: { total: number; used: number };
}

/** What a respondent's page gets: the items in the process language. */
export interface PublicSurveyView {
  lang: Lang;
  phase: SurveyPhase;
  items: { id: string; text: string }[];
}

export type SurveyPhaseResult =
  | { phase: SurveyPhase; tooFew: true }
  | { phase: SurveyPhase; tooFew: false; respondents: number; items: (ItemStats & { text: string })[] };

/** Aggregates only; `tooFew` wherever a group has fewer than `k` answers. [SPEC WB5, WB6] */
export interface SurveyResultsView {
  k: number;
  lang: Lang;
  surveys: SurveyPhaseResult[];
  /** null until both the pre and the post survey exist */
  comparison: (ItemChange & { text: string })[] | null;
}

/** Pre/post of one unit of an organisation: its processes' answers pooled per item. [SPEC WB10] */
export type UnitSurveyView = { unit: string } & UnitResult;
