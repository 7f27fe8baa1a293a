import type { Category, Compensation, Project, Schedule } from '@microintern/core';

const CATEGORIES: Category[] = ['market-research', 'data', 'writing', 'design', 'marketing', 'software', 'other'];
const SCHEDULES: Schedule[] = ['weekend', 'evenings', 'flexible'];
const COMPANIES = [
  { id: 'c_acme', name: 'Acme Analytics', slug: 'acme', website: 'https://acme.example' },
  { id: 'c_north', name: 'Northwind Studio', slug: 'northwind', website: 'https://northwind.example' },
  { id: 'c_lumen', name: 'Lumen Health', slug: 'lumen' },
];
const TITLES = [
  'Clean a survey data set',
  'Write three blog posts about budgeting',
  'Design a social media campaign',
  'Map competitors for a coffee startup',
  'Build a landing page prototype',
  'Tag 500 support tickets',
];
const SKILLS = [['spreadsheets', 'data cleaning'], ['writing', 'seo'], ['figma', 'branding'], ['research', 'excel'], ['html', 'css', 'javascript'], ['support', 'taxonomy']];
const DAY = 86_400_000;

/**
 * A valid project for tests, the `n`th of a varied set (categories, schedules, hourly and fixed
 * pay cycle with `n`). Deadlines are weeks ahead of the real clock so nothing counts as closed.
 */
export function makeProject(n: number, overrides: Partial<Project> = {}): Project {
  const usd = (amount: number) => ({ amount, currency: 'USD' });
  const compensation: Compensation =
    n % 3 === 2 ? { kind: 'fixed', amount: usd(20000 + (n % 5) * 5000) } : { kind: 'hourly', min: usd(1500 + (n % 4) * 250), max: usd(2200 + (n % 4) * 250) };
  return {
    id: `p_${n}`,
    slug: `gig-${n}`,
    title: `${TITLES[n % TITLES.length]} #${n}`,
    summary: 'A short, paid, remote project you can finish around classes or a job.',
    description: 'You will work with a small team.\n\nDeliver a short report at the end.',
    category: CATEGORIES[n % CATEGORIES.length]!,
    skills: SKILLS[n % SKILLS.length]!,
    compensation,
    effort: { min: 4 + (n % 5) * 2, max: 8 + (n % 5) * 3 },
    window: n % 2 ? 'P2W' : 'P1M',
    schedule: SCHEDULES[n % SCHEDULES.length]!,
    remote: true,
    questions: [],
    applyBy: new Date(Date.now() + (20 + (n % 30)) * DAY).toISOString(),
    spots: 1 + (n % 3),
    company: COMPANIES[n % COMPANIES.length]!,
    postedAt: new Date(Date.now() - (n % 20) * DAY).toISOString(),
    status: 'open',
    ...overrides,
  };
}

/** `count` projects, `makeProject(0)` to `makeProject(count - 1)`. */
export function makeProjects(count: number, from = 0): Project[] {
  return Array.from({ length: count }, (_, i) => makeProject(from + i));
}
