// The parts of a project: its enums, questions and location, and the fields a company writes.
// `Project` (project.ts) and the write schemas (project-input.ts) are both built from these;
// they live in separate modules so a bundle that only reads projects leaves the writes out.
import * as z from 'zod/mini';
import { ANY_CASE_COUNTRY_PATTERN, COUNTRY_PATTERN } from './patterns.js';
import { Id, Slug } from './company.js';
import { Compensation } from './compensation.js';
import { Effort, IsoDuration, Schedule } from './effort.js';
import { isoDateTime } from './iso.js';
import { TimeZone } from './time-zone-schema.js';
import { CATEGORIES, MAX_REMOTE_COUNTRIES, PROJECT_STATUSES, QUESTION_KINDS } from './vocabulary.js';

export { CATEGORIES } from './vocabulary.js';

/** What kind of work a gig is. */
export const Category = z.enum(CATEGORIES);
export type Category = z.infer<typeof Category>;

/** `open` takes applications; `closed` and `filled` refuse them. */
export const ProjectStatus = z.enum(PROJECT_STATUSES);
export type ProjectStatus = z.infer<typeof ProjectStatus>;

/**
 * A custom question the company asks every applicant. `choice` questions list their options;
 * `text` answers are one line, `long-text` several.
 */
export const Question = z
  .object({
    id: Id,
    label: z.string().check(z.minLength(1), z.maxLength(300)),
    kind: z.enum(QUESTION_KINDS),
    required: z.boolean(),
    options: z.optional(z.array(z.string().check(z.minLength(1), z.maxLength(120))).check(z.maxLength(20))),
    maxLength: z.optional(z.int().check(z.minimum(1), z.maximum(4000))),
  })
  .check(
    z.refine((q) => q.kind !== 'choice' || (q.options?.length ?? 0) >= 2, {
      message: 'A choice question needs at least two options',
      path: ['options'],
    }),
  );
export type Question = z.infer<typeof Question>;

/** Where a gig is done when it is not fully remote. */
export const Location = z.object({
  city: z.optional(z.string().check(z.maxLength(120))),
  region: z.optional(z.string().check(z.maxLength(120))),
  /** ISO 3166-1 alpha-2. */
  country: z.optional(z.string().check(z.regex(COUNTRY_PATTERN, 'Must be an ISO 3166-1 alpha-2 country code'))),
});
export type Location = z.infer<typeof Location>;

/**
 * Where the applicants of a remote gig may live: ISO 3166-1 alpha-2 codes, each once, written in
 * capitals whatever case they come in (`us` is read as `US`). What search engines are told as
 * JSON-LD's `applicantLocationRequirements`.
 */
export const RemoteArea = z.object({
  countries: z
    .array(
      z.string().check(
        // ASCII letters first: `toUpperCase` turns `ß` into `SS`, which is a code (South Sudan).
        z.regex(ANY_CASE_COUNTRY_PATTERN, 'Must be an ISO 3166-1 alpha-2 country code such as US or GB'),
        z.toUpperCase(),
      ),
    )
    .check(
      z.minLength(1, 'List at least one country, or set remote to true'),
      z.maxLength(MAX_REMOTE_COUNTRIES),
      z.refine((codes) => new Set(codes).size === codes.length, 'Each country may be listed only once'),
    ),
});
export type RemoteArea = z.infer<typeof RemoteArea>;

/**
 * `true` for a remote gig open to applicants anywhere, `{ countries }` for a remote gig open to
 * applicants who live in those countries, `false` for work on site (see `location`).
 */
export const Remote = z.union([z.boolean(), RemoteArea], 'Must be true, false or { "countries": ["US", …] }');
export type Remote = z.infer<typeof Remote>;

export const dateTime = isoDateTime();
const skill = z.string().check(z.minLength(1), z.maxLength(40));

/** The fields a company writes; the server adds id, company, postedAt and status. */
export const projectFields = {
  slug: Slug,
  title: z.string().check(z.minLength(1), z.maxLength(120)),
  summary: z.string().check(z.minLength(1), z.maxLength(300)),
  /** Plain text. Paragraphs are separated by blank lines; never HTML. */
  description: z.string().check(z.maxLength(10_000)),
  category: Category,
  skills: z.array(skill).check(z.maxLength(20)),
  compensation: Compensation,
  effort: Effort,
  /** Time to finish after kick-off, as an ISO 8601 duration (`P1W`, `P1M`). */
  window: IsoDuration,
  schedule: Schedule,
  remote: Remote,
  location: z.optional(Location),
  /** The team's IANA time zone, used to show overlap and fit. */
  timeZone: z.optional(TimeZone),
  /** Hours a week the team would like to overlap with the applicant in `timeZone`. */
  overlapHours: z.optional(z.number().check(z.minimum(0), z.maximum(40))),
  questions: z.array(Question).check(z.maxLength(10)),
  /** Applications close at this instant (ISO 8601 with offset). */
  applyBy: z.optional(dateTime),
  spots: z.int().check(z.minimum(1), z.maximum(1000)),
};

