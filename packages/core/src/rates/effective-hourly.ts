import { MiInputError } from '../errors/mi-input-error.js';
import type { Compensation } from '../models/compensation.js';
import type { Effort } from '../models/effort.js';
import type { Money } from '../models/money.js';
import { checkOrThrow, readCompensation, readEffort } from '../models/plain-checks.js';

/** An hourly rate range in minor units per hour; `min` equals `max` for a single rate. */
export interface HourlyRange {
  min: Money;
  max: Money;
}

/**
 * What a gig pays per estimated hour. Hourly pay is its own rate; a fixed fee is divided by the
 * effort estimate, so the most hours give the lowest rate. Results are rounded to whole minor
 * units (half away from zero).
 *
 * @example
 * ```ts
 * effectiveHourly({ kind: 'fixed', amount: { amount: 30000, currency: 'USD' } }, { min: 10, max: 15 });
 * // { min: { amount: 2000, currency: 'USD' }, max: { amount: 3000, currency: 'USD' } }
 * ```
 */
export function effectiveHourly(compensation: Compensation, effort: Effort): HourlyRange {
  const comp = checkOrThrow(readCompensation, compensation, 'Invalid compensation');
  if (comp.kind === 'hourly') return { min: comp.min, max: comp.max ?? comp.min };
  const hours = checkOrThrow(readEffort, effort, 'Invalid effort');
  if (!(hours.min > 0)) throw new MiInputError('Effort must be more than zero hours');
  const { amount, currency } = comp.amount;
  return {
    min: { amount: Math.round(amount / hours.max), currency },
    max: { amount: Math.round(amount / hours.min), currency },
  };
}
