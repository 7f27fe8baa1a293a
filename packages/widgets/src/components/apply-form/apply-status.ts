import { isMiHttpError, isMiInputError, isMiNetworkError, isMiTimeoutError } from '@microintern/core';
import type { ApplyMessages } from '../../i18n/apply-messages.js';
import { fieldOf, type FieldErrors } from './apply-validation.js';

/** The message shown after a failed submission, and whether "Try again" makes sense. */
export interface FailureStatus {
  /** `closed` and `rejected` cannot succeed by retrying; the others can. */
  kind: 'closed' | 'duplicate' | 'rate-limited' | 'server' | 'offline' | 'timeout' | 'rejected' | 'no-endpoint' | 'invalid';
  text: string;
  retry: boolean;
}

/** "2 minutes", "45 seconds" in the form's language. */
export function formatWait(seconds: number, locale: string): string {
  const minutes = Math.ceil(seconds / 60);
  const [value, unit] = seconds >= 90 ? [minutes, 'minute'] : [Math.max(1, Math.ceil(seconds)), 'second'];
  return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).format(value);
}

/**
 * What a failed submission means for the person, and what happens next. Every case keeps the
 * entry; those that a retry can fix offer "Try again", which reuses the submission's
 * idempotency key, so a retry after an answer that got lost on the way back (a timeout, a
 * dropped connection) can never store the application twice.
 *
 * @example
 * ```ts
 * failureStatus(error, messages, 'en').text;
 * // 'You seem to be offline, so the application was not sent. Try again once you are connected.'
 * ```
 */
export function failureStatus(error: unknown, m: ApplyMessages, locale: string): FailureStatus {
  if (isMiTimeoutError(error)) return { kind: 'timeout', text: m.timeout, retry: true };
  if (isMiInputError(error) && error.issues[0]?.path === 'api') return { kind: 'no-endpoint', text: m.noEndpoint, retry: false };
  // A TypeError here is a fetch that failed, such as the client's code not downloading.
  if (isMiNetworkError(error) || error instanceof TypeError) return { kind: 'offline', text: m.offline, retry: true };
  if (isMiHttpError(error)) {
    const { status, problem, retryAfter } = error;
    if (status === 409 && /closed|filled/i.test(`${problem.type ?? ''} ${problem.title}`)) return { kind: 'closed', text: m.closed, retry: false };
    if (status === 409) return { kind: 'duplicate', text: m.duplicate, retry: true };
    if (status === 429) {
      const text = retryAfter !== undefined ? m.rateLimited(formatWait(retryAfter, locale)) : m.rateLimitedSoon;
      return { kind: 'rate-limited', text, retry: true };
    }
    if (status >= 500 || status === 408) return { kind: 'server', text: m.serverError, retry: true };
    // The problem document's own words: a 403 from the origin allow-list, a 413, a 404 gig.
    const reason = problem.detail || problem.title;
    return { kind: 'rejected', text: m.rejected(reason), retry: false };
  }
  return { kind: 'rejected', text: m.rejected(error instanceof Error ? error.message : String(error)), retry: false };
}

/**
 * The field errors of a 422 answer, keyed by the field that shows each (`answers.q1.0` belongs
 * to `answers.q1`), first message per field; undefined for any other failure.
 *
 * @example
 * ```ts
 * serverFieldErrors(error)?.get('applicant.email'); // 'This address does not accept mail'
 * ```
 */
export function serverFieldErrors(error: unknown): FieldErrors | undefined {
  if (!isMiHttpError(error) || error.status !== 422) return undefined;
  const fields: FieldErrors = new Map();
  for (const [path, message] of Object.entries(error.fieldErrors)) if (!fields.has(fieldOf(path))) fields.set(fieldOf(path), message);
  return fields.size ? fields : undefined;
}
