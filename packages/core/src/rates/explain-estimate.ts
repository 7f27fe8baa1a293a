import type { Compensation } from '../models/compensation.js';
import type { Effort } from '../models/effort.js';
import { checkOrThrow, readCompensation, readEffort } from '../models/plain-checks.js';
import { effectiveHourly } from './effective-hourly.js';
import { estimatePay } from './estimate-pay.js';
import { formatEffort } from './format-effort.js';
import { formatMoney } from './format-money.js';
import { formatMoneyRange } from './format-money-range.js';
import { formatRate } from './format-rate.js';
import { type CurrencyDisplay, optionsRecord, readCurrencyDisplay, resolveLocale } from './intl-support.js';
import { messagesFor } from './messages.js';

/** Options for {@link explainEstimate}. */
export interface ExplainEstimateOptions {
  /** A BCP 47 tag; defaults to `en-US`. English and Spanish sentences; others fall back to English. */
  locale?: string;
  currencyDisplay?: CurrencyDisplay;
}

/**
 * One sentence that shows how a card's pay figure was worked out, for the pay popover:
 * hourly gigs multiply hours by rate, fixed fees are divided by hours.
 *
 * @throws {MiInputError} for an invalid compensation, effort or options.
 *
 * @example
 * ```ts
 * const usd = (amount: number) => ({ amount, currency: 'USD' });
 * explainEstimate({ kind: 'hourly', min: usd(1800), max: usd(2200) }, { min: 8, max: 12 });
 * // "8–12 hours × $18–22/hr ≈ $144–264"
 * explainEstimate({ kind: 'fixed', amount: usd(30000) }, { min: 10, max: 15 });
 * // "$300 for 10–15 hours ≈ $20–30/hr effective"
 * ```
 */
export function explainEstimate(compensation: Compensation, effort: Effort, options: ExplainEstimateOptions = {}): string {
  const comp = checkOrThrow(readCompensation, compensation, 'Invalid compensation');
  const hours = checkOrThrow(readEffort, effort, 'Invalid effort');
  const record = optionsRecord(options, 'explainEstimate');
  const locale = resolveLocale(record['locale']);
  const currencyDisplay = readCurrencyDisplay(record['currencyDisplay']);
  const messages = messagesFor(locale);
  const money = { locale, currencyDisplay, compact: true };
  const effortText = formatEffort(hours, { locale });
  if (comp.kind === 'hourly') {
    const pay = estimatePay(comp, hours);
    return messages.hourlyEstimate(effortText, formatRate(comp, { locale, currencyDisplay }), formatMoneyRange(pay.min, pay.max, money));
  }
  const rate = effectiveHourly(comp, hours);
  return messages.fixedEstimate(
    formatMoney(comp.amount, money),
    effortText,
    formatMoneyRange(rate.min, rate.max, money) + messages.perHour,
  );
}
