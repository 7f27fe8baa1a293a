// A gig's window (`P2W`) in words for a card: "2 weeks", "1 week, 2 days", "2 semanas".
//
// The words come from Intl (unit formatting joined by a unit list), so every locale the
// runtime knows works without a message catalog. The text says exactly what the duration says:
// no rounding, no "about", and no "a weekend" for P2D, which is two days starting any day.

import { DURATION_UNITS, readDuration, type DurationParts } from './duration.js';
import { requireLocale, requireOptions } from './inputs.js';

/** Options for {@link formatWindow}. */
export interface FormatWindowOptions {
  /** BCP 47 locale; English when left out. */
  locale?: string;
}

// Intl's sanctioned unit names, singular.
const INTL_UNIT: Record<keyof DurationParts, string> = {
  years: 'year',
  months: 'month',
  weeks: 'week',
  days: 'day',
  hours: 'hour',
  minutes: 'minute',
  seconds: 'second',
};

/**
 * Formats an ISO 8601 duration for people, unit by unit, in the given locale (English by
 * default). A zero duration reads "0 days". Throws {@link MiInputError} for a bad duration or
 * locale.
 *
 * @example
 * ```ts
 * formatWindow('P2W');                     // '2 weeks'
 * formatWindow('P1W2D');                   // '1 week, 2 days'
 * formatWindow('P1M', { locale: 'es' });   // '1 mes'
 * ```
 */
export function formatWindow(iso: string, options: FormatWindowOptions = {}): string {
  const parts = readDuration(iso, 'window');
  const locale = requireLocale(requireOptions(options).locale) ?? 'en';
  const words = DURATION_UNITS.filter((unit) => parts[unit] > 0).map((unit) =>
    new Intl.NumberFormat(locale, { style: 'unit', unit: INTL_UNIT[unit], unitDisplay: 'long' }).format(parts[unit]),
  );
  if (words.length === 0) {
    return new Intl.NumberFormat(locale, { style: 'unit', unit: 'day', unitDisplay: 'long' }).format(0);
  }
  return new Intl.ListFormat(locale, { type: 'unit', style: 'long' }).format(words);
}
