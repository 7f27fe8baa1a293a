import { MiHttpError } from '../errors/mi-http-error.js';
import type { Problem } from '../models/problem.js';

/**
 * Builds the {@link MiHttpError} for a non-2xx answer from its body text. A problem document
 * (RFC 9457) is used as it is, with `title` and `status` filled from the status line when the
 * server left them out (every member of a problem document is optional); anything else (an HTML
 * error page from a proxy, an empty body) becomes `{ type: 'about:blank', title, status }`, so
 * callers always get a problem to show. The Problem schema is imported here, on the first error
 * answer, so a client that only ever reads successful answers never loads zod.
 *
 * @example
 * ```ts
 * throw await toMiHttpError(request, response, await response.text());
 * ```
 */
export async function toMiHttpError(request: Request, response: Response, text: string | undefined): Promise<MiHttpError> {
  const synthetic: Problem = {
    type: 'about:blank',
    title: response.statusText || `HTTP ${response.status}`,
    status: response.status,
  };
  return new MiHttpError(request, response, (await parseProblem(response, text)) ?? synthetic);
}

async function parseProblem(response: Response, text: string | undefined): Promise<Problem | undefined> {
  if (!text) return undefined;
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!body || typeof body !== 'object' || Array.isArray(body)) return undefined;
  const type = response.headers.get('content-type') ?? '';
  // Only a body that says it is a problem document gets the missing members filled in; a plain
  // JSON body must already look like one.
  const candidate = /^application\/problem\+json/i.test(type)
    ? { title: response.statusText || `HTTP ${response.status}`, status: response.status, ...body }
    : body;
  const { Problem } = await import('../models/problem.js');
  const result = Problem.safeParse(candidate);
  return result.success ? result.data : undefined;
}
