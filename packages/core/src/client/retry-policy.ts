import { isHTTPError, type RetryOptions } from 'ky';
import { parseRetryAfter } from '../errors/mi-http-error.js';
import { isMiNetworkError } from '../errors/mi-network-error.js';
import type { RetrySettings } from './options.js';

/**
 * Statuses worth another attempt: the request may succeed unchanged a moment later. 413 is
 * retried only when the server sends `Retry-After` (ky's rule). 400, 401, 403, 404, 409 and 422
 * are answers about the request itself and are never retried.
 */
export const RETRY_STATUS_CODES = [408, 413, 429, 500, 502, 503, 504];

/**
 * The retry options shared by every call of one client, for `ky.create`. `Retry-After` is
 * honoured on every retried status, not only ky's default 413/429/503, because a 502 from a
 * deploying gateway may say how long it needs too.
 *
 * @example
 * ```ts
 * const api = ky.create({ retry: clientRetry({ limit: 2, backoffLimit: 5000, maxRetryAfter: 30_000 }) });
 * ```
 */
export function clientRetry(settings: Required<RetrySettings>): RetryOptions {
  return {
    limit: settings.limit,
    statusCodes: RETRY_STATUS_CODES,
    afterStatusCodes: RETRY_STATUS_CODES,
    backoffLimit: settings.backoffLimit,
    maxRetryAfter: settings.maxRetryAfter,
    retryOnTimeout: false,
  };
}

/** What one call needs to decide about retrying. */
export interface CallRetry {
  method: 'GET' | 'POST' | 'PATCH';
  /** Whether the request carries an `Idempotency-Key`. */
  idempotent: boolean;
  /** The caller's signal: once it fires, nothing more is sent. */
  signal: AbortSignal | undefined;
  settings: Required<RetrySettings>;
}

/**
 * The per-call part of the retry options. Reads are always safe to repeat; a POST or PATCH only
 * when it carries an `Idempotency-Key`, because the server then replays the first answer instead
 * of acting twice. Only network failures and the statuses in
 * {@link RETRY_STATUS_CODES} are retried; a timeout is not, because the timeout is the caller's
 * patience and a retry would multiply it.
 *
 * @example
 * ```ts
 * await api(url, { method: 'POST', retry: callRetry({ method: 'POST', idempotent: true, signal, settings }) });
 * ```
 */
export function callRetry({ method, idempotent, signal, settings }: CallRetry): RetryOptions {
  const repeatable = method === 'GET' || idempotent;
  return {
    methods: repeatable ? [method.toLowerCase() as 'get' | 'post' | 'patch'] : [],
    shouldRetry: ({ error }) => {
      if (signal?.aborted) return false;
      if (isHTTPError(error)) {
        if (!RETRY_STATUS_CODES.includes(error.response.status)) return false;
        // Waiting longer than the cap inside one call helps nobody; fail now and let the
        // caller show "try again in N minutes" from the error's `retryAfter`.
        const after = parseRetryAfter(error.response.headers.get('retry-after'));
        if (after !== undefined && after * 1000 > settings.maxRetryAfter) return false;
        // `undefined` hands over to ky, which waits out `Retry-After` or backs off exponentially.
        return undefined;
      }
      return isMiNetworkError(error) ? undefined : false;
    },
  };
}
