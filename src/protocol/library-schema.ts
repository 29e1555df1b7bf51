import { z } from 'zod';
import { LIMITS } from '../domain/types.ts';
import { clientId, safeText, serverId } from './ids.ts';

/* ---------- The practice library and meetups (Kohtaamo) [SPEC L] ---------- */

const para = (max: number) => safeText(max).pipe(z.string().trim());
/** one line: runs of white space become one space */
const line = (max: number) =>
  safeText(max * 4)
    .transform((t) => t.trim().replace(/\s+/g, ' '))
    .pipe(z.string().max(max));
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');

export const LIBRARY_SCOPES = ['org', 'shared'] as const;
/** The sector a practice comes from, chosen when it is published (a filter of the library). */
export const SECTORS = [
  'early_childhood',
  'basic_education',
  'upper_secondary',
  'youth_work',
  'social_services',
  'child_welfare',
  'family_services',
  'health',
  'other',
] as const;

/**
 * Publishing a good-practice record of the process's session 2. The texts may be edited for
 * the copy (left out: the record's own); the copy is privacy-scanned like the record. [SPEC L1–L3]
 */
export const publishBody = z.strictObject({
  practiceId: clientId,
  scope: z.enum(LIBRARY_SCOPES).default('org'),
  sector: z.enum(SECTORS).default('other'),
  title: line(LIMITS.practiceTitleMax).pipe(z.string().min(1)).optional(),
  description: para(LIMITS.practiceTextMax).optional(),
  keywords: z.array(line(LIMITS.keywordMax)).max(LIMITS.practiceKeywords).optional(),
  context: para(LIMITS.practiceTextMax).optional(),
  confirmPrivacy: z.boolean().optional(),
});
export type PublishBody = z.infer<typeof publishBody>;

export const scopeBody = z.strictObject({ scope: z.enum(LIBRARY_SCOPES) });

/** Query string of a library search: words (Finnish, any inflection) and filters. [SPEC L6, L7] */
export const libraryQuery = z.strictObject({
  q: line(200).default(''),
  keyword: line(LIMITS.keywordMax).optional(),
  theme: line(200).optional(),
  sector: z.enum(SECTORS).optional(),
  org: serverId.optional(),
  scope: z.enum(LIBRARY_SCOPES).optional(),
});
export type LibraryQuery = z.infer<typeof libraryQuery>;

/** Where a published practice comes from; never who took part. [SPEC L4] */
export interface Provenance {
  orgId: string;
  organisation: string;
  unit: string;
  process: string;
  /** when session 2 was held (epoch ms) */
  date: number;
  method: string;
}

export interface LibraryPracticeView {
  id: string;
  scope: (typeof LIBRARY_SCOPES)[number];
  title: string;
  description: string;
  keywords: string[];
  context: string;
  theme: string;
  sector: string;
  provenance: Provenance;
  publishedAt: number;
  /** the source process, only for readers of the same organisation */
  processId: string | null;
}

export interface LibrarySearchView {
  results: LibraryPracticeView[];
  /** the values the filters can take over everything the reader may see */
  facets: { keywords: string[]; themes: string[]; sectors: string[]; orgs: { id: string; name: string }[] };
}

/** A process's practices and what has been published of them (for the commissioner's page). */
export interface ProcessPracticesView {
  consentToShare: 'yes' | 'no' | 'later';
  canPublish: boolean;
  practices: { practiceId: string; title: string; theme: string; publication: { id: string; scope: 'org' | 'shared' } | null }[];
}

/* ---------- Meetups ---------- */

export const meetupBody = z.strictObject({
  title: line(200).pipe(z.string().min(1)),
  date: isoDate.nullable().default(null),
  place: line(200).default(''),
  description: para(4000).default(''),
  /** the running order: library records visible to the organisation, with optional notes */
  items: z
    .array(z.strictObject({ practiceId: serverId, note: para(1000).default('') }))
    .max(50)
    .default([]),
});
export type MeetupBody = z.infer<typeof meetupBody>;

/** Turns the public read-only link on (a new one with regenerate) or off. [SPEC L9] */
export const meetupLinkBody = z.strictObject({ on: z.boolean(), regenerate: z.boolean().default(false) });

export interface MeetupItemView {
  note: string;
  practice: LibraryPracticeView;
}

export interface MeetupView {
  id: string;
  orgId: string;
  title: string;
  date: string | null;
  place: string;
  description: string;
  items: MeetupItemView[];
  /** the public link's token (staff view only), null when off */
  publicToken: string | null;
  createdAt: number;
  updatedAt: number;
}

/** What the public link shows: the meetup and its practices, nothing about staff or participants. */
export type PublicMeetupView = Omit<MeetupView, 'id' | 'orgId' | 'publicToken' | 'createdAt' | 'updatedAt'>;
