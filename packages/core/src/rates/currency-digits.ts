import { MiInputError } from '../errors/mi-input-error.js';
import { describeValue } from '../errors/describe-value.js';

const digitsByCode = new Map<string, number>();

// `Intl.NumberFormat` accepts any three capital letters ("XYZ" formats with 2 digits), so a typo
// would pass silently. A currency the runtime has data for has an English name ("US dollars");
// for one it does not know, ICU falls back to the code itself. Reading that name costs one
// formatter per currency, the same formatter that gives the digits, instead of listing every
// currency the runtime knows.
function readCurrency(code: string): number | undefined {
  const format = new Intl.NumberFormat('en', { style: 'currency', currency: code, currencyDisplay: 'name' });
  const name = format.formatToParts(2).find((part) => part.type === 'currency')?.value;
  if (!name || name === code) return undefined;
  return format.resolvedOptions().maximumFractionDigits ?? 2;
}

/**
 * How many minor-unit digits a currency has, from the runtime's `Intl` data: 2 for USD
 * (cents), 0 for JPY, 3 for BHD (fils). Money amounts are integers in these units.
 *
 * @throws {MiInputError} when `code` is not an upper-case ISO 4217 code this runtime knows.
 *
 * @example
 * ```ts
 * currencyDigits('USD'); // 2
 * currencyDigits('JPY'); // 0
 * currencyDigits('BHD'); // 3
 * ```
 */
export function currencyDigits(code: string): number {
  const cached = typeof code === 'string' ? digitsByCode.get(code) : undefined;
  if (cached !== undefined) return cached;
  if (typeof code !== 'string' || !/^[A-Z]{3}$/.test(code)) {
    throw new MiInputError(`Currency must be an upper-case ISO 4217 code such as USD, not ${describeValue(code)}`, [
      { path: 'currency', message: 'Must be an ISO 4217 currency code such as USD' },
    ]);
  }
  const digits = readCurrency(code);
  if (digits === undefined) {
    throw new MiInputError(`Unknown currency ${code}: not an ISO 4217 code this runtime knows`, [
      { path: 'currency', message: 'Unknown currency' },
    ]);
  }
  digitsByCode.set(code, digits);
  return digits;
}
