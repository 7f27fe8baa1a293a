/** What `mi-error` carries. */
export interface MiErrorDetail {
  /**
   * Why loading failed: usually an `MiError` from `@microintern/core` (`MiHttpError`,
   * `MiNetworkError`, `MiTimeoutError`, `MiResponseError`); test with its `is*` guards.
   */
  error: unknown;
}

/**
 * Fired when an element could not load what it shows. The element also shows an error state
 * with a Retry button; the event lets the host log or report the failure.
 *
 * @example
 * ```ts
 * board.addEventListener('mi-error', (event) => {
 *   if (isMiHttpError(event.detail.error)) console.warn(event.detail.error.status);
 * });
 * ```
 */
export class MiErrorEvent extends Event {
  readonly detail: MiErrorDetail;

  constructor(detail: MiErrorDetail) {
    super('mi-error', { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'mi-error': MiErrorEvent;
  }
}
