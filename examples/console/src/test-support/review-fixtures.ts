// Valid gigs and applications for the review views' unit tests.
import type { Application, Project } from '@microintern/core';

/** A valid open gig; `overrides` replace top-level fields. */
export function sampleGig(overrides: Partial<Project> = {}): Project {
  return {
    id: 'p_survey',
    slug: 'clean-a-survey-data-set',
    title: 'Clean a survey data set',
    summary: 'Tidy 2,000 survey responses and write a one-page summary.',
    description: 'We ran a customer survey.',
    category: 'data',
    skills: ['spreadsheets'],
    compensation: { kind: 'hourly', min: { amount: 1800, currency: 'USD' } },
    effort: { min: 8, max: 12 },
    window: 'P2W',
    schedule: 'weekend',
    remote: true,
    timeZone: 'America/New_York',
    questions: [
      { id: 'tools', label: 'Which spreadsheet tools do you use?', kind: 'text', required: true },
      { id: 'weekend', label: 'Can you work on Saturdays?', kind: 'yes-no', required: false },
    ],
    applyBy: '2026-12-15T23:59:00-05:00',
    spots: 2,
    company: { id: 'c_forkful', name: 'Forkful', slug: 'forkful' },
    postedAt: '2026-11-20T14:00:00Z',
    status: 'open',
    ...overrides,
  };
}

/** A valid application to {@link sampleGig}; `overrides` replace top-level fields. */
export function sampleApplication(overrides: Partial<Application> = {}): Application {
  return {
    id: 'app_ada',
    projectId: 'p_survey',
    status: 'received',
    submittedAt: '2026-11-22T10:00:00Z',
    applicant: { name: 'Ada Lovelace', email: 'ada@example.edu', school: 'University of London', graduationYear: 2027 },
    coverNote: 'I clean data sets for fun.',
    answers: { tools: 'Sheets and pandas' },
    availability: { timeZone: 'Europe/London', blocks: [{ day: 6, start: '09:00', end: '17:00' }] },
    timeline: [{ status: 'received', at: '2026-11-22T10:00:00Z' }],
    ...overrides,
  };
}
