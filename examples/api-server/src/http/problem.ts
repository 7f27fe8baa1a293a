import { toFieldIssues, type ProblemFieldError, type Problem, type SchemaIssue } from '@microintern/core';

/** Base of every problem `type` URI this API sends. */
export const PROBLEM_BASE = 'https://microintern.dev/problems/';

/** The media type of every error answer (RFC 9457). */
export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** What a handler says when it refuses a request. */
export interface ProblemInit {
  status: number;
  /** The last segment of the `type` URI: `project-closed`, `validation`. */
  type: string;
  title: string;
  detail?: string;
  errors?: ProblemFieldError[];
  /** Extra response headers (`Retry-After`, `WWW-Authenticate`, `Allow`). */
  headers?: Record<string, string>;
}

/**
 * Thrown anywhere in a request to answer with a problem document. The app's error handler turns
 * it into the response, so handlers stay linear: check, throw, carry on.
 *
 * @example
 * ```ts
 * if (!project) throw new ProblemError({ status: 404, type: 'not-found', title: 'Project not found' });
 * ```
 */
export class ProblemError extends Error {
  override name = 'ProblemError' as const;
  readonly init: ProblemInit;

  constructor(init: ProblemInit) {
    super(init.detail ? `${init.title}: ${init.detail}` : init.title);
    this.init = init;
  }
}

/**
 * A 422 naming every invalid field.
 *
 * @example
 * ```ts
 * throw validationProblem('Invalid application', [{ path: 'answers.tools', message: 'An answer is required' }]);
 * ```
 */
export function validationProblem(title: string, errors: ProblemFieldError[]): ProblemError {
  const first = errors[0];
  return new ProblemError({
    status: 422,
    type: 'validation',
    title,
    detail: errors.length === 1 && first ? `${first.path || 'body'}: ${first.message}` : `${errors.length} fields are invalid`,
    errors,
  });
}

/**
 * A 422 from a schema's issues, as `@microintern/core`'s `toFieldIssues` words them.
 *
 * @example
 * ```ts
 * const result = ApplicationInput.safeParse(body);
 * if (!result.success) throw schemaProblem('Invalid application', result.error.issues);
 * ```
 */
export function schemaProblem(title: string, issues: readonly SchemaIssue[]): ProblemError {
  return validationProblem(title, toFieldIssues(issues));
}

/** A 404 that names only what the caller asked for. */
export function notFound(title = 'Not found', detail?: string): ProblemError {
  return new ProblemError({ status: 404, type: 'not-found', title, ...(detail ? { detail } : {}) });
}

/**
 * The response for a problem. The body is a {@link Problem} from `@microintern/core`, so the
 * client parses it with the same schema.
 */
export function problemResponse(init: ProblemInit): Response {
  const body: Problem = {
    type: PROBLEM_BASE + init.type,
    title: init.title,
    status: init.status,
    ...(init.detail ? { detail: init.detail } : {}),
    ...(init.errors ? { errors: init.errors } : {}),
  };
  return new Response(JSON.stringify(body), {
    status: init.status,
    headers: { 'content-type': PROBLEM_CONTENT_TYPE, 'cache-control': 'no-store', ...init.headers },
  });
}
