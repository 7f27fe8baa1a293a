// The API's query string for a project query, both ways. Plain code: the client's read path
// uses it before (and without) any schema.
import type { ProjectQuery } from './query.js';

/**
 * Turns a query into URL search parameters (arrays as comma lists), the format the API reads.
 *
 * @example
 * ```ts
 * queryToSearchParams({ category: ['data', 'design'], limit: 10 }).toString(); // "category=data%2Cdesign&limit=10"
 * ```
 */
export function queryToSearchParams(query: ProjectQuery): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) {
      if (value.length) params.set(key, value.join(','));
    } else params.set(key, String(value));
  }
  return params;
}

/** The reverse of {@link queryToSearchParams}; unknown parameters are kept so the schema can refuse them. */
export function searchParamsToQuery(params: URLSearchParams): Record<string, unknown> {
  const lists = new Set(['category', 'skills', 'schedule', 'status']);
  const numbers = new Set(['minRate', 'maxHours', 'limit']);
  const out: Record<string, unknown> = {};
  for (const [key, value] of params) {
    if (lists.has(key)) out[key] = value.split(',').map((s) => s.trim()).filter(Boolean);
    else if (numbers.has(key)) out[key] = value.trim() === '' ? Number.NaN : Number(value);
    else if (key === 'remote') out[key] = value === 'true' ? true : value === 'false' ? false : value;
    else out[key] = value;
  }
  return out;
}
