import { MiError } from './mi-error.js';

/** The server did not answer within the client's `timeout` (after every allowed retry). */
export class MiTimeoutError extends MiError {
  override name = 'MiTimeoutError' as const;
  readonly request: Request;
  readonly timeout: number;

  constructor(request: Request, timeout: number, options?: { cause?: unknown }) {
    super(`${request.method} ${new URL(request.url).pathname} timed out after ${timeout} ms`, options);
    this.request = request;
    this.timeout = timeout;
  }
}

export function isMiTimeoutError(value: unknown): value is MiTimeoutError {
  return value instanceof MiTimeoutError || (value instanceof Error && value.name === 'MiTimeoutError');
}
