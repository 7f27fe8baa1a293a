import { randomBytes } from 'node:crypto';
import type { TokenBucketLimit } from './store/store.js';
import { DEFAULT_WEBHOOK_SETTINGS, type WebhookSettings } from './webhooks/dispatcher.js';

/** How many application POSTs one client may send to one company in a window: a token bucket. */
export type RateLimitSettings = TokenBucketLimit;

/** Everything the app reads at request time. Build one with {@link resolveConfig}. */
export interface AppConfig {
  /**
   * Key for the HMAC that signs list cursors. Instances that share a database must share it, or
   * a cursor issued by one is refused by another; `startServer` keeps it in the database.
   */
  cursorSecret: Uint8Array;
  /** Application POSTs per client IP and company. */
  rateLimit: RateLimitSettings;
  /** Status-link lookups per client IP, right or wrong: what keeps tokens from being guessed in bulk. */
  statusRateLimit: RateLimitSettings;
  /**
   * Failed secret-key attempts (401 and 403) per client IP and company. Past it, every
   * secret-key request for that company from that address is answered 429, right key or not.
   */
  authRateLimit: RateLimitSettings;
  /** Largest request body accepted, in bytes. */
  bodyLimitBytes: number;
  /** Origins allowed to post applications to every company, on top of each company's own list. */
  extraAllowedOrigins: readonly string[];
  /** Read the client IP from `X-Forwarded-For` (only behind a proxy you control). */
  trustProxy: boolean;
  /** How long a stored idempotent answer is replayed, in milliseconds. */
  idempotencyTtlMs: number;
  /**
   * How long a request waits for an earlier one with the same idempotency key, in this process,
   * before it is answered 409 instead.
   */
  idempotencyWaitMs: number;
  /**
   * How long public read answers are reused from memory, in milliseconds (0: never). Writes in
   * this process clear them at once; keep it well below the 30 s of `Cache-Control`.
   */
  readCacheTtlMs: number;
  /** The most public-read text kept in memory (characters). */
  readCacheMaxSize: number;
  /** How webhook deliveries are paced, retried and timed out, and whether `http://` endpoints may be registered. */
  webhooks: WebhookSettings;
  /** The clock, in epoch milliseconds. */
  now: () => number;
  /** Where unexpected errors are reported (their details never reach the client). */
  logError: (error: unknown) => void;
}

export const DEFAULT_RATE_LIMIT: RateLimitSettings = { max: 10, windowMs: 60_000 };
export const DEFAULT_STATUS_RATE_LIMIT: RateLimitSettings = { max: 30, windowMs: 60_000 };
export const DEFAULT_AUTH_RATE_LIMIT: RateLimitSettings = { max: 20, windowMs: 5 * 60_000 };
export const DEFAULT_BODY_LIMIT = 64 * 1024;
export const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Fills the defaults of an {@link AppConfig}. Without a `cursorSecret` a random one is made,
 * which is fine for tests and a single process whose cursors need not outlive it.
 *
 * @example
 * ```ts
 * const config = resolveConfig({ rateLimit: { max: 1000, windowMs: 60_000 } });
 * ```
 */
export function resolveConfig(partial: Partial<AppConfig> = {}): AppConfig {
  return {
    cursorSecret: partial.cursorSecret ?? randomBytes(32),
    rateLimit: partial.rateLimit ?? DEFAULT_RATE_LIMIT,
    statusRateLimit: partial.statusRateLimit ?? DEFAULT_STATUS_RATE_LIMIT,
    authRateLimit: partial.authRateLimit ?? DEFAULT_AUTH_RATE_LIMIT,
    bodyLimitBytes: partial.bodyLimitBytes ?? DEFAULT_BODY_LIMIT,
    extraAllowedOrigins: partial.extraAllowedOrigins ?? [],
    trustProxy: partial.trustProxy ?? false,
    idempotencyTtlMs: partial.idempotencyTtlMs ?? DAY_MS,
    idempotencyWaitMs: partial.idempotencyWaitMs ?? 5_000,
    readCacheTtlMs: partial.readCacheTtlMs ?? 5_000,
    readCacheMaxSize: partial.readCacheMaxSize ?? 32 * 1024 * 1024,
    webhooks: { ...DEFAULT_WEBHOOK_SETTINGS, ...partial.webhooks },
    now: partial.now ?? Date.now,
    logError: partial.logError ?? ((error) => console.error(error)),
  };
}

