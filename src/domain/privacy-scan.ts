import type { PrivacyFinding } from './types.ts';

/**
 * Pure privacy scan for short, user-written texts (sticky notes, ≤500 chars) in a Finnish context.
 * Flags Finnish personal identity codes (henkilötunnus), phone numbers, e-mail addresses and street
 * addresses. Tuned for few false positives on ordinary fi/sv/en text: years, dates ("12.3.2024"),
 * times ("klo 14.30"), ranges ("klo 8-16", "2023–2024") and counts ("5 lasta") must not be flagged.
 * Offsets are UTF-16 code-unit indices into the input, end exclusive (works with String#slice).
 */

type Kind = PrivacyFinding['kind'];

/** Alphabet of the HETU check character, indexed by (DDMMYYNNN mod 31). */
const HETU_CHECK = '0123456789ABCDEFHJKLMNPRSTUVWXY';

/** Check character for the nine digits DDMMYY+NNN (century sign excluded). Throws on other input. */
export function hetuCheckChar(nineDigits: string): string {
  if (!/^\d{9}$/.test(nineDigits)) throw new RangeError('hetuCheckChar expects exactly nine digits');
  return HETU_CHECK.charAt(Number(nineDigits) % 31);
}

/** Century sign → century; '-' also stands for U+2013, U+2014, U+2212 and a typed space. */
function century(sign: string): number {
  const s = sign.toUpperCase();
  if (s === '+') return 1800;
  if ('ABCDEF'.includes(s)) return 2000;
  return 1900; // '-', dash look-alikes, space, Y X W V U
}

/**
 * HETU: DD MM YY, century sign, NNN, check char.
 * - `(?<![\p{L}\p{N}])` / `(?![\p{L}\p{N}])`: not part of a longer alphanumeric run.
 * - `(\d{2})(\d{2})(\d{2})`: day, month, two-digit year (range-checked in code).
 * - century sign: `+`, `-` or its look-alikes (en dash, em dash, minus sign, one space), or one of the
 *   letters Y X W V U (1900s) and A–F (2000s), any case (the `i` flag only affects these letters).
 * - `(\d{3})`: individual number; `([0-9a-z])`: check char, validated in code (wrong → 'hetu_like').
 */
const HETU_RE = /(?<![\p{L}\p{N}])(\d{2})(\d{2})(\d{2})([-+\u2013\u2014\u2212 YXWVUA-F])(\d{3})([0-9a-z])(?![\p{L}\p{N}])/giu;

