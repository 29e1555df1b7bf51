import snowball from 'snowball-stemmers';

/**
 * Finnish full-text search keys, computed in JavaScript so that SQLite and PostgreSQL behave
 * the same: a record's words are turned into keys when it is published (stored in a token
 * table), a query's words the same way when it is searched. [SPEC L6]
 *
 * A key is the Snowball Finnish stem (case endings, plural, possessive and clitic suffixes
 * removed: "vanhemmille" and "vanhemmat" both give "vanhem") followed by a small, cheap
 * normalisation that Snowball lacks:
 *   1. a few irregular stems of the field are mapped to one key (lapsi/lasten → laps);
 *   2. a final vowel is dropped (nuore/nuor, tuke/tuki, työntekijö/työntekij);
 *   3. consonant gradation at the end of the stem is folded: a final p/t/k after m/n/l/r is
 *      dropped (vanhemp/vanhem, hyvinvoint/hyvinvoin, nuort/nuor) and a doubled final consonant
 *      is made single;
 *   4. the -nen/-se- nouns meet: a final "in" becomes "is" (kohtaamin/kohtaamis), and so do
 *      the -us/-uksen nouns: a final "uks" becomes "us" (varhaiskasvatuks/varhaiskasvatus).
 * Known gaps (measured in finnish-search.test.ts): gradation that removes a consonant
 * (tuki/tuen, ruoka/ruoan) or changes it inside the word (käsi/kädet, tapa/tavat), and the
 * modifier part of compounds ("keskus" does not find "perhekeskus"; a query key of 4+
 * letters does find longer keys it begins: "perhe" finds "perhekeskus").
 */

const stemmer = snowball.newStemmer('finnish');

/** Irregular stems (after Snowball) of frequent words in this field, mapped to one key. */
const IRREGULAR: Record<string, string> = {
  lap: 'laps', // lapsi (Snowball reads -si as a possessive suffix)
  last: 'laps', // lasten
};

/** Words too common to search for. */
const STOPWORDS = new Set(
  'ja tai sekä on ei se ne että kun jos kuin mutta myös niin sen ovat oli ole olla me he hän te tämä nämä joka jotka mitä mikä miten'.split(
    ' ',
  ),
);

const VOWEL_END = /[aeiouyäö]$/;
const GRADED_CLUSTER = /([mnlr])[ptk]$/;
const DOUBLE_END = /([bcdfghjklmnpqrstvwxz])\1$/;
const US_NOUN = /([uy])ks$/;

/** The search key of one lower-case word (see the module comment). */
export function searchKey(word: string): string {
  let k = stemmer.stem(word);
  k = IRREGULAR[k] ?? k;
  if (k.length > 3 && VOWEL_END.test(k)) k = k.slice(0, -1);
  if (k.length > 3) k = k.replace(GRADED_CLUSTER, '$1').replace(DOUBLE_END, '$1');
  if (k.length > 4 && k.endsWith('in')) k = `${k.slice(0, -2)}is`;
  if (k.length > 4) k = k.replace(US_NOUN, '$1s');
  return k;
}

/** The words of a text: runs of letters and digits, lower-cased, NFC. */
export function words(text: string): string[] {
  return (
    text
      .normalize('NFC')
      .toLocaleLowerCase('fi')
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

/** Distinct search keys of a text, stop words and one-letter words left out. */
export function searchKeys(text: string): string[] {
  const out = new Set<string>();
  for (const w of words(text)) if (w.length > 1 && !STOPWORDS.has(w)) out.add(searchKey(w));
  return [...out];
}

/** A stored key of a record and how much a hit on it weighs (title 3, keywords 3, theme 2, others 1). */
export interface KeyWeight {
  key: string;
  weight: number;
}

/** The keys of a record's fields, each key once with its highest weight. */
export function recordKeys(fields: { text: string; weight: number }[]): KeyWeight[] {
  const best = new Map<string, number>();
  for (const f of fields) for (const k of searchKeys(f.text)) best.set(k, Math.max(best.get(k) ?? 0, f.weight));
  return [...best].map(([key, weight]) => ({ key, weight }));
}

/** Query keys shorter than this match only exactly; longer ones also match keys they begin. */
export const PREFIX_MIN = 4;

/** A stored key of a record that a query key matched (exactly or as a prefix). */
export interface KeyHit {
  recordId: string;
  key: string;
  weight: number;
}

/**
 * Scores records against the query keys: every query key must be matched (AND); each adds its
 * best hit's weight, doubled for an exact match. Answers record id → score, matches only.
 */
export function scoreHits(queryKeys: string[], hitsPerKey: KeyHit[][]): Map<string, number> {
  let scores: Map<string, number> | null = null;
  queryKeys.forEach((q, i) => {
    const best = new Map<string, number>();
    for (const h of hitsPerKey[i] ?? []) {
      const exact = h.key === q;
      if (!exact && (q.length < PREFIX_MIN || !h.key.startsWith(q))) continue;
      best.set(h.recordId, Math.max(best.get(h.recordId) ?? 0, h.weight * (exact ? 2 : 1)));
    }
    const prev: Map<string, number> | null = scores;
    scores = new Map([...best].filter(([id]) => !prev || prev.has(id)).map(([id, s]) => [id, s + (prev?.get(id) ?? 0)]));
  });
  return scores ?? new Map();
}
