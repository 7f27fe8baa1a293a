import type { Context, MiddlewareHandler } from 'hono';
import type { RateLimitSettings } from '../config.js';
import type { RateDecision, Store } from '../store/store.js';
import { clientIp } from './client-ip.js';
import type { AppEnv } from './env.js';
import { ProblemError } from './problem.js';

/**
 * A token bucket per key (client IP and company): `max` requests at once, refilled evenly over
 * `windowMs`. Unlike a fixed window it has no burst at the window's edge, and unlike a sliding
 * log it keeps two numbers per client. The buckets are in the store's database, so instances
 * behind a load balancer share them: a client sending to three instances gets `max`, not three
 * times `max`. Once per window, buckets idle for `sweepAfterMs` are swept out. The sweep covers
 * the whole table, so every limiter on one store must be given the longest window among them:
 * a shorter one would throw away another limiter's buckets before they have refilled, and a
 * blocked client would get a full bucket back early.
 *
 * @example
 * ```ts
 * const limiter = new RateLimiter(store, { max: 10, windowMs: 60_000 });
 * const decision = await limiter.take(`${ip}|${companyId}`);
 * if (!decision.allowed) respond429(decision.retryAfterSeconds);
 * ```
 */
export class RateLimiter {
  readonly #store: Pick<Store, 'takeRateToken' | 'returnRateToken' | 'sweepRateBuckets'>;
  readonly #settings: RateLimitSettings;
  readonly #now: () => number;
  readonly #sweepAfterMs: number;
  #sweptAt = -Infinity;

  constructor(
    store: Pick<Store, 'takeRateToken' | 'returnRateToken' | 'sweepRateBuckets'>,
    settings: RateLimitSettings,
    now: () => number = Date.now,
    sweepAfterMs: number = settings.windowMs,
  ) {
    if (!(settings.max >= 1) || !(settings.windowMs > 0)) throw new Error('A rate limit needs max >= 1 and windowMs > 0');
    if (!(sweepAfterMs >= settings.windowMs)) throw new Error('Buckets may be swept only once they have refilled: sweepAfterMs >= windowMs');
    this.#store = store;
    this.#settings = settings;
    this.#now = now;
    this.#sweepAfterMs = sweepAfterMs;
  }

  /** Spends one token for `key` when there is one; otherwise says how long until there is. */
  async take(key: string): Promise<RateDecision> {
    const now = this.#now();
    if (now - this.#sweptAt >= this.#settings.windowMs) {
      this.#sweptAt = now;
      await this.#store.sweepRateBuckets(now - this.#sweepAfterMs);
    }
    return this.#store.takeRateToken(key, this.#settings, now);
  }

  /** Gives back a token {@link take} spent for `key`: the request it was taken for did not count. */
  async giveBack(key: string): Promise<void> {
    await this.#store.returnRateToken(key, this.#settings);
  }
}

/**
 * The answer of every rate limit: 429 `rate-limited` with `Retry-After` in seconds; `what`
 * names the requests in the message.
 *
 * @example
 * ```ts
 * if (!decision.allowed) throw rateLimited('status lookups', decision.retryAfterSeconds);
 * ```
 */
export function rateLimited(what: string, retryAfterSeconds: number): ProblemError {
  return new ProblemError({
    status: 429,
    type: 'rate-limited',
    title: 'Too many requests',
    detail: `Too many ${what} from this address; retry in ${retryAfterSeconds} s`,
    headers: { 'retry-after': String(retryAfterSeconds) },
  });
}

/**
 * Middleware that spends one token per request from the bucket of the client's IP and the
 * request's company, answering 429 with `Retry-After` when it is empty.
 */
export function rateLimit(limiter: RateLimiter, trustProxy: boolean): MiddlewareHandler<AppEnv> {
  return limitBy(limiter, (c) => `${clientIp(c, trustProxy)}|${c.get('company').id}`, 'applications');
}

/**
 * Middleware that spends one token of the bucket `keyOf` names per request, answering 429 with
 * `Retry-After` when it is empty; `what` names the requests in the message.
 *
 * @example
 * ```ts
 * app.get('/v1/applications/:id/status', limitBy(limiter, (c) => `status|${clientIp(c, false)}`, 'status lookups'), handler);
 * ```
 */
export function limitBy(limiter: RateLimiter, keyOf: (c: Context<AppEnv>) => string, what: string): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const decision = await limiter.take(keyOf(c));
    if (!decision.allowed) throw rateLimited(what, decision.retryAfterSeconds);
    await next();
  };
}
