import { MiInputError } from '../errors/mi-input-error.js';
import type { Compensation } from '../models/compensation.js';
import { checkOrThrow, readCompensation } from '../models/plain-checks.js';
import { formatMoney } from './format-money.js';
import { formatMoneyRange } from './format-money-range.js';
import { type CurrencyDisplay, optionsRecord, readCurrencyDisplay, resolveLocale } from './intl-support.js';
import { messagesFor } from './messages.js';

/** Options for {@link formatRate}. */
export interface FormatRateOptions {
  /** A BCP 47 tag; defaults to `en-US`. Words come from English or Spanish (others fall back to English). */
  locale?: string;
  currencyDisplay?: CurrencyDisplay;
  /** Replaces the per-hour suffix ("/hr" in English, "/h" in Spanish), e.g. " an hour". */
  perHour?: string;
}

/**
 * Formats how a gig pays, short enough for a card: an hourly rate or range, or a fixed fee.
 * Whole amounts drop their minor units; a range shows the currency once with an en dash;
 * `Intl` decides where the symbol goes.
 *
 * @throws {MiInputError} for an invalid compensation or bad options.
 *
 * @example
 * ```ts
 * const usd = (amount: number) => ({ amount, currency: 'USD' });
 * formatRate({ kind: 'hourly', min: usd(1500), max: usd(2500) });                    // "$15–25/hr"
 * formatRate({ kind: 'hourly', min: usd(2000) });                                    // "$20/hr"
 * formatRate({ kind: 'fixed', amount: usd(30000) });                                 // "$300 fixed"
 * formatRate({ kind: 'hourly', min: usd(1500), max: usd(2500) }, { locale: 'es' });  // "15–25 US$/h"
 * ```
 */
export function formatRate(compensation: Compensation, options: FormatRateOptions = {}): string {
  const comp = checkOrThrow(readCompensation, compensation, 'Invalid compensation');
  const record = optionsRecord(options, 'formatRate');
  const locale = resolveLocale(record['locale']);
  const currencyDisplay = readCurrencyDisplay(record['currencyDisplay']);
  const perHourOption = record['perHour'];
  if (perHourOption !== undefined && typeof perHourOption !== 'string') {
    throw new MiInputError('formatRate: perHour must be text such as "/hr"', [{ path: 'perHour', message: 'Must be text' }]);
  }
  const messages = messagesFor(locale);
  const money = { locale, currencyDisplay, compact: true };
  if (comp.kind === 'fixed') return messages.fixed(formatMoney(comp.amount, money));
  const perHour = perHourOption ?? messages.perHour;
  return formatMoneyRange(comp.min, comp.max ?? comp.min, money) + perHour;
}
