// Adding an ISO 8601 duration the way a calendar does, in a given time zone.
//
// Years, months, weeks and days move the wall-clock date (09:00 stays 09:00 across a
// daylight-saving change, Jan 31 + 1 month is Feb 28/29); hours, minutes and seconds are
// exact elapsed time added afterwards. This is Temporal's ZonedDateTime.add, so the results
// will agree once Temporal ships everywhere.

import { MiInputError } from '../errors/mi-input-error.js';
import { daysFromCivil, daysInMonth, localMs } from './civil.js';
import { readDuration } from './duration.js';
import { MAX_INSTANT, MIN_INSTANT, requireInstant, requireTimeZone } from './inputs.js';
import { localToUtcMs, zonedPartsAt } from './zoned.js';

function outOfRange(): never {
  const message = 'The result is outside the years 1–9999';
  throw new MiInputError(`duration: ${message}`, [{ path: 'duration', message }]);
}

/**
 * `instant` plus an ISO 8601 duration, with calendar units applied to the wall clock in
 * `timeZone`. Months and years clamp to the end of a shorter month; a wall-clock result that
 * falls in a spring-forward gap moves forward by the gap, one in a fall-back overlap takes the
 * earlier occurrence (see `zonedToUtc`). Throws {@link MiInputError} for an invalid Date,
 * duration or zone, or a result past the year 9999.
 *
 * @example
 * ```ts
 * addDuration(new Date('2026-01-31T15:00:00Z'), 'P1M', 'America/New_York');
 * // 2026-02-28T15:00:00.000Z (10:00 in New York on both days)
 * addDuration(new Date('2026-03-07T14:00:00Z'), 'P1D', 'America/New_York');
 * // 2026-03-08T13:00:00.000Z (09:00 EST → 09:00 EDT: 23 hours later)
 * ```
 */
export function addDuration(instant: Date, iso: string, timeZone: string): Date {
  const start = requireInstant(instant, 'instant');
  const d = readDuration(iso, 'duration');
  const zone = requireTimeZone(timeZone);

  let result = start;
  if (d.years || d.months || d.weeks || d.days) {
    const wall = zonedPartsAt(start, zone);
    // Years and months first, clamped once (Temporal's order), then weeks and days.
    const monthIndex = wall.year * 12 + (wall.month - 1) + d.years * 12 + d.months;
    const year = Math.floor(monthIndex / 12);
    if (year > 9999) outOfRange();
    const month = (monthIndex % 12) + 1;
    const day = Math.min(wall.day, daysInMonth(year, month));
    const days = daysFromCivil(year, month, day) + d.weeks * 7 + d.days;
    const subSecond = start - Math.floor(start / 1000) * 1000;
    const local = localMs(days, wall.hour * 60 + wall.minute, wall.second, subSecond);
    if (!(local >= MIN_INSTANT && local <= MAX_INSTANT)) outOfRange();
    result = localToUtcMs(local, zone);
  }
  // With no date units the instant is never round-tripped through the wall clock, so a time in
  // the second occurrence of a fall-back hour stays where it is.
  result += d.hours * 3_600_000 + d.minutes * 60_000 + d.seconds * 1000;
  if (!(result >= MIN_INSTANT && result <= MAX_INSTANT)) outOfRange();
  return new Date(result);
}
