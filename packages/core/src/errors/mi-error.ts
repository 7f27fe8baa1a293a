/**
 * The root of every error this SDK throws. Catch `MiError` to handle all of them, or use the
 * guards (`isMiHttpError`, ...) which check `name` as well as `instanceof`, so they still work
 * when two copies of the package end up in one bundle.
 *
 * @example
 * ```ts
 * try {
 *   await mi.projects.get('data-cleanup');
 * } catch (error) {
 *   if (isMiHttpError(error) && error.status === 404) showNotFound();
 *   else throw error;
 * }
 * ```
 */
export class MiError extends Error {
  override name: string = 'MiError';

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** True when `value` is any error thrown by this SDK. */
export function isMiError(value: unknown): value is MiError {
  return value instanceof MiError || (value instanceof Error && value.name.startsWith('Mi') && value.name.endsWith('Error'));
}
