import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { formatMessage, messageShape, MessageSyntaxError, type MessageParams } from './icu.ts';

describe('formatMessage', () => {
  it('fills simple arguments and leaves a missing one visible', () => {
    expect(formatMessage('fi', 'Hei {name}, ryhmä {g}', { name: 'Päivi', g: 2 })).toBe('Hei Päivi, ryhmä 2');
    expect(formatMessage('fi', 'Hei {name}')).toBe('Hei {name}');
    expect(formatMessage('fi', 'Ei parametreja')).toBe('Ei parametreja');
  });

  it('chooses plural forms by the language’s rules, with # and =N', () => {
    const m = '{n, plural, =0 {ei yhtään} one {# muistiinpano} other {# muistiinpanoa}}';
    expect([0, 1, 2, 1000].map((n) => formatMessage('fi', m, { n }))).toEqual([
      'ei yhtään',
      '1 muistiinpano',
      '2 muistiinpanoa',
      '1\u00a0000 muistiinpanoa',
    ]);
    const ar = '{n, plural, zero {z} one {o} two {t} few {f#} many {m#} other {x#}}';
    expect([0, 1, 2, 3, 11, 100].map((n) => formatMessage('ar', ar, { n }))).toEqual(['z', 'o', 't', 'f3', 'm11', 'x100']);
  });

  it('supports offset, selectordinal, select, number and quoting', () => {
    const m = '{n, plural, offset:1 =0 {kukaan} =1 {{who}} one {{who} ja # muu} other {{who} ja # muuta}}';
    expect(formatMessage('fi', m, { n: 3, who: 'Aino' })).toBe('Aino ja 2 muuta');
    expect(formatMessage('fi', m, { n: 2, who: 'Aino' })).toBe('Aino ja 1 muu');
    expect(formatMessage('en', '{n, selectordinal, one {#st} two {#nd} few {#rd} other {#th}}', { n: 22 })).toBe('22nd');
    expect(formatMessage('sv', '{g, select, female {hon} male {han} other {hen}}', { g: 'x' })).toBe('hen');
    expect(formatMessage('en', '{p, number, percent}', { p: 0.25 })).toBe('25%');
    expect(formatMessage('en', "can't '{'n'}' ''ok''")).toBe("can't {n} 'ok'");
    expect(formatMessage('en', "{n, plural, other {'#' is #}}", { n: 5 })).toBe('# is 5');
  });

  it('formats Arabic numbers in Western digits', () => {
    expect(formatMessage('ar', '{n, plural, other {# ملاحظة}}', { n: 12 })).toBe('12 ملاحظة');
  });

  it('isolates right-to-left values, and every value on a right-to-left page, when asked', () => {
    expect(formatMessage('fi', 'Teemasi: {theme}.', { theme: 'الأسرة' }, true)).toBe('Teemasi: \u2068الأسرة\u2069.');
    expect(formatMessage('fi', 'Teemasi: {theme}.', { theme: 'Perhe' }, true)).toBe('Teemasi: Perhe.');
    expect(formatMessage('ar', 'موضوعك: {theme}', { theme: 'Päiväkoti 2', n: 3 }, true)).toBe('موضوعك: \u2068Päiväkoti 2\u2069');
    expect(formatMessage('ar', '{n, plural, other {# ملاحظة}}', { n: 3 }, true)).toBe('3 ملاحظة');
    expect(formatMessage('fi', 'Teemasi: {theme}.', { theme: 'الأسرة' })).toBe('Teemasi: الأسرة.');
  });

  it('shows an unparsable text as it is instead of throwing', () => {
    expect(formatMessage('fi', 'rikki {n, plural, one {x}', { n: 1 })).toBe('rikki {n, plural, one {x}');
  });
});

describe('messageShape', () => {
  it('lists arguments with their kinds and option keys', () => {
    expect(messageShape('{a} {n, plural, one {#} other {{b}}} {g, select, x {} other {}}')).toEqual({
      args: { a: 'arg', n: 'plural', b: 'arg', g: 'select' },
      options: { n: ['one', 'other'], g: ['other', 'x'] },
    });
  });

  it.each(['{', '{n', '}', '{n, plural, one {x}}', '{n, foo}', '{n, plural, one {a} one {b} other {c}}', '{n, plural, other {x}'])(
    'refuses %s',
    (m) => {
      expect(() => messageShape(m)).toThrow(MessageSyntaxError);
    },
  );
});

/** Every catalogue text in every language, formatted by us and by FormatJS, must agree. */
describe('every catalogue text matches FormatJS', async () => {
  const dir = new URL('.', import.meta.url).pathname;
  const files = readdirSync(dir).filter((f) => /^[a-z-]+\.[a-z]{2}\.ts$/.test(f));
  const texts: { file: string; lang: string; key: string; text: string }[] = [];
  for (const file of files) {
    const lang = file.split('.')[1]!;
    const mod = (await import(join(dir, file))) as Record<string, unknown>;
    for (const cat of Object.values(mod))
      if (cat && typeof cat === 'object')
        for (const [key, text] of Object.entries(cat as Record<string, string>)) texts.push({ file, lang, key, text });
  }

  /** Parameter sets that visit every branch: several counts, every select option. */
  function samples(text: string): MessageParams[] {
    const { args, options } = messageShape(text);
    const base: MessageParams = {};
    for (const [name, kind] of Object.entries(args)) base[name] = kind === 'arg' ? `‹${name}›` : 3;
    const out: MessageParams[] = [base];
    for (const [name, kind] of Object.entries(args)) {
      if (kind === 'plural' || kind === 'selectordinal' || kind === 'number')
        for (const n of [0, 1, 2, 5, 11, 21, 102, 1234]) out.push({ ...base, [name]: n });
      if (kind === 'select') for (const o of [...options[name]!, 'zzz']) out.push({ ...base, [name]: o });
    }
    return out;
  }

  it(`${texts.length} texts`, () => {
    const problems: string[] = [];
    for (const { file, lang, key, text } of texts) {
      if (/\{\w+, (date|time)/.test(text)) continue; // FormatJS has its own date presets; ours are Intl's dateStyle
      const locale = lang === 'ar' ? 'ar-u-nu-latn' : lang;
      for (const p of samples(text)) {
        const theirs = String(new IntlMessageFormat(text, locale).format(p));
        const ours = formatMessage(lang, text, p);
        if (ours !== theirs) problems.push(`${file} ${key} ${JSON.stringify(p)}: ${ours} ≠ ${theirs}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
