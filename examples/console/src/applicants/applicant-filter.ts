// The applicants list's filters: a status and a search over name, email and school that ignores
// case and accents ("jose" finds "José"), so a company finds a student however it types.
import { APPLICATION_STATUSES, type Application, type ApplicationStatusName } from '@microintern/core';

/** A status to show, or every one. */
export type StatusFilter = 'all' | ApplicationStatusName;

/** The filter choices in the order they are offered. */
export const STATUS_FILTERS: readonly StatusFilter[] = ['all', ...APPLICATION_STATUSES];

/** What the list is narrowed to. */
export interface ApplicantFilter {
  status: StatusFilter;
  /** Words that must all appear in the name, email or school. */
  query: string;
}

/**
 * Text folded for matching: accents removed (NFD, then the combining marks dropped),
 * lower-cased, runs of white space made one space.
 *
 * @example
 * ```ts
 * foldText('  José  Müller '); // 'jose muller'
 * ```
 */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('und').replace(/\s+/g, ' ').trim();
}

/**
 * Whether `application` matches every word of `query` in its applicant's name, email or
 * school. An empty query matches everything.
 *
 * @example
 * ```ts
 * matchesQuery(application, 'lovelace london'); // name and school
 * ```
 */
export function matchesQuery(application: Application, query: string): boolean {
  const words = foldText(query).split(' ').filter(Boolean);
  if (!words.length) return true;
  const { name, email, school } = application.applicant;
  const haystack = foldText([name, email, school ?? ''].join(' '));
  return words.every((word) => haystack.includes(word));
}

/**
 * The applications `filter` lets through, in their order.
 *
 * @example
 * ```ts
 * filterApplications(all, { status: 'received', query: 'ada' });
 * ```
 */
export function filterApplications(applications: readonly Application[], filter: ApplicantFilter): Application[] {
  return applications.filter((a) => (filter.status === 'all' || a.status === filter.status) && matchesQuery(a, filter.query));
}

/**
 * How many applications each filter choice would show, counting only those that match `query`,
 * so the numbers next to the choices agree with what choosing one shows.
 *
 * @example
 * ```ts
 * statusCounts(all, ''); // { all: 12, received: 7, reviewing: 3, accepted: 1, declined: 1 }
 * ```
 */
export function statusCounts(applications: readonly Application[], query: string): Record<StatusFilter, number> {
  const counts = Object.fromEntries(STATUS_FILTERS.map((s) => [s, 0])) as Record<StatusFilter, number>;
  for (const application of applications) {
    if (!matchesQuery(application, query)) continue;
    counts.all++;
    counts[application.status]++;
  }
  return counts;
}
