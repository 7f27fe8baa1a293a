import type { Project } from '../models/project.js';

/** A valid project for tests; `overrides` replace top-level fields. */
export function sampleProject(overrides: Partial<Project> = {}): Project {
  return {
    id: 'p_clean-data',
    slug: 'clean-a-survey-data-set',
    title: 'Clean a survey data set',
    summary: 'Tidy 2,000 survey responses in a spreadsheet and write a one-page summary.',
    description: 'We ran a customer survey.\n\nYou will remove duplicates, normalise answers and chart the results.',
    category: 'data',
    skills: ['spreadsheets', 'data cleaning'],
    compensation: { kind: 'hourly', min: { amount: 1800, currency: 'USD' }, max: { amount: 2200, currency: 'USD' } },
    effort: { min: 8, max: 12 },
    window: 'P2W',
    schedule: 'weekend',
    remote: true,
    timeZone: 'America/New_York',
    questions: [{ id: 'tools', label: 'Which spreadsheet tools do you use?', kind: 'text', required: true }],
    applyBy: '2026-12-15T23:59:00-05:00',
    spots: 2,
    company: { id: 'c_acme', name: 'Acme Analytics', slug: 'acme', website: 'https://acme.example' },
    postedAt: '2026-11-20T14:00:00Z',
    status: 'open',
    ...overrides,
  };
}
