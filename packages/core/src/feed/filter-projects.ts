import type { ProjectStatus } from '../models/project.js';
import type { Facets, ProjectQuery, ProjectSort } from '../models/query.js';
import { CATEGORIES, DEFAULT_PAGE_SIZE, SCHEDULES } from '../models/vocabulary.js';
import { foldText, statusAt, type IndexedProject } from './feed-index.js';

/**
 * A validated {@link ProjectQuery} in the form the feed evaluates: defaults applied, text folded,
 * lists turned into sets. An empty list means the same as no list (`category=` in a URL).
 */
export interface FeedQuery {
  readonly terms: readonly string[];
  readonly category: ReadonlySet<string> | undefined;
  readonly skills: ReadonlySet<string> | undefined;
  readonly minRate: number | undefined;
  readonly maxHours: number | undefined;
  readonly schedule: ReadonlySet<string> | undefined;
  readonly remote: boolean | undefined;
  readonly status: ReadonlySet<ProjectStatus>;
  readonly sort: ProjectSort;
  readonly limit: number;
}

const DEFAULT_STATUS: readonly ProjectStatus[] = ['open'];

function setOf<T extends string>(values: readonly T[] | undefined, fold: (v: T) => string = (v) => v): ReadonlySet<string> | undefined {
  return values && values.length > 0 ? new Set(values.map(fold)) : undefined;
}

/**
 * Applies defaults and folds text; `query` must already have passed the `ProjectQuery` schema.
 *
 * @example
 * ```ts
 * toFeedQuery({ q: 'Café  survey' }).terms; // ["cafe", "survey"]
 * ```
 */
export function toFeedQuery(query: ProjectQuery): FeedQuery {
  return {
    terms: query.q === undefined ? [] : foldText(query.q).split(/[\s\u001f]+/).filter(Boolean),
    category: setOf(query.category),
    skills: setOf(query.skills, (s) => foldText(s.trim())),
    minRate: query.minRate,
    maxHours: query.maxHours,
    schedule: setOf(query.schedule),
    remote: query.remote,
    status: new Set(query.status && query.status.length > 0 ? query.status : DEFAULT_STATUS),
    sort: query.sort ?? 'newest',
    limit: query.limit ?? DEFAULT_PAGE_SIZE,
  };
}

/**
 * A canonical string for everything that decides which projects match and in what order. Two
 * queries that mean the same (lists in another order, `Data` vs `data` skills) give the same key.
 * `limit` is left out on purpose: the cursor holds an offset, which stays meaningful when a
 * board changes its page size between pages.
 *
 * @example
 * ```ts
 * feedQueryKey(toFeedQuery({ category: ['data', 'design'] })) === feedQueryKey(toFeedQuery({ category: ['design', 'data'] })); // true
 * ```
 */
export function feedQueryKey(query: FeedQuery): string {
  const sorted = (set: ReadonlySet<string> | undefined) => (set ? [...set].sort() : null);
  return JSON.stringify([
    query.terms,
    sorted(query.category),
    sorted(query.skills),
    query.minRate ?? null,
    query.maxHours ?? null,
    sorted(query.schedule),
    query.remote ?? null,
    sorted(query.status),
    query.sort,
  ]);
}

function matchesRest(entry: IndexedProject, query: FeedQuery, now: number): boolean {
  const { project } = entry;
  if (!query.status.has(statusAt(entry, now))) return false;
  // `remote` is true, false or { countries }: any remote gig matches `remote: true`.
  if (query.remote !== undefined && !project.remote === query.remote) return false;
  if (query.minRate !== undefined && entry.rateMax < query.minRate) return false;
  if (query.maxHours !== undefined && project.effort.max > query.maxHours) return false;
  if (query.skills && ![...query.skills].some((s) => entry.skills.has(s))) return false;
  return query.terms.every((term) => entry.text.includes(term));
}

function zeroCounts(keys: readonly string[]): Record<string, number> {
  return Object.fromEntries(keys.map((k) => [k, 0]));
}

/**
 * Filters `entries` by every part of `query` and counts facets the way the API does: category
 * counts ignore the category filter and schedule counts ignore the schedule filter, so a board
 * can show how many gigs each other choice would give. Every known category and schedule is
 * present, with 0 when nothing matches, so a filter list does not change shape as one types.
 *
 * @example
 * ```ts
 * const { matched, facets } = filterProjects(entries, toFeedQuery({ category: ['data'] }), Date.now());
 * ```
 */
export function filterProjects(
  entries: readonly IndexedProject[],
  query: FeedQuery,
  now: number,
): { matched: IndexedProject[]; facets: Facets } {
  const facets: Facets = { category: zeroCounts(CATEGORIES), schedule: zeroCounts(SCHEDULES) };
  const matched: IndexedProject[] = [];
  for (const entry of entries) {
    if (!matchesRest(entry, query, now)) continue;
    const { category, schedule } = entry.project;
    const categoryOk = !query.category || query.category.has(category);
    const scheduleOk = !query.schedule || query.schedule.has(schedule);
    if (scheduleOk) facets.category[category] = (facets.category[category] ?? 0) + 1;
    if (categoryOk) facets.schedule[schedule] = (facets.schedule[schedule] ?? 0) + 1;
    if (categoryOk && scheduleOk) matched.push(entry);
  }
  return { matched, facets };
}
