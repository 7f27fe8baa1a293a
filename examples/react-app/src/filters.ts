import type { Category, ProjectSort } from '@microintern/core';
import type { ProjectFilters } from '@microintern/react';

/** What the sidebar and the sort menu control. */
export interface Filters {
  q: string;
  categories: Category[];
  weekendOnly: boolean;
  /** Pay floor in cents per hour; 0 for any pay. */
  minRate: number;
  sort: ProjectSort;
}

export const DEFAULT_FILTERS: Filters = { q: '', categories: [], weekendOnly: false, minRate: 0, sort: 'newest' };

/** How many gigs a page brings: four rows of three cards on a wide screen. */
export const PAGE_SIZE = 12;

export const CATEGORY_LABELS: Record<Category, string> = {
  'market-research': 'Market research',
  data: 'Data',
  writing: 'Writing',
  design: 'Design',
  marketing: 'Marketing',
  software: 'Software',
  other: 'Other',
};

/** The pay floors offered, in cents per hour; $20/hr is the floor micro-internship platforms aim for. */
export const PAY_FLOORS = [
  { value: 0, label: 'Any pay' },
  { value: 1500, label: '$15/hr or more' },
  { value: 2000, label: '$20/hr or more' },
  { value: 2500, label: '$25/hr or more' },
] as const;

export const SORTS: ReadonlyArray<{ value: ProjectSort; label: string }> = [
  { value: 'newest', label: 'Newest' },
  { value: 'pay', label: 'Best paid' },
  { value: 'shortest', label: 'Shortest' },
  { value: 'deadline', label: 'Closing soon' },
];

/** How many filters differ from the defaults (the search text counts as one). */
export function activeFilterCount(filters: Filters): number {
  return (filters.q.trim() ? 1 : 0) + filters.categories.length + (filters.weekendOnly ? 1 : 0) + (filters.minRate ? 1 : 0);
}

/** The query `useProjects` sends: empty choices are left out, so they do not filter. */
export function toQuery(filters: Filters): ProjectFilters {
  const q = filters.q.trim();
  return {
    ...(q ? { q } : {}),
    ...(filters.categories.length ? { category: filters.categories } : {}),
    ...(filters.weekendOnly ? { schedule: ['weekend' as const] } : {}),
    ...(filters.minRate ? { minRate: filters.minRate } : {}),
    sort: filters.sort,
    limit: PAGE_SIZE,
  };
}
