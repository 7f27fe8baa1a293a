import * as z from 'zod/mini';
import { Category, ProjectStatus } from './project.js';
import { Schedule } from './effort.js';
import { MAX_PAGE_SIZE, PROJECT_SORTS } from './vocabulary.js';

/** How a list of projects is ordered. `pay` is highest effective hourly first. */
export const ProjectSort = z.enum(PROJECT_SORTS);
export type ProjectSort = z.infer<typeof ProjectSort>;

export { MAX_PAGE_SIZE, DEFAULT_PAGE_SIZE } from './vocabulary.js';

/**
 * Filters, sort and paging for a list of projects. Every field is optional; by default the
 * newest open projects come first, 20 at a time.
 *
 * @example
 * ```ts
 * const query: ProjectQuery = { q: 'survey', category: ['market-research'], minRate: 2000, schedule: ['weekend'] };
 * ```
 */
export const ProjectQuery = z.strictObject({
  /** Full-text search over title, summary and skills. */
  q: z.optional(z.string().check(z.maxLength(200))),
  category: z.optional(z.array(Category)),
  /** Projects that ask for any of these skills (case-insensitive). */
  skills: z.optional(z.array(z.string().check(z.minLength(1), z.maxLength(40))).check(z.maxLength(20))),
  /** Pay floor in minor units per hour (2000 = 20.00/hr): the best effective hourly rate must reach it. */
  minRate: z.optional(z.int().check(z.minimum(0))),
  /** Only projects whose largest effort estimate is at most this many hours. */
  maxHours: z.optional(z.number().check(z.gt(0))),
  schedule: z.optional(z.array(Schedule)),
  remote: z.optional(z.boolean()),
  /** Defaults to `open`. */
  status: z.optional(z.array(ProjectStatus)),
  sort: z.optional(ProjectSort),
  cursor: z.optional(z.string().check(z.maxLength(500))),
  limit: z.optional(z.int().check(z.minimum(1), z.maximum(MAX_PAGE_SIZE))),
});
export type ProjectQuery = z.infer<typeof ProjectQuery>;

/** Counts of matching projects per category and per schedule, ignoring that facet's own filter. */
export const Facets = z.object({
  category: z.record(z.string(), z.int()),
  schedule: z.record(z.string(), z.int()),
});
export type Facets = z.infer<typeof Facets>;