function isRealDate(day: number, month: number, year: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

function scanHetu(text: string, out: PrivacyFinding[]): void {
  for (const m of text.matchAll(HETU_RE)) {
    const [all, dd = '', mm = '', yy = '', sign = '', nnn = '', check = ''] = m;
    const day = Number(dd);
    const month = Number(mm);
    if (day < 1 || day > 31 || month < 1 || month > 12) continue; // not even code-shaped
    const checkOk = hetuCheckChar(dd + mm + yy + nnn) === check.toUpperCase();
    // A space in place of '-' is too ambiguous ("010203 456 7") unless the check char proves it.
    if (sign === ' ' && !checkOk) continue;
    const real = isRealDate(day, month, century(sign) + Number(yy));
    const start = m.index ?? 0;
    out.push({ kind: checkOk && real ? 'hetu' : 'hetu_like', start, end: start + all.length });
  }
}

/** One separator inside a phone number: a single space, or a dash/en dash/dot with optional spaces. */
const SEP = String.raw`(?:[ \u00a0]?[-\u2013.][ \u00a0]?|[ \u00a0])`;
/** Prefix after the trunk 0: mobile 04x / 050, area codes 013–019, 02, 03, 05, 06, 08, 09. */
const AREA = String.raw`(?:4\d|50|1[3-9]|[235689])`;
/**
 * Phone candidates, validated further in `phoneOk`:
 * - lookbehinds: not glued to a letter/digit/'+', and not continuing a number such as "951-0-…" or
 *   "5600 0007" (a digit followed by one separator right before us);
 * - start: `+358` or `00358` with an optional "(0)" trunk, or national "0" + prefix, or "(0AREA)";
 * - body: one digit group of 2–8 (optionally separated from the prefix), then up to three more groups
 *   of 2–5 digits after a separator (one-digit groups are never taken, so "…4567 5 kertaa" stops);
 * - lookahead: does not stop in the middle of a longer number or word.
 */
const PHONE_RE = new RegExp(
  String.raw`(?<![\p{L}\p{N}+])(?<!\p{N}[-\u2013.,/ ])` +
    String.raw`(?:(?:\+|00)358${SEP}?(?:\(0\)${SEP}?)?${AREA}|\(0${AREA}\)|0${AREA})` +
    String.raw`${SEP}?\d{2,8}(?:${SEP}\d{2,5}){0,3}` +
    String.raw`(?![\p{L}\p{N}]|[-\u2013.,/]\p{N})`,
  'gu',
);
/** The last separator + digit group of a candidate; dropped one by one while the candidate is invalid. */
const LAST_GROUP_RE = new RegExp(String.raw`${SEP}\d+$`, 'u');
/** Shapes that are dates ("05.06.2024", "09.10.24", "05-11-2024"), not phone numbers. */
const DATE_RE = /^\d{1,2}\.\d{1,2}\.(?:\d{2}|\d{4})$|^(?:0?[1-9]|[12]\d|3[01])([-\u2013])(?:0?[1-9]|1[0-2])\1(?:19|20)\d{2}$/;
/**
 * A prefix nobody writes except in a phone number: +358 / 00358, "(09)", a three-digit trunk + prefix
 * ("050 ", "013 ", "044."), or a two-digit one with a hyphen ("09-"). After it, digit pairs are fine.
 */
const MARKED_PREFIX_RE = /^(?:(?:\+|00)358|\(|0\d{2}\D|0\d[-\u2013])/;

function phoneOk(candidate: string): boolean {
  // National significant number: drop country code, "(0)" and the trunk 0; 7–10 digits remain.
  const groups = candidate
    .replace(/^(?:\+|00)358/, '')
    .replace('(0)', '')
    .split(/\D+/)
    .filter(Boolean);
  const nsn = groups.join('').replace(/^0/, '');
  if (nsn.length < 7 || nsn.length > 10) return false;
  // Real numbers have a run of 3+ digits besides the prefix; a lottery row "02 13 24 31 35" does not.
  // Pairs only ("050 51 12 77", "+358 9 71 99 63") are accepted after an unmistakable prefix.
  if (!MARKED_PREFIX_RE.test(candidate) && !groups.some((g, i) => g.length >= (i === 0 ? 4 : 3))) return false;
  if (DATE_RE.test(candidate)) return false;
  // Dotted numbers must use only dots ("09.123.4567"); "08.30-16.00" is rejected.
  return !(candidate.includes('.') && /[ \u00a0\-\u2013]/.test(candidate));
}

function scanPhones(text: string, out: PrivacyFinding[]): void {
  for (const m of text.matchAll(PHONE_RE)) {
    const start = m.index ?? 0;
    // "ISBN 0306406152", "viitteellä 03010 41360" (a bank reference number in groups of five)
    if (/(?:isbn|viitt?e\p{L}*)\W*$/iu.test(text.slice(Math.max(0, start - 16), start))) continue;
    let candidate = m[0];
    while (!phoneOk(candidate) && LAST_GROUP_RE.test(candidate)) candidate = candidate.replace(LAST_GROUP_RE, '');
    if (phoneOk(candidate)) out.push({ kind: 'phone', start, end: start + candidate.length });
  }
}

/**
 * E-mail: local@domain.tld.
 * - local part: dot-separated atoms of letters (incl. å ä ö), digits and `_ % + -`; no leading,
 *   trailing or double dot; not preceded by such a character (so we take the whole local part);
 * - domain: labels of letters/digits with inner hyphens, then a 2–24 letter TLD;
 * - lookahead: the TLD is not cut short (a sentence-final '.' is fine).
 */
const EMAIL_RE =
  /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}_%+-]+(?:\.[\p{L}\p{N}_%+-]+)*@(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.)+\p{L}{2,24}(?![\p{L}\p{N}-]|\.[\p{L}\p{N}])/gu;

/**
 * Street-name endings (the end of a capitalised word that is longer than the ending itself).
 * "tori" only after a vowel or n (Kauppatori, Senaatintori), so loanwords such as "Moottori",
 * "Projektori" or "Rehtori" followed by a number are not streets.
 */
