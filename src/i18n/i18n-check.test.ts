import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { messageShape, type MessageShape } from './icu.ts';

/**
 * `npm run i18n:check` (also part of `npm test`): every catalogue area has the same keys in every
 * language; every text is a valid ICU message with the same arguments (names and kinds) as the
 * Finnish one and every plural form its language needs; no key is unused by the code. Prints
 * the coverage of each language. Finnish (`*.fi.ts`) is the source of keys. fi, sv and en cover
 * every area; Arabic and Somali cover the areas of the participant's phone and the projector.
 */
const DIR = new URL('.', import.meta.url).pathname;
const SRC = join(DIR, '..');
const ALL_AREAS_LANGS = ['fi', 'sv', 'en'] as const;
const PARTICIPANT_LANGS = ['ar', 'so'] as const;
/** The areas a phone or the projector shows; they must exist in Arabic and Somali too. */
export const PARTICIPANT_AREAS = ['common', 'errors', 'participant', 'screen', 'survey', 'statement-link', 'kids'];
const LANGS = [...ALL_AREAS_LANGS, ...PARTICIPANT_LANGS];
const langsOf = (area: string): string[] => (PARTICIPANT_AREAS.includes(area) ? LANGS : [...ALL_AREAS_LANGS]);

type Catalogue = Record<string, string>;

async function load(area: string, lang: string): Promise<Catalogue> {
  const mod = (await import(join(DIR, `${area}.${lang}.ts`))) as Record<string, unknown>;
  const out: Catalogue = {};
  for (const v of Object.values(mod)) if (v && typeof v === 'object') Object.assign(out, v);
  return out;
}

const areas = [...new Set(readdirSync(DIR).flatMap((f) => /^([a-z-]+)\.fi\.ts$/.exec(f)?.[1] ?? []))].sort();

/**
 * The arguments of a message as "name:kind". A count may be a plural in one language and a plain
 * number in another (Swedish "fält" is both), so plural, number and plain values compare equal.
 */
const KIND: Record<string, string> = { arg: 'value', number: 'value', plural: 'value', selectordinal: 'value' };
function args(shape: MessageShape): string {
  return Object.entries(shape.args)
    .map(([name, kind]) => `${name}:${KIND[kind] ?? kind}`)
    .sort()
    .join(', ');
}

/** Plural categories a language needs (fi/sv/en: one, other; ar: zero, one, two, few, many, other). */
function categories(lang: string, kind: string): string[] {
  const type = kind === 'selectordinal' ? 'ordinal' : 'cardinal';
  return new Intl.PluralRules(lang, { type }).resolvedOptions().pluralCategories;
}

/** Every .ts/.tsx file of the product outside the catalogues (tests do not count as use). */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return sourceFiles(p);
    if (!/\.tsx?$/.test(name) || /\.test\.tsx?$/.test(name) || /test-helpers|fixture/.test(name)) return [];
    if (p.startsWith(DIR) && /\.[a-z]{2}\.ts$/.test(name)) return [];
    return [p];
  });
}

/** Literal strings in the code, and prefixes and suffixes of keys built at run time (`f.cmd.${type}`, 'p.fb.v' + n, `${app}.title`). */
function usage(): { literals: Set<string>; prefixes: string[]; suffixes: string[] } {
  const literals = new Set<string>();
  const prefixes = new Set<string>();
  const suffixes = new Set<string>();
  for (const file of sourceFiles(SRC)) {
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(/'([a-zA-Z][\w.-]*)'|"([a-zA-Z][\w.-]*)"/g)) literals.add(m[1] ?? m[2]!);
    for (const m of code.matchAll(/`([a-zA-Z][\w.-]*)\$\{/g)) if (m[1]!.includes('.')) prefixes.add(m[1]!);
    for (const m of code.matchAll(/'([a-zA-Z][\w-]*\.[\w.-]*)'\s*\+/g)) prefixes.add(m[1]!);
    // `${app}.title`
    for (const m of code.matchAll(/\}(\.[a-zA-Z][\w.]{2,})`/g)) suffixes.add(m[1]!);
  }
  return { literals, prefixes: [...prefixes], suffixes: [...suffixes] };
}

