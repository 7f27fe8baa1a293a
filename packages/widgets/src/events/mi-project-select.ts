import type { Project } from '@microintern/core';

/** What `mi-project-select` carries. */
export interface MiProjectSelectDetail {
  project: Project;
}

/**
 * Fired when the reader opens a project (activates its title). Cancelable: call
 * `preventDefault()` to stop the element's own reaction, for example when the host routes to
 * its own project page.
 *
 * @example
 * ```ts
 * board.addEventListener('mi-project-select', (event) => {
 *   router.go(`/gigs/${event.detail.project.slug}`);
 * });
 * ```
 */
export class MiProjectSelectEvent extends Event {
  readonly detail: MiProjectSelectDetail;

  constructor(detail: MiProjectSelectDetail) {
    super('mi-project-select', { bubbles: true, composed: true, cancelable: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'mi-project-select': MiProjectSelectEvent;
  }
}
