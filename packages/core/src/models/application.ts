import * as z from 'zod/mini';
import { ApplicationStatus, TimelineEntry } from './application-status.js';
import { Availability } from './availability.js';
import { Id } from './company.js';
import { isoDateTime } from './iso.js';
import { STATUS_TOKEN_PATTERN } from './patterns.js';
import { SafeUrl } from './safe-url-schema.js';

/** Limits on applicant-written fields, shared by the form's counters and the schemas. */
export const APPLICATION_LIMITS = {
  name: 100,
  email: 254,
  school: 120,
  coverNote: 2000,
  answer: 4000,
} as const;

const text = (max: number) => z.string().check(z.maxLength(max));
const required = (max: number, label: string) =>
  z.string().check(z.trim(), z.minLength(1, `${label} is required`), z.maxLength(max, `${label} must be at most ${max} characters`));

/** Who is applying. */
export const Applicant = z.strictObject({
  name: required(APPLICATION_LIMITS.name, 'Name'),
  email: z.string().check(z.trim(), z.maxLength(APPLICATION_LIMITS.email), z.email('Must be an email address')),
  /** Portfolio, GitHub or resume link: http(s) only. */
  portfolioUrl: z.optional(SafeUrl),
  school: z.optional(text(APPLICATION_LIMITS.school)),
  graduationYear: z.optional(z.int().check(z.minimum(1950), z.maximum(2100))),
});
export type Applicant = z.infer<typeof Applicant>;

/**
 * An application as the applicant sends it. Unknown fields are refused. `website` is a
 * honeypot: the form hides it from people, and a request that fills it is answered like any
 * other but never stored.
 *
 * @example
 * ```ts
 * const input: ApplicationInput = {
 *   projectId: 'p_123',
 *   applicant: { name: 'Ada Lovelace', email: 'ada@example.edu' },
 *   coverNote: 'I clean data sets for fun.',
 *   answers: {},
 *   consent: true,
 * };
 * ```
 */
export const ApplicationInput = z.strictObject({
  projectId: Id,
  applicant: Applicant,
  coverNote: z.optional(z.string().check(z.maxLength(APPLICATION_LIMITS.coverNote, `Cover note must be at most ${APPLICATION_LIMITS.coverNote} characters`))),
  /** Answers to the project's questions, by question id. */
  answers: z.record(Id, text(APPLICATION_LIMITS.answer)),
  availability: z.optional(Availability),
  /** The applicant agrees that the company may contact them about this gig. */
  consent: z.literal(true, 'Consent is required to apply'),
  website: z.optional(text(200)),
});
export type ApplicationInput = z.infer<typeof ApplicationInput>;

/**
 * What the applicant gets back after submitting. `statusToken` is the secret of the
 * applicant's private status link: sent once, here, and stored by the API only as a hash.
 */
export const ApplicationReceipt = z.object({
  id: Id,
  projectId: Id,
  status: ApplicationStatus,
  submittedAt: isoDateTime(),
  statusToken: z.optional(z.string().check(z.regex(STATUS_TOKEN_PATTERN, 'Must be a status token'))),
});
export type ApplicationReceipt = z.infer<typeof ApplicationReceipt>;

/** A stored application as the company reads it (secret key). */
export const Application = z.object({
  id: Id,
  projectId: Id,
  status: ApplicationStatus,
  submittedAt: isoDateTime(),
  applicant: z.object(Applicant.shape),
  coverNote: z.optional(z.string()),
  answers: z.record(z.string(), z.string()),
  availability: z.optional(Availability),
  /** Every status the application has had, oldest first (servers before status changes leave it out). */
  timeline: z.optional(z.array(TimelineEntry)),
});
export type Application = z.infer<typeof Application>;
