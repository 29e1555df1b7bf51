/**
 * Token buckets keyed by a string (an IP address). Memory is bounded: the oldest keys are dropped
 * beyond maxKeys. Per node; several nodes each apply their own limits.
 */
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    private readonly capacity: number,
    private readonly refillPerSec: number,
    private readonly now: () => number = Date.now,
    private readonly maxKeys = 50_000,
  ) {}

  /** Seconds to wait if the key has no token left (0 = allowed; a token is taken only when `take`). */
  check(key: string, take = true): number {
    const t = this.now();
    const b = this.buckets.get(key) ?? { tokens: this.capacity, at: t };
    b.tokens = Math.min(this.capacity, b.tokens + ((t - b.at) / 1000) * this.refillPerSec);
    b.at = t;
    this.buckets.delete(key);
    this.buckets.set(key, b);
    if (this.buckets.size > this.maxKeys) this.buckets.delete(this.buckets.keys().next().value!);
    if (b.tokens < 1) return Math.ceil((1 - b.tokens) / this.refillPerSec);
    if (take) b.tokens -= 1;
    return 0;
  }
}
