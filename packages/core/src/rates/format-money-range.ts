import { MiInputError } from '../errors/mi-input-error.js';
import type { Money } from '../models/money.js';
import { checkOrThrow, readMoney } from '../models/plain-checks.js';
import { currencyDigits } from './currency-digits.js';
import type { FormatMoneyOptions } from './format-money.js';
import { formatRangeParts, moneyFormat, resolveMoneyOptions } from './intl-support.js';
import { isWhole, minorToDecimal } from './minor-units.js';

/**
 * Formats a range of money with the currency shown once and an en dash: "$144–264",
 * "15–25 US$". Equal ends give a single amount. With `compact`, minor units are dropped only
 * when both ends are whole, so a range never mixes "$15" with "$25.50".
 *
 * @throws {MiInputError} when either end is invalid, the currencies differ, or `max` < `min`.
 *
 * @example
 * ```ts
 * formatMoneyRange({ amount: 14400, currency: 'USD' }, { amount: 26400, currency: 'USD' }, { compact: true }); // "$144–264"
 * formatMoneyRange({ amount: 1500, currency: 'USD' }, { amount: 2500, currency: 'USD' }, { locale: 'es' });   // "15,00–25,00 US$"
 * ```
 */
export function formatMoneyRange(min: Money, max: Money, options: FormatMoneyOptions = {}): string {
  const low = checkOrThrow(readMoney, min, 'Invalid range start');
  const high = checkOrThrow(readMoney, max, 'Invalid range end');
  if (low.currency !== high.currency) {
    throw new MiInputError(`A money range needs one currency, not ${low.currency} and ${high.currency}`, [
      { path: 'max.currency', message: 'Must match the currency of min' },
    ]);
  }
  if (high.amount < low.amount) {
    throw new MiInputError('A money range must not end below its start', [{ path: 'max.amount', message: 'Must not be below min' }]);
  }
  const resolved = resolveMoneyOptions(options, 'formatMoneyRange');
  const digits = currencyDigits(low.currency);
  const whole = isWhole(low.amount, digits) && isWhole(high.amount, digits);
  const format = moneyFormat(resolved, low.currency, resolved.compact && whole ? 0 : digits);
  return formatRangeParts(format, minorToDecimal(low.amount, digits), minorToDecimal(high.amount, digits));
}
