import type { ApplicationStatusView } from '@microintern/core';

/** What `mi-status-load` carries. */
export interface MiStatusLoadDetail {
  /** Where the application stands, as the API answered. */
  view: ApplicationStatusView;
}

/**
 * Fired by `<mi-application-status>` once it has loaded and shown an application's status.
 *
 * @example
 * ```ts
 * status.addEventListener('mi-status-load', (event) => analytics.track('status-viewed', { status: event.detail.view.status }));
 * ```
 */
export class MiStatusLoadEvent extends Event {
  readonly detail: MiStatusLoadDetail;

  constructor(detail: MiStatusLoadDetail) {
    super('mi-status-load', { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'mi-status-load': MiStatusLoadEvent;
  }
}
