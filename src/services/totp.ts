import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * TOTP two-factor codes (RFC 6238 over RFC 4226 HOTP): HMAC-SHA-1, 6 digits, 30-second steps,
 * as every authenticator app supports by default. Pure functions; the caller keeps the last used
 * step per user so a code seen once (shoulder-surfed, phished in real time) is refused after. [U5]
 */
export const TOTP_DIGITS = 6;
export const TOTP_STEP_MS = 30_000;
/** ±1 step accepts codes from the previous and the next 30 s (clock drift, typing time) */
export const TOTP_WINDOW = 1;
export const TOTP_ISSUER = 'Vuoropuhe';

const B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

export function base32Encode(buf: Uint8Array): string {
  let out = '';
  let bits = 0;
  let value = 0;
  for (const byte of buf) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += B32[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += B32[(value << (5 - bits)) & 31];
  return out;
}

/** Decodes base32 as apps show it (any case, spaces, padding); null if it has other characters. */
export function base32Decode(s: string): Buffer | null {
  const clean = s.toUpperCase().replace(/[\s=]/g, '');
  const out: number[] = [];
  let bits = 0;
  let value = 0;
  for (const ch of clean) {
    const v = B32.indexOf(ch);
    if (v < 0) return null;
    value = ((value << 5) | v) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return Buffer.from(out);
}

/** A new secret: 20 random bytes (160 bits, the HMAC-SHA-1 block RFC 4226 recommends), base32. */
export function newTotpSecret(): string {
  return base32Encode(randomBytes(20));
}

/** HOTP value of one counter (RFC 4226 §5.3 dynamic truncation), zero-padded to `digits`. */
export function hotp(key: Uint8Array, counter: number, digits = TOTP_DIGITS): string {
  const msg = Buffer.alloc(8);
  msg.writeBigUInt64BE(BigInt(counter));
  const mac = createHmac('sha1', key).update(msg).digest();
  const off = mac[mac.length - 1]! & 0x0f;
  const bin = ((mac[off]! & 0x7f) << 24) | (mac[off + 1]! << 16) | (mac[off + 2]! << 8) | mac[off + 3]!;
  return String(bin % 10 ** digits).padStart(digits, '0');
}

export const totpStep = (timeMs: number): number => Math.floor(timeMs / TOTP_STEP_MS);

export function totpAt(key: Uint8Array, timeMs: number, digits = TOTP_DIGITS): string {
  return hotp(key, totpStep(timeMs), digits);
}

/**
 * The time step a code belongs to if it is valid at `nowMs` (±TOTP_WINDOW) and newer than
 * `lastStep` (replay protection), else null. Every candidate is compared in constant time.
 */
export function verifyTotp(secret: string, code: string, nowMs: number, lastStep: number | null): number | null {
  const key = base32Decode(secret);
  const typed = code.replace(/\s/g, '');
  if (!key || key.length === 0 || !new RegExp(`^\\d{${TOTP_DIGITS}}$`).test(typed)) return null;
  const now = totpStep(nowMs);
  let hit: number | null = null;
  for (let step = now - TOTP_WINDOW; step <= now + TOTP_WINDOW; step++) {
    const ok = timingSafeEqual(Buffer.from(hotp(key, step)), Buffer.from(typed));
    if (ok && hit === null && (lastStep === null || step > lastStep)) hit = step;
  }
  return hit;
}

/** The URI an authenticator app reads from the QR code (Key Uri Format); the account is the e-mail. */
export function otpauthUri(secret: string, account: string, issuer = TOTP_ISSUER): string {
  const label = `${encodeURIComponent(issuer)}:${encodeURIComponent(account)}`;
  const q = new URLSearchParams({ secret, issuer, algorithm: 'SHA1', digits: String(TOTP_DIGITS), period: String(TOTP_STEP_MS / 1000) });
  return `otpauth://totp/${label}?${q.toString()}`;
}
