// A quick check of a project query, for the client's and the feed's read path: a board's query
// is almost always valid, and checking it must not wait for zod. Like `readProjectQuickly`, it
// returns what `ProjectQuery` would (keys in the schema's order, explicit `undefined` kept) or
// `undefined` when unsure, and a property test holds it to the schema.
import { parseOrThrow } from './parse.js';
import { bool, CheckFailure, fail, int, list, num, obj, oneOf, optional, str, type Obj } from './plain-checks.js';
import type { ProjectQuery } from './query.js';
import { CATEGORIES, MAX_PAGE_SIZE, PROJECT_SORTS, PROJECT_STATUSES, SCHEDULES } from './vocabulary.js';

type Read = (value: unknown, path: string) => unknown;

const FIELDS: Record<string, Read> = {
  q: (v, p) => str(v, p, 0, 200),
  category: (v, p) => list(v, p, Infinity, (c, cp) => oneOf(c, cp, CATEGORIES)),
  skills: (v, p) => list(v, p, 20, (s, sp) => str(s, sp, 1, 40)),
  minRate: (v, p) => int(v, p, 0, Number.MAX_SAFE_INTEGER),
  maxHours: (v, p) => num(v, p, 0, Number.MAX_VALUE, false),
  schedule: (v, p) => list(v, p, Infinity, (s, sp) => oneOf(s, sp, SCHEDULES)),
  remote: bool,
  status: (v, p) => list(v, p, Infinity, (s, sp) => oneOf(s, sp, PROJECT_STATUSES)),
  sort: (v, p) => oneOf(v, p, PROJECT_SORTS),
  cursor: (v, p) => str(v, p, 0, 500),
  limit: (v, p) => int(v, p, 1, MAX_PAGE_SIZE),
};

/**
 * The query `value` describes when it is certainly a valid {@link ProjectQuery}, else
 * `undefined` (then `ProjectQuery` decides and names the problem).
 *
 * @example
 * ```ts
 * const query = readQueryQuickly({ sort: 'pay', limit: 10 }) ?? parseOrThrow(ProjectQuery, input);
 * ```
 */
export function readQueryQuickly(value: unknown): ProjectQuery | undefined {
  try {
    const source = obj(value, '');
    for (const key of Object.keys(source)) if (!(key in FIELDS)) fail(key, 'Unknown field');
    const out: Obj = {};
    for (const [key, read] of Object.entries(FIELDS)) optional(source, out, key, '', read);
    return out as ProjectQuery;
  } catch (error) {
    if (error instanceof CheckFailure) return undefined;
    throw error;
  }
}

/**
 * A valid query as `ProjectQuery` parses it, or the `MiInputError` that schema writes: the
 * schema is imported only for a query the quick check is unsure of.
 *
 * @example
 * ```ts
 * const query = await checkProjectQuery({ sort: 'pay' }); // { sort: 'pay' }
 * ```
 */
export async function checkProjectQuery(query: unknown): Promise<ProjectQuery> {
  const quick = readQueryQuickly(query);
  if (quick) return quick;
  const { ProjectQuery } = await import('./query.js');
  return parseOrThrow(ProjectQuery, query, 'Invalid project query');
}
