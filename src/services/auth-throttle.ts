import type { AuthStore } from '../store/store.ts';

/**
 * Sign-in throttling with lockout backoff, kept in the store so every node and a restart see the
 * same counters. Keys are per e-mail (as typed, whether or not an account exists, so a lockout
 * says nothing about which addresses have accounts), per IP address and per user for the
 * second step. [U7]
 */
export interface ThrottlePolicy {
  /** failures before the first lock */
  threshold: number;
  /** first lock; each further failure doubles it */
  lockMs: number;
  maxLockMs: number;
  /** failures older than this (since the last one) are forgotten */
  forgetMs: number;
  /** start counting afresh after each lock (IP: a fixed 15 min per 50 failures) */
  resetOnLock: boolean;
}

const MIN = 60_000;
/** 5 wrong passwords for one e-mail: 1 min, then 2, 4, 8, 15 min per further failure */
export const EMAIL_POLICY: ThrottlePolicy = { threshold: 5, lockMs: MIN, maxLockMs: 15 * MIN, forgetMs: 24 * 60 * MIN, resetOnLock: false };
/** 50 failures from one address (a whole office may share it): 15 min */
export const IP_POLICY: ThrottlePolicy = { threshold: 50, lockMs: 15 * MIN, maxLockMs: 15 * MIN, forgetMs: 60 * MIN, resetOnLock: true };
/** wrong two-factor codes of one account, in any step that asks for one */
export const MFA_POLICY: ThrottlePolicy = EMAIL_POLICY;

export const emailKey = (email: string): string => `login-email:${email.trim().toLowerCase()}`;
export const ipKey = (ip: string): string => `login-ip:${ip}`;
export const mfaKey = (userId: string): string => `mfa:${userId}`;

export interface ThrottleState {
  failures: number;
  lockedUntil: number;
  updatedAt: number;
}

/** The state after one more failure at `now` (pure, for tests). */
export function afterFailure(prev: ThrottleState | null, now: number, p: ThrottlePolicy): { failures: number; lockedUntil: number } {
  const stale = !prev || now - prev.updatedAt > p.forgetMs;
  const failures = (stale ? 0 : prev.failures) + 1;
  const kept = stale ? 0 : prev.lockedUntil;
  if (failures < p.threshold) return { failures, lockedUntil: kept };
  const lock = Math.min(p.maxLockMs, p.lockMs * 2 ** Math.min(30, failures - p.threshold));
  return { failures: p.resetOnLock ? 0 : failures, lockedUntil: Math.max(kept, now + lock) };
}

/** Whole seconds until `lockedUntil` (at least 1 while locked), 0 if open. */
export const secondsLeft = (lockedUntil: number, now: number): number => (lockedUntil > now ? Math.ceil((lockedUntil - now) / 1000) : 0);

export class Throttle {
  constructor(
    private readonly store: AuthStore['throttle'],
    private readonly now: () => number,
  ) {}

  /** Seconds until every one of the keys is open again (0 = none is locked). */
  async retryAfter(...keys: string[]): Promise<number> {
    const now = this.now();
    let wait = 0;
    for (const k of keys) {
      const st = await this.store.get(k);
      if (st) wait = Math.max(wait, secondsLeft(st.lockedUntil, now));
    }
    return wait;
  }

  /** Counts a failure; returns seconds locked from now (0 if not locked). */
  async fail(key: string, policy: ThrottlePolicy): Promise<number> {
    const now = this.now();
    const next = afterFailure(await this.store.get(key), now, policy);
    await this.store.set(key, next.failures, next.lockedUntil, now);
    return secondsLeft(next.lockedUntil, now);
  }

  clear(key: string): Promise<void> {
    return this.store.clear(key);
  }
}
