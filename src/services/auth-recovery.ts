import { createHash, randomInt } from 'node:crypto';

/**
 * Recovery codes for when the phone with the authenticator is lost: 10 codes like `k7mq-x3bd-9f`,
 * shown once, stored only as hashes, each usable once. 10 characters from 31 unambiguous ones
 * (no 0/o, 1/l/i) ≈ 49 bits each, so a fast hash is enough: nobody can try 2^49 codes through
 * the throttled sign-in, and a leaked table cannot be reversed in practice. [U5]
 */
export const RECOVERY_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';
export const RECOVERY_CODE_COUNT = 10;

export function newRecoveryCode(): string {
  let s = '';
  for (let i = 0; i < 10; i++) s += RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)];
  return `${s.slice(0, 4)}-${s.slice(4, 8)}-${s.slice(8)}`;
}

export function newRecoveryCodes(n = RECOVERY_CODE_COUNT): string[] {
  const set = new Set<string>();
  while (set.size < n) set.add(newRecoveryCode());
  return [...set];
}

/** What people type: any case, with or without dashes and spaces; null if it cannot be a code. */
export function normalizeRecoveryCode(input: string): string | null {
  const s = input.toLowerCase().replace(/[\s\-–—]/g, '');
  return s.length === 10 && [...s].every((c) => RECOVERY_ALPHABET.includes(c)) ? s : null;
}

/** The stored hash; the user id is mixed in so equal codes of two users hash differently. */
export function hashRecoveryCode(userId: string, code: string): string {
  return createHash('sha256').update(`${userId}:${code}`).digest('base64url');
}
