import { describe, expect, it } from 'vitest';
import { RECOVERY_ALPHABET, hashRecoveryCode, newRecoveryCodes, normalizeRecoveryCode } from './auth-recovery.ts';

describe('recovery codes [U5]', () => {
  it('10 distinct codes like xxxx-xxxx-xx from an alphabet without look-alikes', () => {
    const codes = newRecoveryCodes();
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const c of codes) expect(c).toMatch(/^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{2}$/);
    for (const ch of '01ilo') expect(RECOVERY_ALPHABET).not.toContain(ch);
  });

  it('typed in any case with or without dashes; hashes differ per user', () => {
    expect(normalizeRecoveryCode(' K7MQ x3bd–9F ')).toBe('k7mqx3bd9f');
    expect(normalizeRecoveryCode('k7mq-x3bd-9')).toBeNull();
    expect(normalizeRecoveryCode('123456')).toBeNull();
    expect(normalizeRecoveryCode('k7mq-x3bd-90')).toBeNull(); // 0 is not in the alphabet
    expect(hashRecoveryCode('u1', 'k7mqx3bd9f')).not.toBe(hashRecoveryCode('u2', 'k7mqx3bd9f'));
  });
});
