import type { Problem } from '../models/problem.js';
import { MiError } from './mi-error.js';
import type { FieldIssue } from './mi-input-error.js';

/**
 * The server answered with a non-2xx status. `problem` is its RFC 9457 problem document (or one
 * synthesised from the status when the body was not one), and `fieldErrors` maps each invalid
 * field's path to its message, ready to show beside the field.
 *
 * @example
 * ```ts
 * catch (error) {
 *   if (isMiHttpError(error) && error.status === 422) form.showErrors(error.fieldErrors);
 * }
 * ```
 */
export class MiHttpError extends MiError {
  override name = 'MiHttpError' as const;
  readonly status: number;
  readonly problem: Problem;
  readonly request: Request;
  readonly response: Response;
  /** Field path → message, from the problem document's `errors`. */
  readonly fieldErrors: Record<string, string>;
  /** Seconds the server asked us to wait (`Retry-After`), when it said. */
  readonly retryAfter: number | undefined;

  constructor(request: Request, response: Response, problem: Problem) {
    super(problem.detail ? `${problem.title}: ${problem.detail}` : problem.title);
    this.status = response.status;
    this.problem = problem;
    this.request = request;
    this.response = response;
    this.fieldErrors = {};
    for (const issue of (problem.errors ?? []) as FieldIssue[]) {
      this.fieldErrors[issue.path] ??= issue.message;
    }
    this.retryAfter = parseRetryAfter(response.headers.get('retry-after'));
  }
}

export function isMiHttpError(value: unknown): value is MiHttpError {
  return value instanceof MiHttpError || (value instanceof Error && value.name === 'MiHttpError');
}

/** `Retry-After` as seconds from now: delta-seconds or an HTTP date. */
export function parseRetryAfter(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - now) / 1000));
}
