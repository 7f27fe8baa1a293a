// Test data for the apply form, the availability picker and the apply dialog: a weekend gig
// with one question of every kind, valid against the core Project schema.
import type { Availability, Project } from '@microintern/core';

/** A weekend gig in New York asking one question of each kind. */
export function weekendGig(overrides: Partial<Project> = {}): Project {
  return {
    id: 'p_fixture_weekend',
    slug: 'weekend-survey-cleanup',
    title: 'Clean up our customer survey data',
    summary: 'Merge three survey exports, fix duplicates and make one tidy sheet.',
    description: 'Three exports, one sheet.',
    category: 'data',
    skills: ['spreadsheets', 'data cleaning'],
    compensation: { kind: 'hourly', min: { amount: 2000, currency: 'USD' }, max: { amount: 2500, currency: 'USD' } },
    effort: { min: 12, max: 16 },
    window: 'P1M',
    schedule: 'weekend',
    remote: true,
    timeZone: 'America/New_York',
    questions: [
      { id: 'tool', label: 'Which spreadsheet tool will you use?', kind: 'choice', required: true, options: ['Google Sheets', 'Excel', 'Numbers'] },
      { id: 'sample', label: 'Link to a past analysis', kind: 'url', required: false },
      { id: 'why', label: 'What makes a data set tidy?', kind: 'long-text', required: true, maxLength: 500 },
      { id: 'handle', label: 'Your Slack handle', kind: 'text', required: false, maxLength: 40 },
      { id: 'weekends', label: 'Can you work both weekend days?', kind: 'yes-no', required: false },
    ],
    spots: 1,
    company: { id: 'c_fixture', name: 'Forkful', slug: 'forkful', website: 'https://forkful.example' },
    postedAt: '2026-11-20T12:00:00Z',
    status: 'open',
    ...overrides,
  };
}

/** Sunday and Saturday mornings in `timeZone`, in the order the picker gives blocks (by day). */
export function weekendMornings(timeZone: string): Availability {
  return { timeZone, blocks: [{ day: 0, start: '09:00', end: '12:00' }, { day: 6, start: '09:00', end: '12:00' }] };
}
