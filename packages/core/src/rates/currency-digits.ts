import { MiInputError } from '../errors/mi-input-error.js';
import { describeValue } from './intl-support.js';

const digitsByCode = new Map<string, number>();
let supported: ReadonlySet<string> | undefined;

// `Intl.NumberFormat` accepts any three letters ("XYZ" formats with 2 digits), so a typo would
// silently pass; the runtime's list of currencies it has data for is the real check.
function isKnownCurrency(code: string): boolean {
  if (supported === undefined) {
    supported = typeof Intl.supportedValuesOf === 'function' ? new Set(Intl.supportedValuesOf('currency')) : new Set();
  }
  return supported.size === 0 || supported.has(code);
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
  if (!isKnownCurrency(code)) {
    throw new MiInputError(`Unknown currency ${code}: not an ISO 4217 code this runtime knows`, [
      { path: 'currency', message: 'Unknown currency' },
    ]);
  }
  const digits = new Intl.NumberFormat('en', { style: 'currency', currency: code }).resolvedOptions().maximumFractionDigits ?? 2;
  digitsByCode.set(code, digits);
  return digits;
}
