import { describe, expect, it } from 'vitest';
import { contentLang, isLang, isParticipantLang, isRtl, pickText } from './langs.ts';

describe('UI languages and content languages', () => {
  it.each([
    ['fi', true, true, false, 'fi'],
    ['sv', true, true, false, 'sv'],
    ['en', true, true, false, 'en'],
    ['ar', false, true, true, 'en'],
    ['so', false, true, false, 'en'],
  ] as const)('%s: content %s, phone/projector %s, right to left %s, content shown in %s', (l, content, ui, rtl, shown) => {
    expect(isLang(l)).toBe(content);
    expect(isParticipantLang(l)).toBe(ui);
    expect(isRtl(l)).toBe(rtl);
    expect(contentLang(l)).toBe(shown);
  });

  it.each(['de', '', 'AR', null, undefined, 3])('%j is no language', (v) => {
    expect(isLang(v)).toBe(false);
    expect(isParticipantLang(v)).toBe(false);
  });

  it('picks the wanted translation, or Finnish, and tells which', () => {
    const texts = { fi: 'Mikä toimii?', sv: '', en: 'What works?' };
    expect(pickText(texts, 'en')).toEqual({ text: 'What works?', lang: 'en' });
    expect(pickText(texts, 'sv')).toEqual({ text: 'Mikä toimii?', lang: 'fi' });
  });
});
