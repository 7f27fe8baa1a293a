import * as z from 'zod/mini';
import type { FieldIssue } from '../errors/mi-input-error.js';
import { Facets } from './query.js';

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

/**
 * An item of a list that failed its schema. Without `severity` it was left out. With
 * `severity: 'warning'` it is kept: a feed reader dropped the optional fields its `issues` name
 * (an unsafe company logo or website) and shows the gig without them.
 */
export interface InvalidItem {
  /** Position in the page as received. */
  index: number;
  /** The item's `id`, when it had a readable one. */
  id?: string;
  issues: FieldIssue[];
  /** `'warning'`: the item is shown, without the fields `issues` names. Absent: the item was left out. */
  severity?: 'warning';
}

/**
 * One page of results. `skipped` lists items the source sent that failed validation and were
 * dropped, and (`severity: 'warning'`) items a feed kept without an unsafe optional field; they
 * never make the page fail.
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

export { validateItems } from './validate-items.js';
