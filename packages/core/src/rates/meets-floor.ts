import { MiInputError } from '../errors/mi-input-error.js';
import type { Compensation } from '../models/compensation.js';
import type { Effort } from '../models/effort.js';
import type { Money } from '../models/money.js';
import { checkOrThrow, readCompensation, readEffort, readMoney } from '../models/plain-checks.js';
import { effectiveHourly } from './effective-hourly.js';

/**
 * True when a gig pays at least `floor` per hour even in the worst case: the bottom of an
 * hourly range, or a fixed fee spread over the most estimated hours. The comparison uses the
 * same rounded rate that {@link effectiveHourly} (and so every card) shows, so a gig shown as
 * "$20/hr effective" always meets a $20 floor.
 *
 * @throws {MiInputError} for invalid input, or when `floor` is in another currency (rates are
 * never converted silently).
 *
 * @example
 * ```ts
 * const fee = { kind: 'fixed', amount: { amount: 30000, currency: 'USD' } } as const;
 * meetsFloor(fee, { min: 10, max: 15 }, { amount: 2000, currency: 'USD' }); // true: $300 / 15 h = $20/hr
 * meetsFloor(fee, { min: 10, max: 16 }, { amount: 2000, currency: 'USD' }); // false: $18.75/hr
 * ```
 */
export function meetsFloor(compensation: Compensation, effort: Effort, floor: Money): boolean {
  const comp = checkOrThrow(readCompensation, compensation, 'Invalid compensation');
  const hours = checkOrThrow(readEffort, effort, 'Invalid effort');
  const minimum = checkOrThrow(readMoney, floor, 'Invalid pay floor');
  const rate = effectiveHourly(comp, hours);
  if (rate.min.currency !== minimum.currency) {
    throw new MiInputError(`The pay floor is in ${minimum.currency} but the gig pays in ${rate.min.currency}; convert one first`, [
      { path: 'floor.currency', message: `Must be ${rate.min.currency}` },
    ]);
  }
  return rate.min.amount >= minimum.amount;
}
