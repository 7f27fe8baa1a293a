import type { InvalidItem } from '@microintern/core';

/** What `mi-invalid-items` carries. */
export interface MiInvalidItemsDetail {
  /**
   * Items the source sent that failed validation: their position, id and field issues. Entries
   * with `severity: 'warning'` are gigs a feed kept without an unsafe logo or website (the
   * issues name the dropped fields); the others were left out.
   */
  skipped: InvalidItem[];
}

/**
 * Fired when a page contained items that failed the project schema. They are left out of the
 * board (the valid ones still show); this event tells the publisher which ones and why. A feed
 * gig whose only fault is an unsafe optional URL (company logo or website) is shown without it
 * and reported here too, with `severity: 'warning'`.
 *
 * @example
 * ```ts
 * board.addEventListener('mi-invalid-items', (event) => {
 *   for (const item of event.detail.skipped) console.warn(item.severity ?? 'left out', item.id, item.issues);
 * });
 * ```
 */
export class MiInvalidItemsEvent extends Event {
  readonly detail: MiInvalidItemsDetail;

  constructor(detail: MiInvalidItemsDetail) {
    super('mi-invalid-items', { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'mi-invalid-items': MiInvalidItemsEvent;
  }
}
