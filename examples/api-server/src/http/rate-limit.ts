import type { MiddlewareHandler } from 'hono';
import type { RateLimitSettings } from '../config.js';
import { clientIp } from './client-ip.js';
import type { AppEnv } from './env.js';
import { ProblemError } from './problem.js';

/** The answer of {@link RateLimiter.take}. */
export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

interface Bucket {
  tokens: number;
  updatedAt: number;
}

/** Buckets kept before full ones are swept out. */
const SWEEP_THRESHOLD = 10_000;

/**
 * A token bucket per key (client IP and company): `max` requests at once, refilled evenly over
 * `windowMs`. Unlike a fixed window it has no burst at the window's edge, and unlike a sliding
 * log it keeps two numbers per client. In memory, so per process: behind a load balancer each
 * instance limits on its own (put a shared limiter in the proxy for a global one).
 *
 * @example
 * ```ts
 * const limiter = new RateLimiter({ max: 10, windowMs: 60_000 });
 * const decision = limiter.take(`${ip}|${companyId}`);
 * if (!decision.allowed) respond429(decision.retryAfterSeconds);
 * ```
 */
export class RateLimiter {
  readonly #buckets = new Map<string, Bucket>();
  readonly #settings: RateLimitSettings;
  readonly #now: () => number;

  constructor(settings: RateLimitSettings, now: () => number = Date.now) {
    if (!(settings.max >= 1) || !(settings.windowMs > 0)) throw new Error('A rate limit needs max >= 1 and windowMs > 0');
    this.#settings = settings;
    this.#now = now;
  }

  /** Spends one token for `key` when there is one; otherwise says how long until there is. */
  take(key: string): RateDecision {
    const now = this.#now();
    const { max, windowMs } = this.#settings;
    const perMs = max / windowMs;
    const bucket = this.#buckets.get(key) ?? { tokens: max, updatedAt: now };
    bucket.tokens = Math.min(max, bucket.tokens + Math.max(0, now - bucket.updatedAt) * perMs);
    bucket.updatedAt = now;
    this.#buckets.set(key, bucket);
    if (this.#buckets.size > SWEEP_THRESHOLD) this.#sweep(now);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { allowed: true };
    }
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / perMs / 1000)) };
  }

  // A bucket that has refilled completely is the same as no bucket: drop it.
  #sweep(now: number): void {
    const { max, windowMs } = this.#settings;
    for (const [key, bucket] of this.#buckets) {
      if (bucket.tokens + ((now - bucket.updatedAt) * max) / windowMs >= max) this.#buckets.delete(key);
    }
  }
}

/**
 * Middleware that spends one token per request from the bucket of the client's IP and the
 * request's company, answering 429 with `Retry-After` when it is empty.
 */
export function rateLimit(limiter: RateLimiter, trustProxy: boolean): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const decision = limiter.take(`${clientIp(c, trustProxy)}|${c.get('company').id}`);
    if (!decision.allowed) {
      throw new ProblemError({
        status: 429,
        type: 'rate-limited',
        title: 'Too many requests',
        detail: `Too many applications from this address; retry in ${decision.retryAfterSeconds} s`,
        headers: { 'retry-after': String(decision.retryAfterSeconds) },
      });
    }
    await next();
  };
}
