import type { Category, ProjectSort, ProjectStatus, Schedule } from '@microintern/core';

/**
 * Every string the widgets show, in one language. Entries that need numbers take them already
 * formatted by `Intl` in the element's locale, plus the raw count where the grammar depends on it.
 */
export interface Messages {
  searchLabel: string;
  searchPlaceholder: string;
  filters: string;
  category: string;
  categories: Record<Category, string>;
  skills: string;
  skillsHint: string;
  payFloor: string;
  anyPay: string;
  /** `rate` is a formatted hourly amount such as "$20". */
  rateOrMore: (rate: string) => string;
  maxHours: string;
  anyLength: string;
  upToHours: (hours: string, count: number) => string;
  weekendOnly: string;
  clearFilters: string;
  sort: string;
  sorts: Record<ProjectSort, string>;
  /** `n` formatted, `count` raw. */
  results: (n: string, count: number) => string;
  loading: string;
  emptyTitle: string;
  emptyBody: string;
  errorTitle: string;
  retry: string;
  loadMore: string;
  loadingMore: string;
  loadMoreFailed: string;
  pay: string;
  effort: string;
  window: string;
  schedules: Record<Schedule, string>;
  statuses: Record<ProjectStatus, string>;
  apply: string;
  applyTo: (title: string) => string;
  applicationsClosed: string;
  positionFilled: string;
  /** `when` comes from `Intl.RelativeTimeFormat`, such as "in 3 days". */
  closesIn: (when: string) => string;
  closed: string;
  payExplanation: string;
  remote: string;
  spots: (n: string, count: number) => string;
  projectNotFound: string;
}
