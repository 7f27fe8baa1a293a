import { DEFAULT_PAGE_SIZE, ProjectQuery, searchParamsToQuery } from '@microintern/core';
import { canonicalJson } from '../domain/canonical-json.js';
import type { CursorCodec } from '../domain/cursor.js';
import type { ProjectFilters, ProjectSearch, SortKey } from '../store/store.js';
import { ProblemError, schemaProblem } from './problem.js';

const sortedUnique = <T extends string>(values: readonly T[] | undefined): T[] | undefined =>
  values?.length ? [...new Set(values)].sort() : undefined;

/** A search plus the binding its cursors are signed with. */
export interface ListRequest {
  search: ProjectSearch;
  binding: string;
}

/** The 400 for a cursor that fails its signature check or belongs to another query. */
export function invalidCursor(): ProblemError {
  return new ProblemError({
    status: 400,
    type: 'invalid-cursor',
    title: 'Invalid cursor',
    detail: 'The cursor was not issued for this query; start again without it',
  });
}

function isSortKey(value: unknown): value is SortKey {
  if (!value || typeof value !== 'object') return false;
  const { value: v, id } = value as Record<string, unknown>;
  return typeof v === 'number' && Number.isFinite(v) && typeof id === 'string' && id.length <= 64;
}

/**
 * Reads a project list request from URL search parameters with the same codec and schema the
 * client writes them with (`searchParamsToQuery` and the strict `ProjectQuery`), so an unknown
 * or malformed parameter is a 422 naming it. Filters are normalised (duplicates dropped, lists
 * sorted, skills lowercased, status defaulting to open) before the cursor binding is computed,
 * so `category=data,design` and `category=design,data` share cursors.
 *
 * @example
 * ```ts
 * const { search, binding } = readProjectListQuery(url.searchParams, company.id, cursors);
 * ```
 */
export function readProjectListQuery(params: URLSearchParams, companyId: string | undefined, cursors: CursorCodec): ListRequest {
  const parsed = ProjectQuery.safeParse(searchParamsToQuery(params));
  if (!parsed.success) throw schemaProblem('Invalid query', parsed.error.issues);
  const query = parsed.data;

  const filters: ProjectFilters = { status: sortedUnique(query.status) ?? ['open'] };
  const q = query.q?.trim();
  if (q) filters.q = q;
  const category = sortedUnique(query.category);
  if (category) filters.category = category;
  const skills = sortedUnique(query.skills?.map((s) => s.trim().toLowerCase()));
  if (skills) filters.skills = skills;
  if (query.minRate !== undefined) filters.minRate = query.minRate;
  if (query.maxHours !== undefined) filters.maxHours = query.maxHours;
  const schedule = sortedUnique(query.schedule);
  if (schedule) filters.schedule = schedule;
  if (query.remote !== undefined) filters.remote = query.remote;

  const sort = query.sort ?? 'newest';
  const binding = canonicalJson({ list: 'projects', company: companyId ?? '*', filters, sort });
  const search: ProjectSearch = { filters, sort, limit: query.limit ?? DEFAULT_PAGE_SIZE };
  if (companyId !== undefined) search.companyId = companyId;
  if (query.cursor !== undefined) {
    const after = cursors.decode(query.cursor, binding);
    if (!isSortKey(after)) throw invalidCursor();
    search.after = after;
  }
  return { search, binding };
}
