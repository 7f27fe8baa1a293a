import type { ApplicationInput, Project } from '@microintern/core';

/** What `mi-apply-submit` carries. */
export interface MiApplySubmitDetail {
  /** The application about to be sent, already checked against the core schemas. */
  input: ApplicationInput;
  project: Project;
}

/**
 * Fired by `<mi-apply-form>` when a valid application is about to be sent. Cancelable: call
 * `preventDefault()` to send it yourself (or not at all); the form then sends nothing and stays
 * as it is.
 *
 * @example
 * ```ts
 * form.addEventListener('mi-apply-submit', (event) => {
 *   event.preventDefault();
 *   myBackend.apply(event.detail.input);
 * });
 * ```
 */
export class MiApplySubmitEvent extends Event {
  readonly detail: MiApplySubmitDetail;

  constructor(detail: MiApplySubmitDetail) {
    super('mi-apply-submit', { bubbles: true, composed: true, cancelable: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'mi-apply-submit': MiApplySubmitEvent;
  }
}
