// Writing durations back as ISO 8601. Apart from parsing (duration.ts) because it validates its
// input with a zod schema: a card that only reads a gig's window must not load zod for it.
import * as z from 'zod/mini';
import { parseOrThrow } from '../models/parse.js';
import { DATE_DESIGNATORS, TIME_DESIGNATORS, type DurationParts } from './duration.js';

const part = z.optional(z.int().check(z.minimum(0, 'Must be a whole number ≥ 0')));
const Parts = z.strictObject({
  years: part,
  months: part,
  weeks: part,
  days: part,
  hours: part,
  minutes: part,
  seconds: part,
});

/**
 * Writes duration parts as a canonical ISO 8601 duration: units in order, zero units left out,
 * `PT0S` for a zero duration. `parseDuration(formatDuration(p))` gives back `p` (with missing
 * units as 0). Units are not converted into one another: 14 days stays `P14D`.
 *
 * @example
 * ```ts
 * formatDuration({ weeks: 2 });            // 'P2W'
 * formatDuration({ days: 1, hours: 12 });  // 'P1DT12H'
 * ```
 */
export function formatDuration(parts: Partial<DurationParts>): string {
  const p = parseOrThrow(Parts, parts, 'Invalid duration parts');
  let date = '';
  let time = '';
  for (const [unit, designator] of Object.entries(DATE_DESIGNATORS) as [keyof DurationParts, string][]) {
    if (p[unit]) date += `${p[unit]}${designator}`;
  }
  for (const [unit, designator] of Object.entries(TIME_DESIGNATORS) as [keyof DurationParts, string][]) {
    if (p[unit]) time += `${p[unit]}${designator}`;
  }
  if (!date && !time) return 'PT0S';
  return `P${date}${time ? `T${time}` : ''}`;
}
