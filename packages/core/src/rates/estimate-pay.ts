import { MiInputError } from '../errors/mi-input-error.js';
import type { Compensation } from '../models/compensation.js';
import type { Effort } from '../models/effort.js';
import type { Money } from '../models/money.js';
import { checkOrThrow, readCompensation, readEffort } from '../models/plain-checks.js';

/** A range of money in one currency; `min` equals `max` when the amount is known exactly. */
export interface MoneyRange {
  min: Money;
  max: Money;
}

const MAX_AMOUNT = 1_000_000_000_000;

// Effort may be fractional (1.5 hours), so the product can carry float noise such as
// 2774.9999999999995; trimming to 15 significant digits first makes the rounding land where
// exact arithmetic would.
function toMinorUnits(product: number, currency: string): Money {
  const amount = Math.round(Number(product.toPrecision(15)));
  if (amount > MAX_AMOUNT) {
    throw new MiInputError(`Estimated pay is too large to represent (over ${MAX_AMOUNT} minor units of ${currency})`, [
      { path: 'compensation', message: 'Estimate too large' },
    ]);
  }
  return { amount, currency };
}

/**
 * What a gig is likely to pay in total. Hourly pay runs from the lowest rate for the fewest
 * hours to the highest rate for the most hours; a fixed fee is the fee, whatever the hours.
 * Amounts are rounded to whole minor units (half up).
 *
 * @throws {MiInputError} for an invalid compensation or effort.
 *
 * @example
 * ```ts
 * estimatePay(
 *   { kind: 'hourly', min: { amount: 1800, currency: 'USD' }, max: { amount: 2200, currency: 'USD' } },
 *   { min: 8, max: 12 },
 * ); // { min: { amount: 14400, currency: 'USD' }, max: { amount: 26400, currency: 'USD' } }
 * ```
 */
export function estimatePay(compensation: Compensation, effort: Effort): MoneyRange {
  const comp = checkOrThrow(readCompensation, compensation, 'Invalid compensation');
  const hours = checkOrThrow(readEffort, effort, 'Invalid effort');
  if (comp.kind === 'fixed') return { min: comp.amount, max: comp.amount };
  const top = comp.max ?? comp.min;
  return {
    min: toMinorUnits(comp.min.amount * hours.min, comp.min.currency),
    max: toMinorUnits(top.amount * hours.max, top.currency),
  };
}
