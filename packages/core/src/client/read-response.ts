import { MiResponseError } from '../errors/mi-response-error.js';
import { toFieldIssues, type SchemaIssue } from '../models/issues.js';
import type { InvalidItem, Page } from '../models/page.js';
import { readPageEnvelopeQuickly } from '../models/page-quick.js';
import { validateItem } from '../models/validate-items.js';
import type { Exchange } from './http.js';

/** The part of a zod schema these readers use. */
export interface ResponseSchema<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false; error: { issues: readonly SchemaIssue[] } };
}

/**
 * A schema, or a function that imports it. The read path of the client passes loaders, so zod
 * and the schemas are downloaded and built only when a quick reader is unsure of an answer.
 */
export type SchemaSource<T> = ResponseSchema<T> | (() => Promise<ResponseSchema<T>>);

/** A plain-code reader that returns the schema's output, or `undefined` when unsure. */
export type QuickReader<T> = (value: unknown) => T | undefined;

/** The schema itself, importing it first when `source` is a loader. */
export function loadSchema<T>(source: SchemaSource<T>): ResponseSchema<T> | Promise<ResponseSchema<T>> {
  return typeof source === 'function' ? source() : source;
}

function invalid(exchange: Exchange, what: string, schemaIssues: readonly SchemaIssue[]): MiResponseError {
  const issues = toFieldIssues(schemaIssues);
  const first = issues[0];
  return new MiResponseError(
    exchange.request,
    exchange.response,
    `The server sent an invalid ${what}${first ? ` (${first.path || 'body'}: ${first.message})` : ''}`,
    issues,
  );
}

/** Checks `body` with the schema (imported first if need be), or throws an {@link MiResponseError}. */
async function parseWith<T>(source: SchemaSource<T>, body: unknown, exchange: Exchange, what: string): Promise<T> {
  const result = (await loadSchema(source)).safeParse(body);
  if (result.success) return result.data;
  throw invalid(exchange, what, result.error.issues);
}

/**
 * A reader for one resource: the whole body must match `schema`, or the call fails with an
 * {@link MiResponseError} listing the fields that do not. `quick`, when given, is tried first:
 * what it returns is the answer and the schema is not needed.
 *
 * @example
 * ```ts
 * const project = await http.send({ method: 'GET', url, read: readResource(Project, 'project') });
 * const lazily = readResource(() => import('../models/project.js').then((m) => m.Project), 'project', readProjectQuickly);
 * ```
 */
export function readResource<T>(schema: SchemaSource<T>, what: string, quick?: QuickReader<T>): (body: unknown, exchange: Exchange) => Promise<T> {
  return async (body, exchange) => {
    const fast = quick?.(body);
    return fast !== undefined ? fast : parseWith(schema, body, exchange, what);
  };
}

/**
 * A reader for one page of a list. The envelope (`items`, `nextCursor`, `total`, `facets`) must
 * be right, since without it there is no page; each item is then checked on its own, and the
 * invalid ones are dropped and listed in `skipped` instead of failing the page, so one bad gig
 * never blanks a whole board. Items `quick` accepts need no schema; the schema (imported on
 * first need when `schema` is a loader) checks the others and writes their issues.
 *
 * @example
 * ```ts
 * const page = await http.send({ method: 'GET', url, read: readPage(Project) });
 * page.skipped; // [{ index: 3, id: 'p_x', issues: [...] }]
 * ```
 */
export function readPage<T>(schema: SchemaSource<T>, quick?: QuickReader<T>): (body: unknown, exchange: Exchange) => Promise<Page<T>> {
  const envelopeSchema = () => import('../models/page.js').then((m) => m.PageEnvelope);
  return async (body, exchange) => {
    const { items, nextCursor, total, facets } = readPageEnvelopeQuickly(body) ?? (await parseWith(envelopeSchema, body, exchange, 'page'));
    const fast = quick ? items.map(quick) : [];
    const checked = quick && !fast.includes(undefined)
      ? { items: fast as T[], skipped: [] }
      : checkDoubted(items, fast, await loadSchema(schema));
    return {
      items: checked.items,
      nextCursor,
      ...(total !== undefined ? { total } : {}),
      ...(facets !== undefined ? { facets } : {}),
      skipped: checked.skipped,
    };
  };
}

/**
 * The items of a page with the schema deciding only those the quick reader doubted (`fast[i]`
 * undefined): the others keep what the quick reader returned and are not read twice.
 */
function checkDoubted<T>(items: readonly unknown[], fast: readonly (T | undefined)[], schema: ResponseSchema<T>): { items: T[]; skipped: InvalidItem[] } {
  const valid: T[] = [];
  const skipped: InvalidItem[] = [];
  items.forEach((item, index) => {
    const known = fast[index];
    const checked = known !== undefined ? { valid: known } : validateItem(item, index, schema);
    if ('valid' in checked) valid.push(checked.valid);
    else skipped.push(checked.invalid);
  });
  return { items: valid, skipped };
}
