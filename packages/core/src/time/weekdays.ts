// Day-of-week names and order, for the availability picker and for messages.

import { MiInputError } from '../errors/mi-input-error.js';
import { dateTimeFormat } from '../rates/intl-support.js';
import { daysFromCivil, MS_PER_DAY } from './civil.js';
import { requireLocale, requireOptions } from './inputs.js';

/**
 * Stable English keys for `AvailabilityBlock.day`, indexed by it: `WEEKDAYS[0]` is `'sunday'`.
 * For keys, ids and CSS hooks; show people {@link weekdayName} instead.
 */
export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;
export type WeekdayKey = (typeof WEEKDAYS)[number];

/** The days of a weekend in the order they happen: Saturday (6), then Sunday (0). */
export const WEEKEND_DAYS = [6, 0] as const;

/**
 * True for Saturday (6) and Sunday (0).
 *
 * @example
 * ```ts
 * blocks.filter((b) => isWeekendDay(b.day));
 * ```
 */
export function isWeekendDay(day: number): boolean {
  return day === 6 || day === 0;
}

/** Options for {@link weekdayName}. */
export interface WeekdayNameOptions {
  /** BCP 47 locale; English when left out. */
  locale?: string;
  /** `long` (Saturday), `short` (Sat) or `narrow` (S). Default `long`. */
  width?: 'long' | 'short' | 'narrow';
}

// 2023-01-01 was a Sunday, so day n of that week is weekday n.
const SUNDAY = daysFromCivil(2023, 1, 1) * MS_PER_DAY;

/**
 * The localised name of a weekday number (0 = Sunday … 6 = Saturday), from Intl.
 *
 * @example
 * ```ts
 * weekdayName(6);                                    // 'Saturday'
 * weekdayName(0, { locale: 'es', width: 'short' }); // 'dom'
 * ```
 */
export function weekdayName(day: number, options: WeekdayNameOptions = {}): string {
  if (!Number.isInteger(day) || day < 0 || day > 6) {
    throw new MiInputError('day: Must be a whole number from 0 (Sunday) to 6 (Saturday)', [
      { path: 'day', message: 'Must be a whole number from 0 (Sunday) to 6 (Saturday)' },
    ]);
  }
  const opts = requireOptions(options);
  const width = opts.width ?? 'long';
  if (width !== 'long' && width !== 'short' && width !== 'narrow') {
    throw new MiInputError('width: Must be long, short or narrow', [{ path: 'width', message: 'Must be long, short or narrow' }]);
  }
  const locale = requireLocale(opts.locale) ?? 'en';
  return dateTimeFormat(locale, { weekday: width, timeZone: 'UTC' }).format(SUNDAY + day * MS_PER_DAY);
}
