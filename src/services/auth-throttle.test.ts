import { describe, expect, it } from 'vitest';
import type { AuthStore } from '../store/store.ts';
import { EMAIL_POLICY, IP_POLICY, Throttle, afterFailure, secondsLeft } from './auth-throttle.ts';

const MIN = 60_000;

/** the throttle part of the store, in memory */
function memThrottle(): AuthStore['throttle'] {
  const m = new Map<string, { failures: number; lockedUntil: number; updatedAt: number }>();
  return {
    get: async (k) => m.get(k) ?? null,
    set: async (k, failures, lockedUntil, updatedAt) => void m.set(k, { failures, lockedUntil, updatedAt }),
    clear: async (k) => void m.delete(k),
  };
}

describe('sign-in throttling [U7]', () => {
  it('per e-mail: 4 failures are free, the 5th locks 1 min, then 2, 4, 8 and at most 15 min', async () => {
    let now = 1_000_000;
    const t = new Throttle(memThrottle(), () => now);
    for (let i = 0; i < 4; i++) expect(await t.fail('e', EMAIL_POLICY)).toBe(0);
    expect(await t.retryAfter('e')).toBe(0);
    const locks: number[] = [];
    for (let i = 0; i < 6; i++) {
      const s = await t.fail('e', EMAIL_POLICY);
      locks.push(s);
      expect(await t.retryAfter('e')).toBe(s);
      now += s * 1000; // wait the lock out, then fail again
      expect(await t.retryAfter('e')).toBe(0);
    }
    expect(locks).toEqual([60, 120, 240, 480, 900, 900]);
  });

  it('clearing (a successful sign-in) starts over; failures a day old are forgotten', async () => {
    let now = 0;
    const t = new Throttle(memThrottle(), () => now);
    for (let i = 0; i < 4; i++) await t.fail('e', EMAIL_POLICY);
    await t.clear('e');
    for (let i = 0; i < 4; i++) expect(await t.fail('e', EMAIL_POLICY)).toBe(0);
    now += 24 * 60 * MIN + 1;
    for (let i = 0; i < 4; i++) expect(await t.fail('e', EMAIL_POLICY)).toBe(0);
    expect(await t.fail('e', EMAIL_POLICY)).toBe(60);
  });

  it('per IP: 50 failures lock 15 min, then counting starts again', () => {
    let st = null as { failures: number; lockedUntil: number; updatedAt: number } | null;
    const now = 10 * MIN;
    for (let i = 1; i <= 49; i++) {
      const n = afterFailure(st, now, IP_POLICY);
      expect(n.lockedUntil).toBe(0);
      st = { ...n, updatedAt: now };
    }
    const locked = afterFailure(st, now, IP_POLICY);
    expect(locked).toEqual({ failures: 0, lockedUntil: now + 15 * MIN });
    expect(secondsLeft(locked.lockedUntil, now)).toBe(900);
    expect(afterFailure({ ...locked, updatedAt: now }, now + 16 * MIN, IP_POLICY)).toEqual({ failures: 1, lockedUntil: now + 15 * MIN });
  });

  it('retryAfter answers the longest lock of several keys, rounded up to whole seconds', async () => {
    const now = 5_000;
    const store = memThrottle();
    await store.set('a', 5, now + 1_001, now);
    await store.set('b', 50, now + 30_000, now);
    const t = new Throttle(store, () => now);
    expect(await t.retryAfter('a')).toBe(2);
    expect(await t.retryAfter('a', 'b', 'none')).toBe(30);
  });
});