describe('i18n catalogues', async () => {
  const loaded = await Promise.all(
    areas.map(async (area) => ({
      area,
      by: Object.fromEntries(await Promise.all(langsOf(area).map(async (l) => [l, await load(area, l)] as const))),
    })),
  );
  const { literals, prefixes, suffixes } = usage();
  /** each key once (an area may spread another: facilitator includes facilitator-os) */
  const unique = new Map<string, Record<string, Catalogue>>();
  for (const { by } of loaded) for (const key of Object.keys(by.fi!)) if (!unique.has(key)) unique.set(key, by);

  it('every language has exactly the keys of Finnish, area by area', () => {
    const problems: string[] = [];
    for (const { area, by } of loaded) {
      const fi = Object.keys(by.fi!);
      for (const lang of langsOf(area)) {
        const keys = new Set(Object.keys(by[lang]!));
        for (const k of fi) if (!keys.has(k) || !by[lang]![k]!.trim()) problems.push(`${area}.${lang}: missing ${k}`);
        for (const k of keys) if (!(k in by.fi!)) problems.push(`${area}.${lang}: extra ${k}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('every text is an ICU message with the arguments of Finnish and the plural forms of its language', () => {
    const problems: string[] = [];
    for (const { area, by } of loaded) {
      for (const [key, fi] of Object.entries(by.fi!)) {
        const want = args(messageShape(fi));
        for (const lang of langsOf(area)) {
          const text = by[lang]![key];
          if (text === undefined) continue;
          let shape: MessageShape;
          try {
            shape = messageShape(text);
          } catch (e) {
            problems.push(`${area}.${lang} ${key}: ${(e as Error).message}`);
            continue;
          }
          if (args(shape) !== want) problems.push(`${area}.${lang} ${key}: {${args(shape)}} ≠ fi {${want}}`);
          for (const [name, options] of Object.entries(shape.options)) {
            const kind = shape.args[name]!;
            if (kind === 'select') continue;
            const need = categories(lang, kind);
            const missing = need.filter((c) => !options.includes(c));
            const unknown = options.filter((o) => !o.startsWith('=') && !need.includes(o));
            if (missing.length || unknown.length)
              problems.push(`${area}.${lang} ${key}: plural {${name}} missing [${missing.join()}] unknown [${unknown.join()}]`);
          }
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('every key is used by the code', () => {
    const unused: string[] = [];
    for (const key of unique.keys()) {
      const used = (k: string) =>
        literals.has(k) ||
        prefixes.some((p) => k.startsWith(p)) ||
        suffixes.some((x) => k.endsWith(x) && !k.slice(0, -x.length).includes('.'));
      if (!used(key)) unused.push(key);
    }
    expect(unused, 'keys no code refers to (remove them, or refer to them literally)').toEqual([]);
  });

  it('prints the coverage of each language', () => {
    const rows = LANGS.map((lang) => {
      const mine = [...unique].filter(([, by]) => by[lang]);
      const done = mine.filter(([k, by]) => by[lang]![k]?.trim()).length;
      const scope = (ALL_AREAS_LANGS as readonly string[]).includes(lang) ? 'all areas' : 'phone and projector areas';
      return `${lang}  ${String(done).padStart(5)} / ${mine.length}  ${((100 * done) / mine.length).toFixed(1)} %  (${scope})`;
    });
    // eslint-disable-next-line no-console -- the coverage figures are this check's report
    console.log(`i18n coverage (${areas.length} areas: ${areas.join(', ')})\n${rows.join('\n')}`);
    expect(unique.size).toBeGreaterThan(0);
  });
});
