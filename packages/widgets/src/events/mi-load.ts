import type { Project } from '@microintern/core';

/** What `mi-load` carries: the page that just arrived. */
export interface MiLoadDetail {
  /** The projects of the page just loaded (the first page, or the one "Load more" fetched). */
  items: Project[];
  /** How many projects match across all pages, when the source knows. */
  total: number | undefined;
  /** The cursor of the following page; `null` on the last page. */
  nextCursor: string | null;
}

/**
 * Fired by `<mi-project-board>` after each page of projects is rendered, and by
 * `<mi-project-card>` after it loaded its project (with that one project in `items`).
 *
 * @example
 * ```ts
 * board.addEventListener('mi-load', (event) => console.log(event.detail.items.length, event.detail.total));
 * ```
 */
export class MiLoadEvent extends Event {
  readonly detail: MiLoadDetail;

  constructor(detail: MiLoadDetail) {
    super('mi-load', { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'mi-load': MiLoadEvent;
  }
}
