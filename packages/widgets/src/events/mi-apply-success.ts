import type { ApplicationReceipt, Project } from '@microintern/core';

/** What `mi-apply-success` carries. */
export interface MiApplySuccessDetail {
  /** The server's receipt: application id, status and when it was received. */
  receipt: ApplicationReceipt;
  project: Project;
}

/**
 * Fired by `<mi-apply-form>` once the API has stored the application. The form shows its
 * success view and forgets the saved draft.
 *
 * @example
 * ```ts
 * form.addEventListener('mi-apply-success', (event) => {
 *   analytics.track('applied', { project: event.detail.project.id, application: event.detail.receipt.id });
 * });
 * ```
 */
export class MiApplySuccessEvent extends Event {
  readonly detail: MiApplySuccessDetail;

  constructor(detail: MiApplySuccessDetail) {
    super('mi-apply-success', { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'mi-apply-success': MiApplySuccessEvent;
  }
}
