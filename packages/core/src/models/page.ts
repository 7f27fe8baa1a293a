import * as z from 'zod/mini';
import type { FieldIssue } from '../errors/mi-input-error.js';
import { Facets } from './query.js';
import { toFieldIssues, type SchemaIssue } from './issues.js';

/**
 * The envelope of one page of a list as the API sends it. Items are checked one by one by
 * {@link validateItems}, so the envelope only promises an array.
 */
export const PageEnvelope = z.object({
  items: z.array(z.unknown()),
  nextCursor: z.nullable(z.string()),
  total: z.optional(z.int().check(z.minimum(0))),
  facets: z.optional(Facets),
});

/** An item of a list that failed its schema and was left out. */
export interface InvalidItem {
  /** Position in the page as received. */
  index: number;
  /** The item's `id`, when it had a readable one. */
  id?: string;
  issues: FieldIssue[];
}

/**
 * One page of results. `skipped` lists items the source sent that failed validation and were
 * dropped; they never make the page fail.
 */
export interface Page<T> {
  items: T[];
  /** Pass to the next call to get the following page; `null` on the last page. */
  nextCursor: string | null;
  /** How many items match the query across all pages, when the source knows. */
  total?: number;
  facets?: Facets;
  skipped: InvalidItem[];
}

/**
 * Validates each item of a list on its own: valid items are returned, invalid ones are reported
 * with their index, id and issues instead of failing the whole list. `quick`, when given, is
 * tried first for each item (such as `readProjectQuickly` for `Project`): what it returns is
 * taken as the parsed item, and when it returns `undefined` the schema decides.
 *
 * @example
 * ```ts
 * const { items, skipped } = validateItems(json.items, Project, readProjectQuickly);
 * ```
 */
export function validateItems<T>(
  items: readonly unknown[],
  schema: { safeParse(value: unknown): { success: true; data: T } | { success: false; error: { issues: readonly SchemaIssue[] } } },
  quick?: (value: unknown) => T | undefined,
): { items: T[]; skipped: InvalidItem[] } {
  const valid: T[] = [];
  const skipped: InvalidItem[] = [];
  items.forEach((item, index) => {
    const fast = quick?.(item);
    if (fast !== undefined) {
      valid.push(fast);
      return;
    }
    const result = schema.safeParse(item);
    if (result.success) valid.push(result.data);
    else {
      const id = item && typeof item === 'object' && typeof (item as { id?: unknown }).id === 'string' ? (item as { id: string }).id : undefined;
      skipped.push({ index, ...(id !== undefined ? { id } : {}), issues: toFieldIssues(result.error.issues) });
    }
  });
  return { items: valid, skipped };
}