const STREET_SUFFIXES = (
  'katu tie kuja polku väylä raitti kaari rinne mäki (?<=[aeiouyäön])tori ranta puistikko bulevardi esplanadi ' +
  'gatan vägen gränd stigen allé alle'
).split(' ');
/** Generic words of two-word street names written apart: "Aleksis Kiven katu", "Ida Aalbergin tie". */
const GENERIC_STREET = 'katu tie kuja polku väylä raitti kaari rinne mäki tori ranta puistikko puistotie bulevardi';
/** Compound words ending in a street suffix that name roads or routes, not addresses ("Valtatie 4"). */
const NOT_STREETS = 'Valtatie Kantatie Seututie Moottoritie Kiertotie Oikotie';
/** Directional/descriptive words written as a separate word before the street: "Itäinen Rantakatu 4". */
const STREET_PREFIXES = 'Itäinen Läntinen Pohjoinen Eteläinen Vanha Uusi Iso Pieni Norra Södra Östra Västra Stora Lilla Gamla Nya';
/**
 * Address:
 * - optional prefix word, then the street word: a capital letter, any letters/hyphens, and a suffix
 *   (lower-case for "Hämeenkatu", upper-case for "HÄMEENKATU"; no `i` flag, it would make \p{Lu}
 *   match lower-case letters and "tie 5 kertaa" would become an address), or a two-word name: first
 *   name, genitive and a separate generic word ("Aleksis Kiven katu"); road words ("Valtatie") are not streets;
 * - house number 1–999, optionally a range ("5–7"), not followed by ".0" ("Palvelupolku 2.0" is a version);
 * - either a staircase letter ("7a", "15 A", "5 B") optionally followed by an apartment number
 *   ("5 B 12", "3 A as. 4"), or only an apartment number introduced by "as."/"asunto"/"lgh"/"bst";
 * - lookaheads keep numbers and letters whole ("Rantatie 1000" is not matched, "Koulukuja 2 ja" ends at 2).
 */
const suffixAlt = STREET_SUFFIXES.flatMap((s) => [s, s.toUpperCase()]);
const ADDRESS_RE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:(?:${STREET_PREFIXES.replaceAll(' ', '|')})[ \u00a0]+)?` +
    String.raw`(?!(?:${NOT_STREETS.replaceAll(' ', '|')})[ \u00a0])` +
    String.raw`(?:\p{Lu}\p{Ll}+[ \u00a0]\p{Lu}\p{Ll}*n[ \u00a0](?:${GENERIC_STREET.replaceAll(' ', '|')})` +
    String.raw`|\p{Lu}[\p{L}-]*(?:${suffixAlt.join('|')}))[ \u00a0]+` +
    String.raw`[1-9]\d{0,2}(?:[-\u2013][1-9]\d{0,2})?(?!\p{N}|[.,]\p{N})` +
    String.raw`(?:(?:[a-zåäöA-ZÅÄÖ]|[ \u00a0][A-ZÅÄÖ])(?![\p{L}\p{N}])(?:[ \u00a0](?:as\.?[ \u00a0]?)?[1-9]\d{0,3}(?![\p{N}]))?` +
    String.raw`|[ \u00a0](?:as\.|as|asunto|lgh\.?|bst\.?)[ \u00a0]?[1-9]\d{0,3}(?![\p{N}]))?`,
  'gu',
);

function scanSimple(text: string, re: RegExp, kind: Kind, out: PrivacyFinding[]): void {
  for (const m of text.matchAll(re)) {
    const start = m.index ?? 0;
    out.push({ kind, start, end: start + m[0].length });
  }
}

/** When findings overlap, the more specific (sensitive) kind wins; ties go to the longer match. */
const RANK: Record<Kind, number> = { hetu: 5, hetu_like: 4, email: 3, phone: 2, address: 1 };

/** All findings in `text`, sorted by start and non-overlapping. */
export function scanText(text: string): PrivacyFinding[] {
  const all: PrivacyFinding[] = [];
  scanHetu(text, all);
  scanSimple(text, EMAIL_RE, 'email', all);
  scanPhones(text, all);
  scanSimple(text, ADDRESS_RE, 'address', all);
  all.sort((a, b) => RANK[b.kind] - RANK[a.kind] || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: PrivacyFinding[] = [];
  for (const f of all) {
    if (kept.every((k) => f.end <= k.start || f.start >= k.end)) kept.push(f);
  }
  return kept.sort((a, b) => a.start - b.start);
}
