// Does a gig fit a person's week? The heart of a weekend micro-internship board.
//
// Everything is computed from the real intervals `expandAvailability` gives for
// [start, deadline), so fit never claims an hour the expansion does not hold: hours are
// rounded DOWN to the quarter hour, and weekends are counted on the calendar of the
// availability's time zone.

import * as z from 'zod/mini';
import { Availability } from '../models/availability.js';
import { Effort, IsoDuration, Schedule } from '../models/effort.js';
import { parseOrThrow } from '../models/parse.js';
import type { Project } from '../models/project.js';
import { addDuration } from './add-duration.js';
import { daysFromCivil, MS_PER_HOUR } from './civil.js';
import { checkRange, expandPieces, type DayPiece } from './expand-availability.js';
import { fitSentence, type FitVerdict } from './fit-messages.js';
import { requireInstant, requireLocale, requireOptions } from './inputs.js';
import { mergeRanges, totalLength } from './ranges.js';
import { isWeekendDay } from './weekdays.js';
import { zonedPartsAt } from './zoned.js';

export type { FitVerdict } from './fit-messages.js';

/** The fields of a project that fit reads; a whole `Project` will do. */
export type FitProject = Pick<Project, 'effort' | 'window'> & Partial<Pick<Project, 'schedule'>>;

/** Options for {@link fit}. */
export interface FitOptions {
  /** BCP 47 locale of the sentence: English words by default, Spanish for `es`/`es-*`. */
  locale?: string;
}

/** How a gig fits an availability. */
export interface FitResult {
  /** Hours free in [start, deadline), rounded down to the quarter hour. */
  hoursAvailable: number;
  /** The top of the effort estimate: the hours to plan for. */
  hoursNeeded: number;
  /** The bottom of the effort estimate. */
  hoursNeededMin: number;
  /** `start` plus the project's window, in the availability's time zone. */
  deadline: Date;
  /** `hoursAvailable >= hoursNeeded`. */
  fits: boolean;
  /** `hoursAvailable >= hoursNeededMin`. */
  fitsMinimum: boolean;
  /**
   * Counting only Saturday and Sunday hours, the number of weekends (the first is the one
   * `start` falls in, or the next one) until they add up to `hoursNeeded`; `null` when weekend
   * hours before the deadline never do.
   */
  weekendsNeeded: number | null;
  /**
   * Counting every hour, the number of weeks from `start` (7 local days each) until they add up
   * to `hoursNeeded`; `null` when the gig does not fit.
   */
  weeksNeeded: number | null;
  /** Which sentence applies, for widgets with their own message catalog. */
  verdict: FitVerdict;
  /** "fits in 2 weekends", "fits in 3 weeks", "12 of 16 hours before the deadline — does not fit", "no hours chosen yet". */
  sentence: string;
}

const FitProjectSchema = z.object({ effort: Effort, window: IsoDuration, schedule: z.optional(Schedule) });
const QUARTER_HOUR = MS_PER_HOUR / 4;

/** The first merged range, in time order, at whose end `need` ms are reached, and the instant. */
function reach<T extends DayPiece>(pieces: readonly T[], need: number): { piece: T; at: number } | null {
  let sum = 0;
  for (const piece of mergeRanges(pieces)) {
    const length = piece.end - piece.start;
    if (sum + length >= need) return { piece, at: piece.start + (need - sum) };
    sum += length;
  }
  return null;
}

/** The day number of the Saturday opening the weekend a date is in (or the next one). */
function weekendOf(day: number, weekday: number): number {
  return weekday === 0 ? day - 1 : day + (6 - weekday);
}

/**
 * Whether `project` fits `availability` between `start` and its deadline (`start` plus the
 * project's window, added in the availability's zone; `applyBy` is when applications close, not
 * when work is due, and plays no part). The sentence speaks in weekends when the work is
 * weekend work (a `weekend` schedule, or only weekend hours in the window) and weekends alone
 * are enough, otherwise in weeks. Throws {@link MiInputError} for an invalid project,
 * availability, start or locale, or a window longer than `MAX_EXPANSION_DAYS`.
 *
 * @example
 * ```ts
 * const saturdays = { timeZone: 'America/New_York', blocks: [{ day: 6, start: '09:00', end: '17:00' }] };
 * const result = fit({ effort: { min: 12, max: 16 }, window: 'P1M', schedule: 'weekend' }, saturdays, new Date('2026-05-04T12:00:00Z'));
 * result.sentence;       // 'fits in 2 weekends'
 * result.hoursAvailable; // 32 (four Saturdays in May 2026 before the deadline)
 * ```
 */
export function fit(project: FitProject, availability: Availability, start: Date = new Date(), options: FitOptions = {}): FitResult {
  const gig = parseOrThrow(FitProjectSchema, project, 'Invalid project');
  const avail = parseOrThrow(Availability, availability, 'Invalid availability');
  const from = requireInstant(start, 'start');
  const locale = requireLocale(requireOptions(options).locale) ?? 'en';
  const deadline = addDuration(new Date(from), gig.window, avail.timeZone).getTime();
  checkRange(from, deadline, 'start', 'window');

  const pieces = expandPieces(avail, from, deadline);
  const total = totalLength(mergeRanges(pieces));
  const hoursAvailable = Math.floor(total / QUARTER_HOUR) / 4;
  const hoursNeeded = gig.effort.max;
  const fits = hoursAvailable >= hoursNeeded;
  const need = hoursNeeded * MS_PER_HOUR;

  const startParts = zonedPartsAt(from, avail.timeZone);
  const startDay = daysFromCivil(startParts.year, startParts.month, startParts.day);
  let weekendsNeeded: number | null = null;
  let weeksNeeded: number | null = null;
  if (fits) {
    const weekend = reach(pieces.filter((p) => isWeekendDay(p.weekday)), need);
    if (weekend) {
      const first = weekendOf(startDay, startParts.weekday);
      weekendsNeeded = Math.max(1, (weekendOf(weekend.piece.day, weekend.piece.weekday) - first) / 7 + 1);
    }
    const all = reach(pieces, need);
    if (all) {
      // Local dates from start's to the one holding the last needed minute, both included.
      const last = zonedPartsAt(all.at - 1, avail.timeZone);
      const days = daysFromCivil(last.year, last.month, last.day) - startDay + 1;
      weeksNeeded = Math.max(1, Math.ceil(days / 7));
    }
  }

  const chosen = avail.blocks.length > 0 || (avail.exceptions ?? []).some((e) => e.blocks.length > 0);
  const weekendWork = gig.schedule === 'weekend' || (pieces.length > 0 && pieces.every((p) => isWeekendDay(p.weekday)));
  const verdict: FitVerdict = !chosen
    ? 'no-hours'
    : !fits
      ? 'does-not-fit'
      : weekendWork && weekendsNeeded !== null
        ? 'weekends'
        : 'weeks';
  const count = verdict === 'weekends' ? weekendsNeeded : weeksNeeded;
  return {
    hoursAvailable,
    hoursNeeded,
    hoursNeededMin: gig.effort.min,
    deadline: new Date(deadline),
    fits,
    fitsMinimum: hoursAvailable >= gig.effort.min,
    weekendsNeeded,
    weeksNeeded,
    verdict,
    sentence: fitSentence(locale, { verdict, count, hoursAvailable, hoursNeeded }),
  };
}
