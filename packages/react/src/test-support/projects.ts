import type { Page, Project } from '@microintern/core';

const DAY = 86_400_000;

/**
 * A valid project for the tests, the `n`th: hourly pay, weekend schedule, a deadline weeks
 * ahead of the real clock (so it is open), no custom questions.
 */
export function makeProject(n: number, overrides: Partial<Project> = {}): Project {
  return {
    id: `p_${n}`,
    slug: `gig-${n}`,
    title: `Clean a survey data set #${n}`,
    summary: 'A short, paid, remote project you can finish on a weekend.',
    description: 'Tidy the answers of a customer survey.\n\nDeliver a clean CSV and a short note.',
    category: 'data',
    skills: ['spreadsheets', 'data cleaning'],
    compensation: { kind: 'hourly', min: { amount: 1800, currency: 'USD' }, max: { amount: 2200, currency: 'USD' } },
    effort: { min: 6, max: 10 },
    window: 'P2W',
    schedule: 'weekend',
    remote: true,
    questions: [],
    applyBy: new Date(Date.now() + 21 * DAY).toISOString(),
    spots: 1,
    company: { id: 'c_forkful', name: 'Forkful', slug: 'forkful' },
    postedAt: new Date(Date.now() - 2 * DAY).toISOString(),
    status: 'open',
    ...overrides,
  };
}

/** `count` projects numbered from `from`. */
export function makeProjects(count: number, from = 0): Project[] {
  return Array.from({ length: count }, (_, i) => makeProject(from + i));
}

/** A page of `items`, with a cursor when another page follows. */
export function pageOf(items: Project[], nextCursor: string | null = null, extra: Partial<Page<Project>> = {}): Page<Project> {
  return { items, nextCursor, total: extra.total ?? items.length, skipped: [], ...extra };
}
