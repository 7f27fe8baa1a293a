import * as z from 'zod/mini';
import { Money } from './money.js';

export const HourlyCompensation = z.object({
  kind: z.literal('hourly'),
  /** The hourly rate, or the bottom of the range. */
  min: Money,
  /** The top of the range, in the same currency, not below `min`. */
  max: z.optional(Money),
});

export const FixedCompensation = z.object({
  kind: z.literal('fixed'),
  /** The fee for the whole deliverable. */
  amount: Money,
});

/**
 * How a gig pays: an hourly rate (optionally a range) or a fixed fee for the deliverable.
 *
 * @example
 * ```ts
 * const hourly: Compensation = { kind: 'hourly', min: { amount: 1800, currency: 'USD' }, max: { amount: 2500, currency: 'USD' } };
 * const fixed: Compensation = { kind: 'fixed', amount: { amount: 30000, currency: 'USD' } };
 * ```
 */
export const Compensation = z
  .discriminatedUnion('kind', [HourlyCompensation, FixedCompensation])
  .check(
    z.refine(
      (c) => c.kind !== 'hourly' || !c.max || (c.max.currency === c.min.currency && c.max.amount >= c.min.amount),
      { message: 'The top of the range must be in the same currency and not below the bottom', path: ['max'] },
    ),
  );
export type Compensation = z.infer<typeof Compensation>;
