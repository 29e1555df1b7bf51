import type { DIALOGUE_METHODS, FacilitatorView, HoursView, PLANNED_SESSIONS } from '../../protocol/programme-schema.ts';
import { lang } from './t.ts';
import { tpo, type PoKey } from './tpo.ts';

export { dayToInstant, helsinkiToday, parseQuarterHours } from './pool-numbers.ts';

/** The schema's lists, repeated here so that zod stays out of the page bundle (checked by the types). */
export const METHODS = [
  'hkd',
  'eratauko',
  'anticipation',
  'class_dialogue',
  'parents_evening',
  'other',
] as const satisfies readonly (typeof DIALOGUE_METHODS)[number][];
export const SESSIONS = ['session1', 'session2', 'followup'] as const satisfies readonly (typeof PLANNED_SESSIONS)[number][];
export type Session = (typeof SESSIONS)[number];

/** What the signed-in user may do on the pool page. [SPEC PR7, PR10] */
export interface PoolRights {
  /** coordinator or org admin: sees and edits the whole pool, the allowance, assignments */
  oversees: boolean;
  /** has the facilitator role (is in the pool) */
  facilitates: boolean;
}

export type HoursRow = HoursView['rows'][number];
export type Facilitator = FacilitatorView;

/** `/api/orgs/:id` + rest. */
export function orgApi(id: string, rest: string): string {
  return `/api/orgs/${encodeURIComponent(id)}${rest}`;
}

const numberFormat = new Intl.NumberFormat(lang === 'en' ? 'en-GB' : lang, { maximumFractionDigits: 2 });

/** 6.5 → "6,5 h" (in Finnish). */
export function hoursText(h: number | null): string {
  return h === null ? tpo('po.none') : tpo('po.hours', { h: numberFormat.format(h) });
}

/** A number shown in a form field in the page's language. */
export function hoursField(h: number | null): string {
  return h === null ? '' : numberFormat.format(h).replace(/\s/g, '');
}

export function sessionName(s: string): string {
  return tpo(`po.session.${s}` as PoKey);
}

export function methodName(m: string): string {
  return tpo(`po.method.${m}` as PoKey);
}

/** "2026-12" → "joulukuu 2026" in the page's language. */
export function monthText(month: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  if (!m) return month;
  try {
    return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : lang, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
      Date.UTC(Number(m[1]), Number(m[2]) - 1, 15),
    );
  } catch {
    return month;
  }
}
