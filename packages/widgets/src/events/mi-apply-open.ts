import type { Project } from '@microintern/core';

/** What `mi-apply-open` carries. */
export interface MiApplyOpenDetail {
  project: Project;
}

/**
 * Fired when the reader presses a card's Apply button. The host opens its application flow
 * (an `<mi-apply-form>` dialog, or its own page) for `detail.project`. Cancelable: inside a
 * `<mi-project-board>`, `preventDefault()` stops the board from opening its own apply dialog.
 *
 * @example
 * ```ts
 * board.addEventListener('mi-apply-open', (event) => openApplyDialog(event.detail.project));
 * ```
 */
export class MiApplyOpenEvent extends Event {
  readonly detail: MiApplyOpenDetail;

  constructor(detail: MiApplyOpenDetail) {
    super('mi-apply-open', { bubbles: true, composed: true, cancelable: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'mi-apply-open': MiApplyOpenEvent;
  }
}
