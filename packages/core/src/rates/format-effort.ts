import type { Effort } from '../models/effort.js';
import { checkOrThrow, readEffort } from '../models/plain-checks.js';
import { formatRangeParts, numberFormat, optionsRecord, resolveLocale } from './intl-support.js';

/** Options for {@link formatEffort}. */
export interface FormatEffortOptions {
  /** A BCP 47 tag; defaults to `en-US`. */
  locale?: string;
}

/**
 * Formats an effort estimate in words through `Intl`'s `hour` unit, so every locale gets its
 * own plural forms: "4–6 hours", "5 hours", "1 hour", "1.5 hours", "4–6 horas", "4–6 Stunden".
 * Up to two decimals are shown.
 *
 * @throws {MiInputError} for an invalid effort or locale.
 *
 * @example
 * ```ts
 * formatEffort({ min: 4, max: 6 });                   // "4–6 hours"
 * formatEffort({ min: 1, max: 1 });                   // "1 hour"
 * formatEffort({ min: 4, max: 6 }, { locale: 'es' }); // "4–6 horas"
 * ```
 */
export function formatEffort(effort: Effort, options: FormatEffortOptions = {}): string {
  const hours = checkOrThrow(readEffort, effort, 'Invalid effort');
  const locale = resolveLocale(optionsRecord(options, 'formatEffort')['locale']);
  const format = numberFormat(locale, { style: 'unit', unit: 'hour', unitDisplay: 'long', maximumFractionDigits: 2 });
  return formatRangeParts(format, hours.min, hours.max);
}
