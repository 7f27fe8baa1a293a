// An applicant's weekly availability as the company reads it: moved into the company's time
// zone, then laid out as an hour-by-hour grid of the week. Pure functions; the template that
// draws the grid is week-grid-template.ts.
import { expandAvailability, minutesOf, utcToZoned, type Availability, type AvailabilityBlock } from '@microintern/core';

const MINUTE = 60_000;
const DAY = 1440 * MINUTE;
const WEEK = 7 * DAY;

/** A span of one weekday in minutes since midnight, `end` up to 1440. */
export interface DaySpan {
  day: number;
  start: number;
  end: number;
}

/**
 * The weekly pattern of `availability` (its dated exceptions left out) as wall-clock blocks in
 * `zone`, read in the week that starts at `at`: offsets are those of that week, so the answer
 * is right across a daylight-saving change as long as the grid says which week it is for.
 * A block that crosses midnight in `zone` becomes two, one on each day. Sorted by day, then
 * start; touching blocks are merged.
 *
 * @example
 * ```ts
 * weekInZone({ timeZone: 'Europe/Madrid', blocks: [{ day: 6, start: '09:00', end: '13:00' }] }, 'America/New_York', new Date('2026-06-01T00:00:00Z'));
 * // [{ day: 6, start: '03:00', end: '07:00' }]
 * ```
 */
export function weekInZone(availability: Availability, zone: string, at: Date): AvailabilityBlock[] {
  const spans: DaySpan[] = [];
  if (zone === availability.timeZone) {
    for (const b of availability.blocks) spans.push({ day: b.day, start: minutesOf(b.start), end: minutesOf(b.end) });
  } else {
    const weekly = { timeZone: availability.timeZone, blocks: availability.blocks };
    for (const interval of expandAvailability(weekly, at, new Date(at.getTime() + WEEK))) {
      spans.push(...splitByDay(wallMs(interval.start.getTime(), zone), wallMs(interval.end.getTime(), zone)));
    }
  }
  return mergeSpans(spans).map(({ day, start, end }) => ({ day, start: clockText(start), end: clockText(end) }));
}

/** The wall clock in `zone` at `instant`, read as if it were UTC, in milliseconds. */
function wallMs(instant: number, zone: string): number {
  return instant + Math.round(utcToZoned(new Date(instant), zone).offsetMinutes) * MINUTE;
}

function splitByDay(from: number, to: number): DaySpan[] {
  const out: DaySpan[] = [];
  for (let start = from; start < to; ) {
    const dayNumber = Math.floor(start / DAY);
    const end = Math.min(to, (dayNumber + 1) * DAY);
    // 1970-01-01 was a Thursday (weekday 4).
    out.push({ day: (((dayNumber + 4) % 7) + 7) % 7, start: Math.round((start - dayNumber * DAY) / MINUTE), end: Math.round((end - dayNumber * DAY) / MINUTE) });
    start = end;
  }
  return out;
}

function mergeSpans(spans: readonly DaySpan[]): DaySpan[] {
  const sorted = spans.filter((s) => s.end > s.start).sort((a, b) => a.day - b.day || a.start - b.start);
  const out: DaySpan[] = [];
  for (const span of sorted) {
    const last = out.at(-1);
    if (last && last.day === span.day && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else out.push({ ...span });
  }
  return out;
}

/** How much of one hour of one day is free. */
export interface HourCell {
  day: number;
  hour: number;
  cover: 'all' | 'part' | 'none';
  /** The free parts of the hour, in minutes since midnight. */
  spans: { start: number; end: number }[];
}

/**
 * The hours a grid shows: those the blocks span, an hour more on each side, at least
 * `minHours` rows (widened evenly, kept within the day). Without blocks, 08:00 to 22:00.
 *
 * @example
 * ```ts
 * gridHours([{ day: 6, start: '09:30', end: '12:00' }]); // { startHour: 7, endHour: 13 }
 * ```
 */
export function gridHours(blocks: readonly AvailabilityBlock[], minHours = 6): { startHour: number; endHour: number } {
  if (!blocks.length) return { startHour: 8, endHour: 22 };
  let startHour = Math.max(0, Math.floor(Math.min(...blocks.map((b) => minutesOf(b.start))) / 60) - 1);
  let endHour = Math.min(24, Math.ceil(Math.max(...blocks.map((b) => minutesOf(b.end))) / 60) + 1);
  while (endHour - startHour < minHours) {
    if (startHour > 0) startHour--;
    if (endHour - startHour < minHours && endHour < 24) endHour++;
  }
  return { startHour, endHour };
}

/**
 * The grid of a week: one row per hour from `startHour` to `endHour`, one cell per day of
 * `days` (weekday numbers in the order the columns go), each saying whether the blocks cover
 * the whole hour, part of it (and which part) or none.
 *
 * @example
 * ```ts
 * const rows = hourGrid([{ day: 6, start: '09:30', end: '11:00' }], [0, 1, 2, 3, 4, 5, 6], 9, 11);
 * rows[0][6].cover; // 'part' (09:30–10:00)
 * rows[1][6].cover; // 'all'
 * ```
 */
export function hourGrid(blocks: readonly AvailabilityBlock[], days: readonly number[], startHour: number, endHour: number): HourCell[][] {
  const rows: HourCell[][] = [];
  for (let hour = startHour; hour < endHour; hour++) {
    const from = hour * 60;
    const to = from + 60;
    rows.push(days.map((day) => {
      const spans = blocks
        .filter((b) => b.day === day)
        .map((b) => ({ start: Math.max(from, minutesOf(b.start)), end: Math.min(to, minutesOf(b.end)) }))
        .filter((s) => s.end > s.start);
      const free = spans.reduce((sum, s) => sum + s.end - s.start, 0);
      return { day, hour, cover: free >= 60 ? 'all' : free > 0 ? 'part' : 'none', spans };
    }));
  }
  return rows;
}

/**
 * The order of the grid's columns: Sunday first for English (as US calendars), Monday first for
 * Spanish.
 *
 * @example
 * ```ts
 * weekOrder('es'); // [1, 2, 3, 4, 5, 6, 0]
 * ```
 */
export function weekOrder(lang: 'en' | 'es'): number[] {
  return lang === 'es' ? [1, 2, 3, 4, 5, 6, 0] : [0, 1, 2, 3, 4, 5, 6];
}

/**
 * Minutes since midnight as `HH:MM`, 1440 as `24:00`.
 *
 * @example
 * ```ts
 * clockText(570); // '09:30'
 * ```
 */
export function clockText(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}
