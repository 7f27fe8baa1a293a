import * as z from 'zod/mini';
import { DURATION_PATTERN } from './patterns.js';
import { SCHEDULES } from './vocabulary.js';

/**
 * Estimated working hours for the whole gig, `{ min, max }` with `max >= min`.
 *
 * @example
 * ```ts
 * const effort: Effort = { min: 4, max: 6 };
 * ```
 */
export const Effort = z
  .object({
    min: z.number().check(z.gt(0), z.lte(2000)),
    max: z.number().check(z.gt(0), z.lte(2000)),
  })
  .check(z.refine((e) => e.max >= e.min, { message: 'max must not be below min', path: ['max'] }));
export type Effort = z.infer<typeof Effort>;

/** An ISO 8601 duration made of years, months, weeks, days and time parts: `P2W`, `P1M`, `P2DT12H`. */
export const IsoDuration = z.string().check(
  z.maxLength(40),
  z.regex(DURATION_PATTERN, 'Must be an ISO 8601 duration such as P2W or P1M'),
);

/** When a gig is done: on weekends, on weekday evenings, or whenever suits. */
export const Schedule = z.enum(SCHEDULES);
export type Schedule = z.infer<typeof Schedule>;
