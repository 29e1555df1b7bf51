import { describe, expect, it } from 'vitest';
import { commandSchema } from './commands-schema.ts';

const ok = (v: unknown) => commandSchema.safeParse(v).success;

describe('session.configure: child mode and the projector second language', () => {
  it('accepts the new settings alone and together with the old ones', () => {
    expect(ok({ type: 'session.configure', childMode: true })).toBe(true);
    expect(ok({ type: 'session.configure', childMode: false, screenSecondLang: 'sv' })).toBe(true);
    expect(ok({ type: 'session.configure', screenSecondLang: null })).toBe(true);
    for (const l of ['fi', 'sv', 'en']) expect(ok({ type: 'session.configure', screenSecondLang: l })).toBe(true);
    expect(ok({ type: 'session.configure', roundMinutes: 20, namesInReports: true, childMode: true, screenSecondLang: 'en' })).toBe(true);
  });

  it('rejects other languages, wrong types and unknown keys', () => {
    for (const l of ['de', 'SV', '', 'fi-FI', 1, true]) expect(ok({ type: 'session.configure', screenSecondLang: l })).toBe(false);
    for (const v of ['yes', 1, null]) expect(ok({ type: 'session.configure', childMode: v })).toBe(false);
    expect(ok({ type: 'session.configure', kidsMode: true })).toBe(false);
  });
});
