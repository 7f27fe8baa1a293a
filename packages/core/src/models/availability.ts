import * as z from 'zod/mini';
import { isoDate } from './iso.js';
import { TimeZone } from './time-zone-schema.js';

const HHMM = /^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/;

/** Minutes since midnight for an `HH:MM` wall-clock time (`24:00` is 1440). */
export function minutesOf(hhmm: string): number {
  return Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
}

const wallTime = z.string().check(z.regex(HHMM, 'Must be a time HH:MM between 00:00 and 24:00'));
const span = {
  start: wallTime,
  end: wallTime,
};
const endAfterStart = () =>
  z.refine<{ start: string; end: string }>(
    (b) => !HHMM.test(b.start) || !HHMM.test(b.end) || minutesOf(b.end) > minutesOf(b.start),
    { message: 'end must be after start', path: ['end'] },
  );

/**
 * One weekly block of free time in wall-clock time: `day` 0 is Sunday … 6 is Saturday, `end`
 * after `start`, `24:00` allowed as an end.
 */
export const AvailabilityBlock = z.object({ day: z.int().check(z.minimum(0), z.maximum(6)), ...span }).check(endAfterStart());
export type AvailabilityBlock = z.infer<typeof AvailabilityBlock>;

/** A time span within one dated exception. */
export const TimeSpan = z.object(span).check(endAfterStart());
export type TimeSpan = z.infer<typeof TimeSpan>;

/**
 * A dated exception to the weekly pattern: on `date` (YYYY-MM-DD in the availability's zone)
 * the person is free during `blocks` only; an empty list means not at all.
 */
export const AvailabilityException = z.object({
  date: isoDate(),
  blocks: z.array(TimeSpan).check(z.maxLength(48)),
});
export type AvailabilityException = z.infer<typeof AvailabilityException>;

/**
 * When a person can work: a weekly pattern of wall-clock blocks in an IANA time zone, plus
 * dated exceptions.
 *
 * @example
 * ```ts
 * const weekends: Availability = {
 *   timeZone: 'Europe/London',
 *   blocks: [{ day: 6, start: '09:00', end: '17:00' }, { day: 0, start: '10:00', end: '16:00' }],
 * };
 * ```
 */
export const Availability = z.object({
  timeZone: TimeZone,
  blocks: z.array(AvailabilityBlock).check(z.maxLength(7 * 48)),
  exceptions: z.optional(z.array(AvailabilityException).check(z.maxLength(366))),
});
export type Availability = z.infer<typeof Availability>;
