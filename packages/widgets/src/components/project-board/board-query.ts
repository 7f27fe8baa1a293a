import { CATEGORIES, MAX_PAGE_SIZE, type Category, type ProjectQuery, type ProjectSort, type Schedule } from '@microintern/core';

export const SORTS: readonly ProjectSort[] = ['newest', 'pay', 'shortest', 'deadline'];
const SCHEDULES: readonly Schedule[] = ['weekend', 'evenings', 'flexible'];

/** The filters a board holds, as its properties spell them. */
export interface BoardFilters {
  q: string;
  category: string[];
  skills: string[];
  schedule: string[];
  sort: string | undefined;
  minRate: number | undefined;
  maxHours: number | undefined;
}

/** An attribute converter for comma-separated lists: `category="data, design"`. */
export const listConverter = {
  fromAttribute: (value: string | null): string[] => (value ? value.split(',').map((s) => s.trim()).filter(Boolean) : []),
  toAttribute: (value: string[]): string => value.join(','),
};

const isCategory = (value: string): value is Category => (CATEGORIES as readonly string[]).includes(value);
const isSchedule = (value: string): value is Schedule => (SCHEDULES as readonly string[]).includes(value);
const isSort = (value: string | undefined): value is ProjectSort => SORTS.includes(value as ProjectSort);
const positive = (value: number | undefined): value is number => typeof value === 'number' && Number.isFinite(value) && value > 0;

/**
 * The `ProjectQuery` for a board's filters. Values a source would refuse (an unknown category, a
 * negative rate, a page size over 100) are dropped or clamped here: an attribute typo shows
 * more gigs, not an error state.
 *
 * @example
 * ```ts
 * toQuery({ q: ' survey ', category: ['data', 'nope'], skills: [], schedule: [], sort: 'pay', minRate: 2000, maxHours: undefined }, 20);
 * // { q: 'survey', category: ['data'], sort: 'pay', minRate: 2000, limit: 20 }
 * ```
 */
export function toQuery(filters: BoardFilters, pageSize: number): ProjectQuery {
  const query: ProjectQuery = {};
  const q = filters.q.trim().slice(0, 200);
  if (q) query.q = q;
  const category = filters.category.filter(isCategory);
  if (category.length) query.category = category;
  const skills = filters.skills.map((s) => s.trim().slice(0, 40)).filter(Boolean).slice(0, 20);
  if (skills.length) query.skills = skills;
  const schedule = filters.schedule.filter(isSchedule);
  if (schedule.length) query.schedule = schedule;
  if (isSort(filters.sort)) query.sort = filters.sort;
  if (positive(filters.minRate)) query.minRate = Math.round(filters.minRate);
  if (positive(filters.maxHours)) query.maxHours = filters.maxHours;
  query.limit = Math.min(MAX_PAGE_SIZE, Math.max(1, Math.round(positive(pageSize) ? pageSize : 20)));
  return query;
}

/** How many filters narrow the list (the search text counts as one; sort does not). */
export function activeFilters(query: ProjectQuery): number {
  return (
    (query.q ? 1 : 0) +
    (query.category?.length ?? 0) +
    (query.skills?.length ?? 0) +
    (query.schedule?.length ?? 0) +
    (query.minRate ? 1 : 0) +
    (query.maxHours ? 1 : 0)
  );
}

// The page-URL parameters a board owns, each behind the board's prefix (`mi-q`, `mi-category`).
const PARAMS = ['q', 'category', 'skills', 'schedule', 'sort', 'min-rate', 'max-hours'] as const;

/**
 * Reads filters a board wrote to the page URL, for `sync-url`: only the parameters present
 * are returned, so the rest keep their attribute values.
 */
export function readUrlFilters(search: string, prefix: string): Partial<BoardFilters> {
  const params = new URLSearchParams(search);
  const get = (name: (typeof PARAMS)[number]) => params.get(prefix + name);
  const out: Partial<BoardFilters> = {};
  const q = get('q');
  if (q !== null) out.q = q;
  for (const name of ['category', 'skills', 'schedule'] as const) {
    const value = get(name);
    if (value !== null) out[name] = listConverter.fromAttribute(value);
  }
  const sort = get('sort');
  if (sort !== null) out.sort = sort;
  const minRate = Number(get('min-rate') ?? Number.NaN);
  if (positive(minRate)) out.minRate = minRate;
  const maxHours = Number(get('max-hours') ?? Number.NaN);
  if (positive(maxHours)) out.maxHours = maxHours;
  return out;
}

/**
 * Changes the page URL's parameters in place with `history.replaceState`: the back button is
 * not filled with one entry per keystroke, and other parameters and the hash are kept. Nothing
 * is written when `edit` changed nothing.
 */
export function editPageUrl(edit: (params: URLSearchParams) => void): void {
  const url = new URL(location.href);
  edit(url.searchParams);
  if (url.href !== location.href) history.replaceState(history.state, '', url);
}

/** Writes `query`'s filters into the page URL ({@link editPageUrl}). */
export function writeUrlFilters(query: ProjectQuery, prefix: string): void {
  editPageUrl((params) => {
    for (const name of PARAMS) params.delete(prefix + name);
    const set = (name: (typeof PARAMS)[number], value: string | number | string[] | undefined) => {
      const text = Array.isArray(value) ? value.join(',') : value === undefined ? '' : String(value);
      if (text) params.set(prefix + name, text);
    };
    set('q', query.q);
    set('category', query.category);
    set('skills', query.skills);
    set('schedule', query.schedule);
    set('sort', query.sort);
    set('min-rate', query.minRate);
    set('max-hours', query.maxHours);
  });
}
