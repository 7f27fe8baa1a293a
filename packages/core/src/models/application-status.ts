import * as z from 'zod/mini';
import { Id, Slug } from './company.js';
import { isoDateTime } from './iso.js';
import { APPLICATION_STATUSES, type ApplicationStatusName } from './status-transitions.js';

/** Limits on what a company writes to an applicant. */
export const STATUS_MESSAGE_MAX = 1000;

/** Where an application stands: `received`, then `reviewing`, then `accepted` or `declined`. */
export const ApplicationStatus = z.enum(APPLICATION_STATUSES);
export type ApplicationStatus = ApplicationStatusName;

/** One step of an application's history: the status it moved to, when, and the company's message. */
export const TimelineEntry = z.object({
  status: ApplicationStatus,
  /** Plain text the applicant reads; never HTML. */
  message: z.optional(z.string()),
  at: isoDateTime(),
});
export type TimelineEntry = z.infer<typeof TimelineEntry>;

/**
 * A status change as the company sends it (secret key). `received` is where every application
 * starts and cannot be set; which moves are allowed is {@link canChangeStatus}'s rule.
 *
 * @example
 * ```ts
 * const change: ApplicationStatusChange = { status: 'accepted', message: 'Welcome aboard! Kick-off is Saturday at 10:00.' };
 * ```
 */
export const ApplicationStatusChange = z.strictObject({
  status: z.enum(['reviewing', 'accepted', 'declined']),
  message: z.optional(
    z.string().check(
      z.trim(),
      z.maxLength(STATUS_MESSAGE_MAX, `Message must be at most ${STATUS_MESSAGE_MAX} characters`),
      z.refine((text) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(text), 'Message must be plain text without control characters'),
    ),
  ),
});
export type ApplicationStatusChange = z.infer<typeof ApplicationStatusChange>;

/**
 * What the applicant's private status link shows (`GET /v1/applications/{id}/status`): where the
 * application stands, its timeline, and the gig's title and company. Nothing else: no answers,
 * no contact details, no other applicant.
 */
export const ApplicationStatusView = z.object({
  id: Id,
  status: ApplicationStatus,
  submittedAt: isoDateTime(),
  /** Oldest first; the first entry is `received`. */
  timeline: z.array(TimelineEntry),
  project: z.object({ id: Id, title: z.string() }),
  company: z.object({ name: z.string(), slug: Slug }),
});
export type ApplicationStatusView = z.infer<typeof ApplicationStatusView>;
