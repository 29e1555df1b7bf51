import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Plain language for participants (issue 8): the phone's and projector's texts are read by
 * parents, pupils and people reading in their second language. Every sentence stays short, the
 * children's catalogue shorter still, and words a participant would have to look up are refused.
 * Part of `npm run i18n:check`.
 */
const DIR = new URL('.', import.meta.url).pathname;
const LIMITS: Record<string, number> = { participant: 20, screen: 20, kids: 12 };

/** Words of the trade that have everyday alternatives (fasilitaattori → ohjaaja, stakeholder → …). */
const JARGON: Record<string, RegExp> = {
  fi: /fasilit|prosessi|sidosryhm|konsensus|implement|substanssi|konsept/i,
  sv: /faciliter|process|intressent|konsensus|implement|koncept/i,
  en: /facilitation|process|stakeholder|consensus|implement|utilis|utiliz|leverage|synergy/i,
};

async function catalogues(): Promise<{ area: string; lang: string; texts: Record<string, string> }[]> {
  const out = [];
  for (const file of readdirSync(DIR)) {
    const m = /^(participant|screen|kids)\.([a-z]{2})\.ts$/.exec(file);
    if (!m) continue;
    const mod = (await import(join(DIR, file))) as Record<string, Record<string, string>>;
    out.push({ area: m[1]!, lang: m[2]!, texts: Object.assign({}, ...Object.values(mod)) as Record<string, string> });
  }
  return out;
}

/** The words of each sentence a reader meets: ICU syntax removed, each plural branch on its own. */
export function sentences(text: string): string[] {
  const branches = [...text.matchAll(/\b(?:zero|one|two|few|many|other|=\d+)\s*\{([^{}]*(?:\{[^{}]*\}[^{}]*)*)\}/g)].map((m) => m[1]!);
  const plain = (branches.length ? branches : [text]).map((s) => s.replace(/\{[^{}]*\}/g, 'X').replace(/#/g, '9'));
  return plain.flatMap((s) => s.split(/(?<=[.!?؟])\s+|\n+/)).filter((s) => /\p{L}/u.test(s));
}

const words = (s: string) => s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

describe('plain language on the phone and the projector', async () => {
  const cats = await catalogues();

  it('finds the catalogues', () => {
    expect(cats.map((c) => `${c.area}.${c.lang}`)).toEqual(expect.arrayContaining(['participant.fi', 'kids.fi', 'screen.en']));
  });

  it('every sentence is short: 20 words, 12 in child mode', () => {
    const long: string[] = [];
    for (const { area, lang, texts } of cats)
      for (const [key, text] of Object.entries(texts))
        for (const s of sentences(text)) if (words(s) > LIMITS[area]!) long.push(`${area}.${lang} ${key} (${words(s)}): ${s}`);
    expect(long).toEqual([]);
  });

  it('no jargon a participant would have to look up', () => {
    const found: string[] = [];
    for (const { area, lang, texts } of cats) {
      const re = JARGON[lang];
      if (!re) continue;
      for (const [key, text] of Object.entries(texts)) if (re.test(text)) found.push(`${area}.${lang} ${key}: ${text}`);
    }
    expect(found).toEqual([]);
  });

  it('counts sentences and words the way a reader does', () => {
    expect(sentences('Kirjoita lappu. Lähetä se!')).toEqual(['Kirjoita lappu.', 'Lähetä se!']);
    expect(sentences('{n, plural, one {Yksi lappu.} other {# lappua.}}')).toEqual(['Yksi lappu.', '9 lappua.']);
    expect(words('Pöydässä {n} henkeä')).toBe(3);
  });
});
