import type { ProjectSort } from '../models/query.js';
import type { IndexedProject } from './feed-index.js';

type Compare = (a: IndexedProject, b: IndexedProject) => number;

// Plain code-unit comparison rather than localeCompare: the order of ids must not depend on the
// runtime's locale data, or two browsers would page through a feed differently.
const byId: Compare = (a, b) => (a.project.id < b.project.id ? -1 : a.project.id > b.project.id ? 1 : 0);

const orders: Record<ProjectSort, Compare> = {
  newest: (a, b) => b.posted - a.posted,
  // Amounts are compared as numbers whatever their currency: a feed is expected to use one
  // currency, and converting would need exchange rates the SDK does not have.
  pay: (a, b) => b.rateMax - a.rateMax || b.rateMin - a.rateMin,
  shortest: (a, b) => a.project.effort.max - b.project.effort.max,
  deadline: (a, b) => {
    if (a.deadline === b.deadline) return 0;
    if (a.deadline === undefined) return 1;
    if (b.deadline === undefined) return -1;
    return a.deadline - b.deadline;
  },
};

/**
 * Sorts `entries` in place by `sort`, breaking ties by id so that every page of a walk sees the
 * same total order and no project is shown twice or skipped.
 *
 * - `newest`: `postedAt`, latest first
 * - `pay`: best effective hourly rate, highest first, then the worst rate, highest first
 * - `shortest`: largest effort estimate, smallest first
 * - `deadline`: `applyBy`, soonest first; gigs without a deadline last
 *
 * @example
 * ```ts
 * sortProjects(matched, 'pay');
 * ```
 */
export function sortProjects(entries: IndexedProject[], sort: ProjectSort): IndexedProject[] {
  const order = orders[sort];
  return entries.sort((a, b) => order(a, b) || byId(a, b));
}
