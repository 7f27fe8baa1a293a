import * as z from 'zod/mini';

/** One invalid field in a 422 problem document. */
export const ProblemFieldError = z.object({
  /** Dotted path of the field in the request body (`applicant.email`). */
  path: z.string(),
  message: z.string(),
  code: z.optional(z.string()),
});
export type ProblemFieldError = z.infer<typeof ProblemFieldError>;

/**
 * An RFC 9457 problem document (`application/problem+json`). Extra members are kept.
 *
 * @example
 * ```json
 * { "type": "https://microintern.dev/problems/validation", "title": "Invalid application",
 *   "status": 422, "errors": [{ "path": "applicant.email", "message": "Must be an email address" }] }
 * ```
 */
export const Problem = z.looseObject({
  type: z._default(z.string(), 'about:blank'),
  title: z.string(),
  status: z.int().check(z.minimum(100), z.maximum(599)),
  detail: z.optional(z.string()),
  instance: z.optional(z.string()),
  errors: z.optional(z.array(ProblemFieldError)),
});
export type Problem = z.infer<typeof Problem>;
