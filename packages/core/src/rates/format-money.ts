import type { Money } from '../models/money.js';
import { checkOrThrow, readMoney } from '../models/plain-checks.js';
import { currencyDigits } from './currency-digits.js';
import { type CurrencyDisplay, moneyFormat, resolveMoneyOptions } from './intl-support.js';
import { isWhole, minorToDecimal } from './minor-units.js';

export type { CurrencyDisplay } from './intl-support.js';

/** Options for {@link formatMoney} and {@link formatMoneyRange}. */
export interface FormatMoneyOptions {
  /** A BCP 47 tag; defaults to `en-US` (never the runtime's locale, so output is stable). */
  locale?: string;
  /** How the currency is shown; defaults to `symbol` ("$", "US$" or "USD" as the locale prefers). */
  currencyDisplay?: CurrencyDisplay;
  /** Drop the minor units when the amount is whole: "$300" rather than "$300.00". */
  compact?: boolean;
}

/**
 * Formats an amount of money in any locale through `Intl`, respecting the currency's minor
 * units. The amount is handed to `Intl` as an exact decimal string built from the integer, so
 * no float rounding can creep in, even for the largest amounts.
 *
 * @throws {MiInputError} for a malformed amount, an unknown currency or bad options.
 *
 * @example
 * ```ts
 * formatMoney({ amount: 1234, currency: 'USD' });                      // "$12.34"
 * formatMoney({ amount: 1234, currency: 'JPY' });                      // "¥1,234"
 * formatMoney({ amount: 1234, currency: 'BHD' });                      // "BHD 1.234"
 * formatMoney({ amount: 30000, currency: 'USD' }, { compact: true });  // "$300"
 * formatMoney({ amount: 1234, currency: 'EUR' }, { locale: 'de-DE' }); // "12,34 €"
 * ```
 */
export function formatMoney(money: Money, options: FormatMoneyOptions = {}): string {
  const value = checkOrThrow(readMoney, money, 'Invalid money');
  const resolved = resolveMoneyOptions(options, 'formatMoney');
  const digits = currencyDigits(value.currency);
  const shown = resolved.compact && isWhole(value.amount, digits) ? 0 : digits;
  const decimal = minorToDecimal(value.amount, digits);
  return moneyFormat(resolved, value.currency, shown).format(decimal);
}