/**
 * Reads the settings that can come from the environment: `MI_ALLOWED_ORIGINS` (comma list),
 * `MI_RATE_LIMIT` (`10/60s` or `10/60000ms`), `MI_STATUS_RATE_LIMIT` and `MI_AUTH_RATE_LIMIT`
 * (the same form, such as `20/5m`), `MI_WEBHOOK_ALLOW_HTTP=1` (plain-http webhook endpoints, for local development), `MI_TRUST_PROXY=1`, `MI_READ_CACHE` (`5s`,
 * `500ms`, or `0` for none).
 *
 * @example
 * ```ts
 * configFromEnv({ MI_ALLOWED_ORIGINS: 'http://localhost:5173', MI_RATE_LIMIT: '20/60s' });
 * ```
 */
export function configFromEnv(env: NodeJS.ProcessEnv): Partial<AppConfig> {
  const out: Partial<AppConfig> = {};
  const origins = parseOrigins(env.MI_ALLOWED_ORIGINS);
  if (origins.length) out.extraAllowedOrigins = origins;
  if (env.MI_RATE_LIMIT) out.rateLimit = parseRateLimit(env.MI_RATE_LIMIT);
  if (env.MI_STATUS_RATE_LIMIT) out.statusRateLimit = parseRateLimit(env.MI_STATUS_RATE_LIMIT, 'MI_STATUS_RATE_LIMIT');
  if (env.MI_AUTH_RATE_LIMIT) out.authRateLimit = parseRateLimit(env.MI_AUTH_RATE_LIMIT, 'MI_AUTH_RATE_LIMIT');
  if (env.MI_TRUST_PROXY === '1' || env.MI_TRUST_PROXY === 'true') out.trustProxy = true;
  if (env.MI_WEBHOOK_ALLOW_HTTP === '1' || env.MI_WEBHOOK_ALLOW_HTTP === 'true') out.webhooks = { ...DEFAULT_WEBHOOK_SETTINGS, allowHttp: true };
  if (env.MI_READ_CACHE) {
    const ttl = env.MI_READ_CACHE.trim() === '0' ? 0 : parseDuration(env.MI_READ_CACHE);
    if (ttl === undefined || ttl > 30_000) throw new Error(`MI_READ_CACHE must be 0 or a time up to 30s such as 5s or 500ms, not ${env.MI_READ_CACHE}`);
    out.readCacheTtlMs = ttl;
  }
  return out;
}

/** Parses a comma list of origins, normalising each (`https://Acme.example/` → `https://acme.example`). */
export function parseOrigins(list: string | undefined): string[] {
  if (!list) return [];
  return list
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => {
      const origin = normaliseOrigin(s);
      if (!origin) throw new Error(`Not an http(s) origin: ${s}`);
      return origin;
    });
}

/** The serialised origin of an http(s) URL, or `undefined` when it is not one. */
export function normaliseOrigin(value: string): string | undefined {
  try {
    const url = new URL(value);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    return url.origin;
  } catch {
    return undefined;
  }
}

/** Milliseconds of `500ms`, `60s` or `2m`; `undefined` for anything else. */
function parseDuration(value: string): number | undefined {
  const match = /^(\d+)(ms|s|m)$/.exec(value.trim());
  if (!match) return undefined;
  return Number(match[1]) * (match[2] === 'ms' ? 1 : match[2] === 's' ? 1000 : 60_000);
}

function parseRateLimit(value: string, name = 'MI_RATE_LIMIT'): RateLimitSettings {
  const [count, window, ...rest] = value.trim().split('/');
  const windowMs = window === undefined ? undefined : parseDuration(window);
  if (!count || !/^\d+$/.test(count) || windowMs === undefined || rest.length) throw new Error(`${name} must look like 10/60s, not ${value}`);
  return { max: Number(count), windowMs };
}
