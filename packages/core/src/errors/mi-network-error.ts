import { MiError } from './mi-error.js';

/**
 * The request never got an answer: offline, DNS failure, connection refused or reset, or a
 * CORS refusal (which browsers report the same way). Safe to retry later.
 */
export class MiNetworkError extends MiError {
  override name = 'MiNetworkError' as const;
  readonly request: Request;

  constructor(request: Request, cause: unknown) {
    super(`Could not reach ${new URL(request.url).origin}: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.request = request;
  }
}

export function isMiNetworkError(value: unknown): value is MiNetworkError {
  return value instanceof MiNetworkError || (value instanceof Error && value.name === 'MiNetworkError');
}
