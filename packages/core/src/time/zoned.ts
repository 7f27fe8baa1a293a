// Wall-clock time in an IANA time zone ↔ real instants, with Intl as the only time-zone database.
//
// An offset is read by formatting an instant in the zone (`formatToParts`, 24-hour clock) and
// comparing the wall-clock reading with UTC. Turning a wall-clock time back into an instant
// looks at the offsets a day before and a day after it, the way Temporal does: right for every
// daylight-saving change and one-off offset change, as long as no two changes come within about
// two days of each other (none do in the tz database's modern rules).
//
// THE RULE for wall-clock times that daylight saving makes odd (Temporal's "compatible"):
// - A time that does not exist (the spring-forward gap) moves forward by the length of the gap:
//   02:30 on 2026-03-08 in New York is read as 03:30 EDT (07:30Z).
// - A time that happens twice (the fall-back overlap) is its EARLIER occurrence: 01:30 on
//   2026-11-01 in New York is 01:30 EDT (05:30Z), not 01:30 EST.
// A span of wall-clock time therefore lasts its real elapsed time: 01:00–04:00 on the
// spring-forward day is 2 hours, on the fall-back day 4 hours.

import * as z from 'zod/mini';
import { parseOrThrow } from '../models/parse.js';
import { daysFromCivil, daysInMonth, localMs, MS_PER_DAY, weekdayOfDays, civilFromDays } from './civil.js';
import { MiInputError } from '../errors/mi-input-error.js';
import { MAX_INSTANT, MIN_INSTANT, requireInstant, requireTimeZone } from './inputs.js';

/** A wall-clock reading: `month` 1–12, `hour` 0–23. `second` defaults to 0. */
export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second?: number;
}

/** What a clock in a zone shows at an instant, with the day of the week and the UTC offset. */
export interface ZonedParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** 0 = Sunday … 6 = Saturday, as in `AvailabilityBlock.day`. */
  weekday: number;
  /** Minutes ahead of UTC (New York in winter is -300). Historical local mean times may be fractional. */
  offsetMinutes: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

// One formatter per zone: building an Intl.DateTimeFormat costs far more than using one.
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, format);
  }
  return format;
}

/** Local epoch milliseconds (the wall clock read as if it were UTC) at whole second `epochMs`. */
function wallMsAt(timeZone: string, epochMs: number): number {
  let year = 0;
  let month = 0;
  let day = 0;
  let hour = 0;
  let minute = 0;
  let second = 0;
  for (const { type, value } of formatterFor(timeZone).formatToParts(epochMs)) {
    if (type === 'year') year = Number(value);
    else if (type === 'month') month = Number(value);
    else if (type === 'day') day = Number(value);
    else if (type === 'hour') hour = Number(value) % 24; // some engines still print 24 for midnight
    else if (type === 'minute') minute = Number(value);
    else if (type === 'second') second = Number(value);
  }
  return localMs(daysFromCivil(year, month, day), hour * 60 + minute, second);
}

/** The zone's UTC offset in milliseconds at an instant. Internal. */
export function offsetMsAt(timeZone: string, epochMs: number): number {
  const whole = Math.floor(epochMs / 1000) * 1000;
  return wallMsAt(timeZone, whole) - whole;
}

/**
 * The instant of a local epoch millisecond value under THE RULE above. Internal; arguments are
 * trusted (a validated zone, a finite number).
 */
export function localToUtcMs(local: number, timeZone: string): number {
  const before = offsetMsAt(timeZone, local - MS_PER_DAY);
  const after = offsetMsAt(timeZone, local + MS_PER_DAY);
  let best: number | undefined;
  for (const offset of before === after ? [before] : [before, after]) {
    const instant = local - offset;
    if (offsetMsAt(timeZone, instant) === offset && (best === undefined || instant < best)) best = instant;
  }
  // Neither offset reproduces the wall clock: a gap. Reading the time with the offset from
  // before the change lands it the gap's length later, on the far side of the gap.
  return best ?? local - before;
}

/** Zoned parts at a trusted instant. Internal. */
export function zonedPartsAt(epochMs: number, timeZone: string): ZonedParts {
  const offset = offsetMsAt(timeZone, epochMs);
  const wall = Math.floor(epochMs / 1000) * 1000 + offset;
  const days = Math.floor(wall / MS_PER_DAY);
  const secondsOfDay = Math.round((wall - days * MS_PER_DAY) / 1000);
  return {
    ...civilFromDays(days),
    hour: Math.floor(secondsOfDay / 3600),
    minute: Math.floor(secondsOfDay / 60) % 60,
    second: secondsOfDay % 60,
    weekday: weekdayOfDays(days),
    offsetMinutes: offset / 60_000,
  };
}

const whole = (min: number, max: number) => z.int().check(z.minimum(min), z.maximum(max));
const WallClockSchema = z
  .object({
    year: whole(1, 9999),
    month: whole(1, 12),
    day: whole(1, 31),
    hour: whole(0, 23),
    minute: whole(0, 59),
    second: z.optional(whole(0, 59)),
  })
  .check(
    z.refine((w) => w.day <= daysInMonth(w.year, w.month), {
      message: 'That month does not have this many days',
      path: ['day'],
    }),
  );

/**
 * The instant at which a clock in `timeZone` shows `wall`. A time skipped by a spring-forward
 * change moves forward by the gap (New York 2026-03-08 02:30 → 03:30 EDT = 07:30Z); a time
 * repeated by a fall-back change is its earlier occurrence (New York 2026-11-01 01:30 → 01:30
 * EDT = 05:30Z). Fields other than the wall clock (`weekday`, `offsetMinutes` from
 * {@link utcToZoned}) are ignored. Throws {@link MiInputError} for an unknown zone or an
 * impossible date.
 *
 * @example
 * ```ts
 * zonedToUtc({ year: 2026, month: 7, day: 4, hour: 9, minute: 0 }, 'America/New_York');
 * // 2026-07-04T13:00:00.000Z
 * ```
 */
export function zonedToUtc(wall: WallClock, timeZone: string): Date {
  const w = parseOrThrow(WallClockSchema, wall, 'Invalid wall-clock time');
  const zone = requireTimeZone(timeZone);
  const instant = localToUtcMs(localMs(daysFromCivil(w.year, w.month, w.day), w.hour * 60 + w.minute, w.second ?? 0), zone);
  if (instant < MIN_INSTANT || instant > MAX_INSTANT) {
    throw new MiInputError('Wall-clock time is outside the years 1–9999', [{ path: 'year', message: 'Must be between 1 and 9999' }]);
  }
  return new Date(instant);
}

/**
 * What a clock in `timeZone` shows at `date` (milliseconds dropped), with the weekday and UTC
 * offset. Inside a fall-back overlap both instants show the same time; `offsetMinutes` tells
 * them apart. Throws {@link MiInputError} for an invalid Date or an unknown zone.
 *
 * @example
 * ```ts
 * utcToZoned(new Date('2026-03-08T07:30:00Z'), 'America/New_York');
 * // { year: 2026, month: 3, day: 8, hour: 3, minute: 30, second: 0, weekday: 0, offsetMinutes: -240 }
 * ```
 */
export function utcToZoned(date: Date, timeZone: string): ZonedParts {
  const instant = requireInstant(date, 'date');
  return zonedPartsAt(instant, requireTimeZone(timeZone));
}
