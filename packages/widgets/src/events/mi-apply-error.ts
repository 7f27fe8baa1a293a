import type { Project } from '@microintern/core';

/** What `mi-apply-error` carries. */
export interface MiApplyErrorDetail {
  /**
   * Why sending failed: an `MiHttpError` (its `status`, `problem` and `fieldErrors`; 422 for
   * invalid fields, 409 for a closed gig, 429 with `retryAfter`), an `MiNetworkError`, an
   * `MiTimeoutError`, or an `MiInputError` when the form has no API to send to. Test with the
   * `is*` guards from `@microintern/core`.
   */
  error: unknown;
  project: Project;
}

/**
 * Fired by `<mi-apply-form>` when an application could not be sent. The form keeps the entry
 * and shows what happened and what to do next; the event lets the host log it.
 *
 * @example
 * ```ts
 * form.addEventListener('mi-apply-error', (event) => {
 *   if (isMiHttpError(event.detail.error)) console.warn(event.detail.error.status, event.detail.error.problem);
 * });
 * ```
 */
export class MiApplyErrorEvent extends Event {
  readonly detail: MiApplyErrorDetail;

  constructor(detail: MiApplyErrorDetail) {
    super('mi-apply-error', { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'mi-apply-error': MiApplyErrorEvent;
  }
}
