// Hours in a weekly availability pattern: the numbers the picker shows while a person drags.

import { Availability, minutesOf, type AvailabilityBlock } from '../models/availability.js';
import { parseOrThrow } from '../models/parse.js';
import { mergeRanges, totalLength, type Range } from './ranges.js';

/** Each weekday's blocks as merged minute ranges, index 0 = Sunday. Internal. */
export function minutesByWeekday(blocks: readonly AvailabilityBlock[]): Range[][] {
  const days: Range[][] = [[], [], [], [], [], [], []];
  for (const b of blocks) days[b.day]!.push({ start: minutesOf(b.start), end: minutesOf(b.end) });
  return days.map(mergeRanges);
}

function hoursOn(availability: Availability, include: (day: number) => boolean): number {
  const { blocks } = parseOrThrow(Availability, availability, 'Invalid availability');
  let minutes = 0;
  minutesByWeekday(blocks).forEach((ranges, day) => {
    if (include(day)) minutes += totalLength(ranges);
  });
  return minutes / 60;
}

/**
 * Hours a week in the weekly pattern, in wall-clock time. Overlapping blocks on the same day
 * count once. Dated exceptions and daylight-saving changes are not part of a typical week and
 * are left out; use `expandAvailability` for real dates.
 *
 * @example
 * ```ts
 * weeklyHours({ timeZone: 'UTC', blocks: [
 *   { day: 6, start: '09:00', end: '13:00' },
 *   { day: 6, start: '12:00', end: '14:00' }, // overlaps the first: 09:00–14:00 is 5 hours
 *   { day: 2, start: '18:00', end: '20:00' },
 * ] }); // 7
 * ```
 */
export function weeklyHours(availability: Availability): number {
  return hoursOn(availability, () => true);
}

/**
 * Hours a week on Saturdays and Sundays in the weekly pattern, overlaps counted once.
 *
 * @example
 * ```ts
 * weekendHours({ timeZone: 'UTC', blocks: [
 *   { day: 6, start: '10:00', end: '14:00' },
 *   { day: 0, start: '10:00', end: '14:00' },
 *   { day: 3, start: '18:00', end: '20:00' },
 * ] }); // 8
 * ```
 */
export function weekendHours(availability: Availability): number {
  return hoursOn(availability, (day) => day === 0 || day === 6);
}
