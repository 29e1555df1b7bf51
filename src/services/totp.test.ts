import { describe, expect, it } from 'vitest';
import { base32Decode, base32Encode, hotp, newTotpSecret, otpauthUri, totpAt, verifyTotp } from './totp.ts';

const RFC_SEED = Buffer.from('12345678901234567890'); // RFC 6238 appendix B, SHA-1
const SECRET = base32Encode(RFC_SEED); // GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ

describe('TOTP (RFC 6238, SHA-1) [U5]', () => {
  it.each([
    [59, '94287082'],
    [1111111109, '07081804'],
    [1111111111, '14050471'],
    [1234567890, '89005924'],
    [2000000000, '69279037'],
    [20000000000, '65353130'],
  ])('RFC 6238 test vector at T=%i gives %s (8 digits)', (t, code) => {
    expect(totpAt(RFC_SEED, t * 1000, 8)).toBe(code);
  });

  it('6 digits are the last 6 of the RFC value: T=59 → 287082', () => {
    expect(totpAt(RFC_SEED, 59_000)).toBe('287082');
  });

  it('RFC 4226 HOTP vectors (counter 0…9)', () => {
    const want = ['755224', '287082', '359152', '969429', '338314', '254676', '287922', '162583', '399871', '520489'];
    expect(want.map((_, i) => hotp(RFC_SEED, i))).toEqual(want);
  });

  it('base32 round-trips, ignores case, spaces and padding, refuses other characters', () => {
    expect(SECRET).toBe('GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ');
    expect(base32Decode('gezd gnbv gy3t qojq gezd gnbv gy3t qojq')).toEqual(RFC_SEED);
    expect(base32Encode(Buffer.from('f'))).toBe('MY');
    expect(base32Decode('MY======')).toEqual(Buffer.from('f'));
    expect(base32Decode('M1')).toBeNull();
    const s = newTotpSecret();
    expect(s).toMatch(/^[A-Z2-7]{32}$/);
    expect(base32Decode(s)).toHaveLength(20);
  });

  it('accepts the previous, current and next 30 s step, nothing further', () => {
    const now = 1_700_000_000_000;
    const step = Math.floor(now / 30_000);
    for (const d of [-1, 0, 1]) expect(verifyTotp(SECRET, hotp(RFC_SEED, step + d), now, null)).toBe(step + d);
    for (const d of [-3, -2, 2, 3]) expect(verifyTotp(SECRET, hotp(RFC_SEED, step + d), now, null)).toBeNull();
  });

  it('replay protection: a code of an already used (or older) step is refused', () => {
    const now = 1_700_000_000_000;
    const step = Math.floor(now / 30_000);
    const code = hotp(RFC_SEED, step);
    expect(verifyTotp(SECRET, code, now, null)).toBe(step);
    expect(verifyTotp(SECRET, code, now, step)).toBeNull();
    expect(verifyTotp(SECRET, code, now + 20_000, step)).toBeNull();
    expect(verifyTotp(SECRET, hotp(RFC_SEED, step - 1), now, step)).toBeNull();
    expect(verifyTotp(SECRET, hotp(RFC_SEED, step + 1), now, step)).toBe(step + 1);
  });

  it('codes with spaces are read; wrong shapes are refused', () => {
    const now = 59_000;
    expect(verifyTotp(SECRET, '287 082', now, null)).toBe(1);
    for (const bad of ['', '28708', '2870820', 'abcdef', '287-082', '94287082']) expect(verifyTotp(SECRET, bad, now, null)).toBeNull();
    expect(verifyTotp('not base32!', '287082', now, null)).toBeNull();
  });

  it('otpauth URI names the issuer and the account, with the parameters apps expect', () => {
    const u = new URL(otpauthUri(SECRET, 'aino.virtanen+x@kunta.fi'));
    expect(u.protocol).toBe('otpauth:');
    expect(u.host).toBe('totp');
    expect(decodeURIComponent(u.pathname)).toBe('/Vuoropuhe:aino.virtanen+x@kunta.fi');
    expect(Object.fromEntries(u.searchParams)).toEqual({
      secret: SECRET,
      issuer: 'Vuoropuhe',
      algorithm: 'SHA1',
      digits: '6',
      period: '30',
    });
  });
});
