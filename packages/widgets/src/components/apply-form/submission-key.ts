import { newIdempotencyKey, type ApplicationInput } from '@microintern/core';
import type { PendingSubmission } from './apply-draft.js';

/** A stable text of an application, to tell "the same submission again" from a changed one. */
export function fingerprint(input: ApplicationInput): string {
  return JSON.stringify(input);
}

/**
 * One `Idempotency-Key` per submission. Sending the same application again (the person
 * presses "Try again" after a timeout or a dropped connection, without changing anything)
 * reuses the key, so if the first attempt did reach the server, the API replays its answer
 * instead of storing a second application. A changed entry is a new submission with a new key:
 * the API refuses a known key with a different body.
 *
 * The pending key is kept in the draft, so the same holds after a reload.
 *
 * @example
 * ```ts
 * const keys = new SubmissionKeys();
 * const a = keys.keyFor(fingerprint(input));
 * keys.keyFor(fingerprint(input)) === a;   // true: a retry of the same submission
 * keys.keyFor(fingerprint(changed)) === a; // false
 * ```
 */
export class SubmissionKeys {
  /** The submission sent last and not yet confirmed. */
  pending: PendingSubmission | undefined;

  constructor(pending?: PendingSubmission) {
    this.pending = pending;
  }

  /** The key for sending the application with this fingerprint. */
  keyFor(print: string): string {
    if (this.pending?.fingerprint !== print) this.pending = { key: newIdempotencyKey(), fingerprint: print };
    return this.pending.key;
  }

  /** The server has the application (or refused it for good): the next submission is new. */
  settle(): void {
    this.pending = undefined;
  }
}
