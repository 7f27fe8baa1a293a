// A quick check of a list page's envelope (`items`, `nextCursor`, `total`, `facets`), so reading
// a page of projects needs no zod unless the envelope is broken. Returns what `PageEnvelope`
// would, or `undefined` when unsure; a property test holds it to the schema.
import { CheckFailure, at, int, obj, optional, str, type Obj } from './plain-checks.js';
import type { Facets } from './query.js';

/** What {@link readPageEnvelopeQuickly} returns: the envelope with its items unchecked. */
export interface PageEnvelopeValue {
  items: unknown[];
  nextCursor: string | null;
  total?: number | undefined;
  facets?: Facets | undefined;
}

const MAX_INT = Number.MAX_SAFE_INTEGER;

function counts(value: unknown, path: string): Record<string, number> {
  const source = obj(value, path);
  const out: Record<string, number> = {};
  for (const [key, count] of Object.entries(source)) out[key] = int(count, at(path, key), -MAX_INT, MAX_INT);
  return out;
}

function facets(value: unknown, path: string): Facets {
  const f = obj(value, path);
  return { category: counts(f['category'], at(path, 'category')), schedule: counts(f['schedule'], at(path, 'schedule')) };
}

/**
 * The envelope of a page as `PageEnvelope` parses it, when it is certainly valid; `undefined`
 * otherwise.
 *
 * @example
 * ```ts
 * const envelope = readPageEnvelopeQuickly(json) ?? PageEnvelope.parse(json);
 * ```
 */
export function readPageEnvelopeQuickly(value: unknown): PageEnvelopeValue | undefined {
  try {
    const page = obj(value, '');
    const items = page['items'];
    if (!Array.isArray(items)) return undefined;
    const cursor = page['nextCursor'];
    const out: Obj = { items: [...items], nextCursor: cursor === null ? null : str(cursor, 'nextCursor', 0, Infinity) };
    optional(page, out, 'total', '', (v, p) => int(v, p, 0, MAX_INT));
    optional(page, out, 'facets', '', facets);
    return out as unknown as PageEnvelopeValue;
  } catch (error) {
    if (error instanceof CheckFailure) return undefined;
    throw error;
  }
}
