// Reading pay out of a JobPosting's `baseSalary`. Internal: used by fromJobPosting.
import { MiInputError } from '../errors/mi-input-error.js';
import type { Compensation } from '../models/compensation.js';
import type { Money } from '../models/money.js';
import { currencyDigits } from '../rates/currency-digits.js';
import { majorToMinor } from '../rates/minor-units.js';

/** A JSON object, or `undefined` for anything else. Arrays give their first element. */
export function objectOf(value: unknown): Record<string, unknown> | undefined {
  const item = Array.isArray(value) ? value[0] : value;
  return item !== null && typeof item === 'object' && !Array.isArray(item) ? (item as Record<string, unknown>) : undefined;
}

function salaryError(message: string): never {
  throw new MiInputError(`Cannot read the JobPosting's pay: ${message}`, [{ path: 'baseSalary', message }]);
}

/**
 * `baseSalary` as a Compensation. An `HOUR` unit gives hourly pay (a range when min and max
 * differ); any other or missing unit is read as a fixed fee for the gig: its `value`, or the
 * lower `minValue` of a range, so pay is never overstated. The currency comes from
 * `baseSalary.currency`, then the posting's `salaryCurrency`, then `fallbackCurrency`.
 */
export function readSalary(posting: Record<string, unknown>, fallbackCurrency: string): Compensation {
  const raw = posting['baseSalary'];
  if (raw === undefined || raw === null) salaryError('baseSalary is missing, and a paid gig must state its pay');
  const salary = objectOf(raw) ?? { value: raw };
  const quantity = objectOf(salary['value']) ?? { value: salary['value'] };
  const named = [salary['currency'], posting['salaryCurrency'], fallbackCurrency].find((c) => typeof c === 'string' && c.trim() !== '');
  const currency = String(named ?? '').trim().toUpperCase();
  const digits = currencyDigits(currency);
  const unit = String(quantity['unitText'] ?? salary['unitText'] ?? '').trim().toUpperCase();

  const read = (key: string): number | undefined => {
    const value = quantity[key];
    if (value === undefined || value === null || value === '') return undefined;
    const minor = majorToMinor(value, digits);
    if (minor === undefined) salaryError(`${key} ${JSON.stringify(value)} is not a non-negative amount`);
    return minor;
  };
  const value = read('value');
  const minValue = read('minValue');
  const maxValue = read('maxValue');
  const money = (amount: number): Money => ({ amount, currency });

  if (unit === 'HOUR') {
    const ends = [minValue ?? value, maxValue ?? value].filter((n): n is number => n !== undefined).sort((a, b) => a - b);
    if (ends.length === 0) salaryError('no value, minValue or maxValue');
    const low = ends[0]!;
    const high = ends[ends.length - 1]!;
    return high > low ? { kind: 'hourly', min: money(low), max: money(high) } : { kind: 'hourly', min: money(low) };
  }
  const fee = value ?? minValue ?? maxValue;
  if (fee === undefined) salaryError('no value, minValue or maxValue');
  return { kind: 'fixed', amount: money(fee) };
}
