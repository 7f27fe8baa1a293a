// The pay check under the pay fields: what the gig works out at per estimated hour (core's
// `effectiveHourly`, the figure every card shows), and whether that is under the company's
// floor (`meetsFloor`). A warning, never an error: the company may post it anyway.
import { Compensation, Effort, effectiveHourly, formatRate, meetsFloor, type Money } from '@microintern/core';

/** What the pay check says. */
export type PayCheck =
  /** Not enough filled in (or not valid yet) to work out a rate. */
  | { state: 'incomplete' }
  | { state: 'ok'; rate: string; floor: string }
  /** At the most estimated hours, under the floor. `lowest` is that rate. */
  | { state: 'under'; rate: string; floor: string; lowest: string }
  /** The floor is in another currency: rates are never converted, so nothing is compared. */
  | { state: 'other-currency'; rate: string; floor: string };

/**
 * Works out the pay check for what the form holds now.
 *
 * @example
 * ```ts
 * const fee = { kind: 'fixed', amount: { amount: 30000, currency: 'USD' } };
 * payCheck(fee, { min: 10, max: 25 }, { amount: 1500, currency: 'USD' }, 'en-US');
 * // { state: 'under', rate: '$12–30/hr', floor: '$15/hr', lowest: '$12/hr' }
 * ```
 */
export function payCheck(compensation: unknown, effort: unknown, floor: Money, locale: string): PayCheck {
  const pay = Compensation.safeParse(compensation);
  const hours = Effort.safeParse(effort);
  if (!pay.success || (pay.data.kind === 'fixed' && !hours.success)) return { state: 'incomplete' };
  // Hourly pay needs no hours; any valid effort stands in for the check's sake.
  const estimate = hours.success ? hours.data : { min: 1, max: 1 };
  const range = effectiveHourly(pay.data, estimate);
  // formatRate already prints one amount when both ends of a range are the same.
  const hourly = (min: Money, max?: Money) => formatRate({ kind: 'hourly', min, ...(max ? { max } : {}) }, { locale });
  const rate = hourly(range.min, range.max);
  const floorText = hourly(floor);
  if (range.min.currency !== floor.currency) return { state: 'other-currency', rate, floor: floorText };
  if (meetsFloor(pay.data, estimate, floor)) return { state: 'ok', rate, floor: floorText };
  return { state: 'under', rate, floor: floorText, lowest: hourly(range.min) };
}
