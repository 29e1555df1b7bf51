import { describe, expect, it } from 'vitest';
import { JOIN_ALPHABET, JOIN_CODE_LENGTH, hashPassword, newJoinCode, normalizeJoinCode, verifyPassword } from './crypto-util.ts';

describe('join codes and passwords', () => {
  it('[J1] codes have 8 characters from an alphabet without look-alikes', () => {
    for (const ch of '0O1IL2Z5S8B') expect(JOIN_ALPHABET).not.toContain(ch);
    for (let i = 0; i < 200; i++) {
      const c = newJoinCode();
      expect(c).toHaveLength(JOIN_CODE_LENGTH);
      expect([...c].every((ch) => JOIN_ALPHABET.includes(ch))).toBe(true);
    }
  });

  it.each([
    ['acde-fghj', 'ACDEFGHJ'],
    [' ACDE FGHJ ', 'ACDEFGHJ'],
    ['ACDE–FGHJ', 'ACDEFGHJ'],
  ])('[J1] "%s" is read as %s', (input, out) => {
    expect(normalizeJoinCode(input)).toBe(out);
  });

  it('[U2] scrypt hashes verify the right password only, with a fresh salt each time', async () => {
    const a = await hashPassword('pitkä salasana 123');
    const b = await hashPassword('pitkä salasana 123');
    expect(a).not.toBe(b);
    expect(a).toMatch(/^scrypt\$/);
    expect(await verifyPassword('pitkä salasana 123', a)).toBe(true);
    expect(await verifyPassword('pitkä salasana 124', a)).toBe(false);
    expect(await verifyPassword('x', 'garbage')).toBe(false);
  }, 30_000); // scrypt is deliberately slow; a loaded 2-core machine needs more than 5 s
});
