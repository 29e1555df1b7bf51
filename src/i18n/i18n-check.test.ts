import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * `npm run i18n:check` (also part of `npm test`): every catalogue area has the same keys in every
 * language, the same {placeholders} in each translation, and no key that the code never uses.
 * Prints the coverage of each language. Finnish (`*.fi.ts`) is the source of keys.
 */
const DIR = new URL('.', import.meta.url).pathname;
const SRC = join(DIR, '..');
const LANGS = ['fi', 'sv', 'en'] as const;

type Catalogue = Record<string, string>;

async function load(area: string, lang: string): Promise<Catalogue> {
  const mod = (await import(join(DIR, `${area}.${lang}.ts`))) as Record<string, unknown>;
  const out: Catalogue = {};
  for (const v of Object.values(mod)) if (v && typeof v === 'object') Object.assign(out, v);
  return out;
}

const areas = [...new Set(readdirSync(DIR).flatMap((f) => /^([a-z-]+)\.fi\.ts$/.exec(f)?.[1] ?? []))].sort();

function placeholders(s: string): string[] {
  return [...new Set([...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!))].sort();
}

/** Every .ts/.tsx file of the product outside the catalogues (tests do not count as use). */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return sourceFiles(p);
    if (!/\.tsx?$/.test(name) || /\.test\.tsx?$/.test(name) || /test-helpers|fixture/.test(name)) return [];
    if (p.startsWith(DIR) && /\.(fi|sv|en|ar|so)\.ts$/.test(name)) return [];
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
      by: Object.fromEntries(await Promise.all(LANGS.map(async (l) => [l, await load(area, l)] as const))),
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
      for (const lang of LANGS) {
        const keys = new Set(Object.keys(by[lang]!));
        for (const k of fi) if (!keys.has(k) || !by[lang]![k]!.trim()) problems.push(`${area}.${lang}: missing ${k}`);
        for (const k of keys) if (!(k in by.fi!)) problems.push(`${area}.${lang}: extra ${k}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('every translation has the same {placeholders} as Finnish', () => {
    const problems: string[] = [];
    for (const { area, by } of loaded) {
      for (const [key, fi] of Object.entries(by.fi!)) {
        for (const lang of LANGS) {
          const other = by[lang]![key];
          if (other !== undefined && placeholders(other).join() !== placeholders(fi).join())
            problems.push(`${area}.${lang} ${key}: {${placeholders(other).join()}} ≠ fi {${placeholders(fi).join()}}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('every key is used by the code', () => {
    const unused: string[] = [];
    for (const key of unique.keys()) {
      // `tn(key, n)` reads `key.one` when n is 1
      const base = key.endsWith('.one') ? key.slice(0, -4) : key;
      const used = (k: string) =>
        literals.has(k) ||
        prefixes.some((p) => k.startsWith(p)) ||
        suffixes.some((x) => k.endsWith(x) && !k.slice(0, -x.length).includes('.'));
      if (!used(key) && !used(base)) unused.push(key);
    }
    expect(unused, 'keys no code refers to (remove them, or refer to them literally)').toEqual([]);
  });

  it('prints the coverage of each language', () => {
    const total = unique.size;
    const rows = LANGS.map((lang) => {
      const done = [...unique].filter(([k, by]) => by[lang]![k]?.trim()).length;
      return `${lang}  ${String(done).padStart(5)} / ${total}  ${((100 * done) / total).toFixed(1)} %`;
    });
    // eslint-disable-next-line no-console -- the coverage figures are this check's report
    console.log(`i18n coverage (${areas.length} areas: ${areas.join(', ')})\n${rows.join('\n')}`);
    expect(total).toBeGreaterThan(0);
  });
});
