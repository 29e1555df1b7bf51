import type { SECTORS } from '../../protocol/library-schema.ts';
import type { DIALOGUE_METHODS } from '../../protocol/programme-schema.ts';
import { path } from './route.ts';
import { lang } from './t.ts';
import { tl, type LKey } from './tl.ts';

const SECTOR_KEYS: Record<(typeof SECTORS)[number], LKey> = {
  early_childhood: 'l.sector.early_childhood',
  basic_education: 'l.sector.basic_education',
  upper_secondary: 'l.sector.upper_secondary',
  youth_work: 'l.sector.youth_work',
  social_services: 'l.sector.social_services',
  child_welfare: 'l.sector.child_welfare',
  family_services: 'l.sector.family_services',
  health: 'l.sector.health',
  other: 'l.sector.other',
};

const METHOD_KEYS: Record<(typeof DIALOGUE_METHODS)[number], LKey> = {
  hkd: 'l.method.hkd',
  eratauko: 'l.method.eratauko',
  anticipation: 'l.method.anticipation',
  class_dialogue: 'l.method.class_dialogue',
  parents_evening: 'l.method.parents_evening',
  other: 'l.method.other',
};

/** A sector code as words (an unknown code as itself). */
export function sectorText(s: string): string {
  return s in SECTOR_KEYS ? tl(SECTOR_KEYS[s as keyof typeof SECTOR_KEYS]) : s;
}

export function methodText(m: string): string {
  return m in METHOD_KEYS ? tl(METHOD_KEYS[m as keyof typeof METHOD_KEYS]) : m;
}

export function scopeText(scope: string): string {
  return tl(scope === 'shared' ? 'l.scope.shared' : 'l.scope.org');
}

/** The library page with a query string. */
export function libraryPath(search = ''): string {
  return path('/library') + (search ? `?${search}` : '');
}

export function meetupsPath(orgId: string): string {
  return path(`/orgs/${encodeURIComponent(orgId)}/meetups`);
}

/** The public read-only page of a meetup: the token in the #fragment, never sent with the page. */
export function publicMeetupUrl(token: string): string {
  return `${location.origin}/${lang}/meetup#${token}`;
}

/** Keywords typed as one line, separated by commas. */
export function splitKeywords(s: string): string[] {
  return [
    ...new Set(
      s
        .split(',')
        .map((k) => k.trim().replace(/\s+/g, ' '))
        .filter(Boolean),
    ),
  ];
}

/** The sectors in the order of the fixed list (the publish form's choices). */
export const SECTOR_LIST = Object.keys(SECTOR_KEYS) as (typeof SECTORS)[number][];
