// A weekly availability pattern turned into real instants between two dates.
//
// Blocks are wall-clock times in the availability's zone, so 09:00–12:00 on Saturdays is 09:00
// local on both sides of a daylight-saving change (14:00Z before New York springs forward,
// 13:00Z after). Edges that fall in a gap or an overlap follow the rule in `zoned.ts`: a
// missing time moves forward by the gap, a repeated time is its earlier occurrence. So a block
// crossing a gap shrinks to its real length (01:00–04:00 is 2 hours on the spring-forward
// day), one crossing an overlap grows (4 hours on the fall-back day), and a block wholly inside
// a gap moves past it (02:15–02:45 becomes 03:15–03:45 EDT).

import { MiInputError } from '../errors/mi-input-error.js';
import { Availability, minutesOf } from '../models/availability.js';
import { parseOrThrow } from '../models/parse.js';
import { daysOfIsoDate, localMs, MS_PER_DAY, weekdayOfDays } from './civil.js';
import { requireInstant } from './inputs.js';
import { mergeRanges, type Range } from './ranges.js';
import { minutesByWeekday } from './weekly-hours.js';
import { localToUtcMs, offsetMsAt } from './zoned.js';

/** A real interval of time, `start` inclusive, `end` exclusive. */
export interface TimeInterval {
  start: Date;
  end: Date;
}

/**
 * The longest range {@link expandAvailability} and `fit` will expand, in days: a year and a
 * month, more than any micro-internship window, small enough to stay fast in a browser.
 */
export const MAX_EXPANSION_DAYS = 400;

/** Part of one local date's availability as epoch milliseconds. Internal. */
export interface DayPiece extends Range {
  /** The local date, as days since 1970-01-01. */
  day: number;
  /** 0 = Sunday … 6 = Saturday. */
  weekday: number;
}

/**
 * Every block of every local date that touches [from, to), converted to instants and clipped,
 * not merged across dates (callers need to know which date a piece belongs to). Blocks of the
 * same date are merged in wall-clock minutes first. Internal; arguments are validated.
 */
export function expandPieces(availability: Availability, from: number, to: number): DayPiece[] {
  const zone = availability.timeZone;
  const weekly = minutesByWeekday(availability.blocks);
  // An exception replaces its date's weekly blocks; two exceptions for one date add up.
  const exceptions = new Map<number, Range[]>();
  for (const e of availability.exceptions ?? []) {
    const day = daysOfIsoDate(e.date);
    const spans = exceptions.get(day) ?? [];
    for (const b of e.blocks) spans.push({ start: minutesOf(b.start), end: minutesOf(b.end) });
    exceptions.set(day, spans);
  }
  for (const [day, spans] of exceptions) exceptions.set(day, mergeRanges(spans));

  // One local date of margin on each side: offsets reach ±14 h, and a block on the date
  // before `from` can end after it.
  const firstDay = Math.floor((from + offsetMsAt(zone, from)) / MS_PER_DAY) - 1;
  const lastDay = Math.floor((to + offsetMsAt(zone, to)) / MS_PER_DAY) + 1;
  const pieces: DayPiece[] = [];
  let next: { day: number; instant: number } | undefined;
  for (let day = firstDay; day <= lastDay; day++) {
    const weekday = weekdayOfDays(day);
    const spans = exceptions.get(day) ?? weekly[weekday]!;
    if (spans.length === 0) continue;
    const midnight = localMs(day, 0);
    const dayStart = next?.day === day ? next.instant : localToUtcMs(midnight, zone);
    const dayEnd = localToUtcMs(midnight + MS_PER_DAY, zone);
    next = { day: day + 1, instant: dayEnd };
    // Most days have one offset from midnight to midnight: then every edge is a subtraction.
    // A day that is not 24 hours long, or starts inside a gap, takes the careful path per edge.
    const offset = midnight - dayStart;
    const steady = dayEnd - dayStart === MS_PER_DAY && offsetMsAt(zone, dayStart) === offset;
    const toInstant = (minutes: number) =>
      steady ? midnight + minutes * 60_000 - offset : localToUtcMs(midnight + minutes * 60_000, zone);
    for (const span of spans) {
      const start = Math.max(toInstant(span.start), from);
      const end = Math.min(toInstant(span.end), to);
      if (end > start) pieces.push({ start, end, day, weekday });
    }
  }
  return pieces;
}

/** Validates the arguments shared by {@link expandAvailability} and `fit`. Internal. */
export function checkRange(from: number, to: number, fromPath: string, toPath: string): void {
  if (from > to) {
    const message = `Must not be before ${fromPath}`;
    throw new MiInputError(`${toPath}: ${message}`, [{ path: toPath, message }]);
  }
  if (to - from > MAX_EXPANSION_DAYS * MS_PER_DAY) {
    const message = `Must be at most ${MAX_EXPANSION_DAYS} days after ${fromPath}`;
    throw new MiInputError(`${toPath}: ${message}`, [{ path: toPath, message }]);
  }
}

/**
 * The real intervals of `availability` between two instants: weekly blocks on every date,
 * replaced by the dated exceptions on theirs (an exception with no blocks means unavailable
 * that day), clipped to [from, to), merged where they touch or overlap, in order. Wall-clock
 * times hold across daylight-saving changes. At most {@link MAX_EXPANSION_DAYS} days; throws
 * {@link MiInputError} for an invalid availability, invalid Dates, `from` after `to` or a
 * longer range.
 *
 * @example
 * ```ts
 * expandAvailability(
 *   { timeZone: 'America/New_York', blocks: [{ day: 6, start: '09:00', end: '12:00' }] },
 *   new Date('2026-03-01T00:00:00Z'),
 *   new Date('2026-03-15T00:00:00Z'),
 * );
 * // [{ start: 2026-03-07T14:00Z, end: 2026-03-07T17:00Z },   (EST)
 * //  { start: 2026-03-14T13:00Z, end: 2026-03-14T16:00Z }]   (EDT: still 09:00 local)
 * ```
 */
export function expandAvailability(availability: Availability, from: Date, to: Date): TimeInterval[] {
  const avail = parseOrThrow(Availability, availability, 'Invalid availability');
  const start = requireInstant(from, 'from');
  const end = requireInstant(to, 'to');
  checkRange(start, end, 'from', 'to');
  return mergeRanges(expandPieces(avail, start, end)).map((r) => ({ start: new Date(r.start), end: new Date(r.end) }));
}
