import { words } from './finnish-search.ts';

/** What the library filters look at in a published record. */
export interface FilterableRecord {
  orgId: string;
  orgName: string;
  scope: 'org' | 'shared';
  keywords: string[];
  theme: string;
  sector: string;
}

export interface LibraryFilters {
  keyword?: string | undefined;
  theme?: string | undefined;
  sector?: string | undefined;
  org?: string | undefined;
  scope?: 'org' | 'shared' | undefined;
}

const same = (a: string, b: string) => a.localeCompare(b, 'fi', { sensitivity: 'accent' }) === 0;

/** Records that pass every given filter; keyword and theme compare without regard to case. [SPEC L7] */
export function filterRecords<T extends FilterableRecord>(rows: T[], f: LibraryFilters): T[] {
  return rows.filter(
    (r) =>
      (f.keyword === undefined || r.keywords.some((k) => same(k, f.keyword!))) &&
      (f.theme === undefined || same(r.theme, f.theme)) &&
      (f.sector === undefined || r.sector === f.sector) &&
      (f.org === undefined || r.orgId === f.org) &&
      (f.scope === undefined || r.scope === f.scope),
  );
}

const sorted = (xs: Iterable<string>) => [...new Set(xs)].filter(Boolean).sort((a, b) => a.localeCompare(b, 'fi'));

/** The values each filter can take over these records (for the filter menus). */
export function facetsOf(rows: FilterableRecord[]): {
  keywords: string[];
  themes: string[];
  sectors: string[];
  orgs: { id: string; name: string }[];
} {
  const orgs = new Map(rows.map((r) => [r.orgId, r.orgName]));
  return {
    keywords: sorted(rows.flatMap((r) => r.keywords)),
    themes: sorted(rows.map((r) => r.theme)),
    sectors: sorted(rows.map((r) => r.sector)),
    orgs: [...orgs].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name, 'fi')),
  };
}

/**
 * Participants' display names (each word of 3+ letters) that occur as whole words in the
 * texts, case-insensitively. A published copy must name nobody who took part. [SPEC L4]
 */
export function participantNamesIn(texts: string[], names: (string | null)[]): string[] {
  const inText = new Set(texts.flatMap(words));
  const found = new Set<string>();
  for (const name of names) for (const w of words(name ?? '')) if (w.length >= 3 && inText.has(w)) found.add(w);
  return [...found];
}
