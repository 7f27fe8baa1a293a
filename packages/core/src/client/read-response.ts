import { MiResponseError } from '../errors/mi-response-error.js';
import { toFieldIssues, type SchemaIssue } from '../models/issues.js';
import { PageEnvelope, type Page } from '../models/page.js';
import { validateItems } from '../models/validate-items.js';
import type { Exchange } from './http.js';

/** The part of a zod schema these readers use. */
export interface ResponseSchema<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false; error: { issues: readonly SchemaIssue[] } };
}

/**
 * A reader for one resource: the whole body must match `schema`, or the call fails with an
 * {@link MiResponseError} listing the fields that do not.
 *
 * @example
 * ```ts
 * const project = await http.send({ method: 'GET', url, read: readResource(Project, 'project') });
 * ```
 */
export function readResource<T>(schema: ResponseSchema<T>, what: string): (body: unknown, exchange: Exchange) => T {
  return (body, { request, response }) => {
    const result = schema.safeParse(body);
    if (result.success) return result.data;
    const issues = toFieldIssues(result.error.issues);
    const first = issues[0];
    throw new MiResponseError(
      request,
      response,
      `The server sent an invalid ${what}${first ? ` (${first.path || 'body'}: ${first.message})` : ''}`,
      issues,
    );
  };
}

/**
 * A reader for one page of a list. The envelope (`items`, `nextCursor`, `total`, `facets`) must
 * be right, since without it there is no page; each item is then checked on its own, and the
 * invalid ones are dropped and listed in `skipped` instead of failing the page, so one bad gig
 * never blanks a whole board.
 *
 * @example
 * ```ts
 * const page = await http.send({ method: 'GET', url, read: readPage(Project) });
 * page.skipped; // [{ index: 3, id: 'p_x', issues: [...] }]
 * ```
 */
export function readPage<T>(schema: ResponseSchema<T>, quick?: (value: unknown) => T | undefined): (body: unknown, exchange: Exchange) => Page<T> {
  const envelope = readResource(PageEnvelope, 'page');
  return (body, exchange) => {
    const { items, nextCursor, total, facets } = envelope(body, exchange);
    const checked = validateItems(items, schema, quick);
    return {
      items: checked.items,
      nextCursor,
      ...(total !== undefined ? { total } : {}),
      ...(facets !== undefined ? { facets } : {}),
      skipped: checked.skipped,
    };
  };
}
