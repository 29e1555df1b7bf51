import { describe, expect, it } from 'vitest';
import { RateLimiter } from './rate-limit.ts';

describe('token buckets', () => {
  it('[J5] allows a burst, then refills over time, per key', () => {
    let t = 0;
    const rl = new RateLimiter(3, 0.5, () => t);
    expect([rl.check('a'), rl.check('a'), rl.check('a')]).toEqual([0, 0, 0]);
    expect(rl.check('a')).toBe(2);
    expect(rl.check('b')).toBe(0);
    t += 2000;
    expect(rl.check('a')).toBe(0);
    expect(rl.check('a')).toBe(2);
  });

  it('[J5] check without take does not use a token; memory stays bounded', () => {
    const rl = new RateLimiter(1, 1, () => 0, 3);
    expect(rl.check('x', false)).toBe(0);
    expect(rl.check('x', false)).toBe(0);
    for (const k of ['a', 'b', 'c', 'd']) rl.check(k);
    // 'x' was the oldest and has been dropped: a fresh bucket
    expect(rl.check('x')).toBe(0);
  });
});
