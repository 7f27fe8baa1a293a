import type { Category, Location, Question, Remote, Schedule } from '@microintern/core';

/** Pay as written in the seed files, in whole US dollars. */
export type SeedPay = { hourly: number; upTo?: number } | { fixed: number };

/** One seeded gig, in the compact form the seed files use; `buildSeedProjects` expands it. */
export interface GigSeed {
  slug: string;
  title: string;
  summary: string;
  /** Plain text; paragraphs separated by a blank line. */
  description: string;
  category: Category;
  skills: string[];
  pay: SeedPay;
  /** Estimated hours, `[min, max]`. */
  hours: [number, number];
  /** ISO 8601 duration to finish after kick-off. */
  window: string;
  schedule: Schedule;
  /** Days before the seed date that the gig was posted. */
  postedDaysAgo: number;
  /** Days after the seed date that applications close; `null` for no deadline. */
  applyInDays: number | null;
  status?: 'closed' | 'filled';
  /** Defaults to true (remote, applicants anywhere); `{ countries }` names where applicants may live. */
  remote?: Remote;
  location?: Location;
  overlapHours?: number;
  questions?: Question[];
  spots?: number;
}

/** A seeded company and its gigs. */
export interface CompanySeed {
  slug: string;
  name: string;
  website: string;
  timeZone: string;
  gigs: GigSeed[];
}
