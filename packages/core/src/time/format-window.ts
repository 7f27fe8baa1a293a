// A gig's window (`P2W`) in words for a card: "2 weeks", "1 week, 2 days", "2 semanas".
//
// The words come from Intl (unit formatting joined by a unit list), so every locale the
// runtime knows works without a message catalog. The text says exactly what the duration says:
// no rounding, no "about", and no "a weekend" for P2D, which is two days starting any day.

import { DURATION_UNITS, readDuration, type DurationParts } from './duration.js';
import { listFormat, numberFormat } from '../rates/intl-support.js';
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
  const unit = (name: string) => numberFormat(locale, { style: 'unit', unit: name, unitDisplay: 'long' });
  const words = DURATION_UNITS.filter((u) => parts[u] > 0).map((u) => unit(INTL_UNIT[u]).format(parts[u]));
  if (words.length === 0) return unit('day').format(0);
  return words.length === 1 ? words[0]! : listFormat(locale, { type: 'unit', style: 'long' }).format(words);
}
