import { parseRetryAfter } from '../errors/mi-http-error.js';
import type { RetrySettings } from './options.js';

/**
 * Statuses worth another attempt: the request may succeed unchanged a moment later. 413 is
 * retried only when the server sends `Retry-After`. 400, 401, 403, 404, 409 and 422 are answers
 * about the request itself and are never retried.
 */
export const RETRY_STATUS_CODES = [408, 413, 429, 500, 502, 503, 504];

/** What {@link retryDelay} decides on: one failed attempt of one call. */
export interface FailedAttempt {
  method: 'GET' | 'POST' | 'PATCH';
  /** Whether the request carries an `Idempotency-Key`. */
  idempotent: boolean;
  settings: Required<RetrySettings>;
  /** 1 for the first attempt. */
  attempt: number;
  /** The answer's status; absent when the request got no answer (a network failure). */
  status?: number;
  /** The answer's `Retry-After` header. */
  retryAfter?: string | null;
}

/**
 * How many milliseconds to wait before trying again, or `undefined` when the failure is final.
 *
 * Reads are always safe to repeat; a POST or PATCH only when it carries an `Idempotency-Key`,
 * because the server then replays the first answer instead of acting twice. Only network
 * failures and the statuses in {@link RETRY_STATUS_CODES} are retried, at most `limit` times (a
 * timeout is not retried at all: the timeout is the caller's patience and a retry would multiply
 * it). `Retry-After` is waited out on every retried status, not only on 429 and 503, because a
 * 502 from a deploying gateway may say how long it needs too; when it asks for longer than
 * `maxRetryAfter`, waiting inside one call helps nobody, so the call fails at once and the
 * caller can show "try again in N minutes" from the error's `retryAfter`. Without the header,
 * the waits double from 300 ms, up to `backoffLimit`.
 *
 * @example
 * ```ts
 * retryDelay({ method: 'GET', idempotent: false, settings, attempt: 1, status: 503, retryAfter: '2' }); // 2000
 * retryDelay({ method: 'PATCH', idempotent: false, settings, attempt: 1 });                              // undefined
 * ```
 */
export function retryDelay({ method, idempotent, settings, attempt, status, retryAfter }: FailedAttempt): number | undefined {
  const repeatable = method === 'GET' || idempotent;
  if (!repeatable || attempt > settings.limit) return undefined;
  if (status !== undefined && !RETRY_STATUS_CODES.includes(status)) return undefined;
  const after = parseRetryAfter(retryAfter ?? null);
  if (after === undefined) return status === 413 ? undefined : Math.min(settings.backoffLimit, 300 * 2 ** (attempt - 1));
  return after * 1000 > settings.maxRetryAfter ? undefined : after * 1000;
}
