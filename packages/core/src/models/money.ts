import * as z from 'zod/mini';
import { CURRENCY_PATTERN } from './patterns.js';

/** An ISO 4217 currency code, three capital letters (`USD`, `EUR`, `JPY`). */
export const CurrencyCode = z.string().check(
  z.regex(CURRENCY_PATTERN, 'Must be an ISO 4217 currency code such as USD'),
);

/**
 * An amount of money in the currency's minor units (cents for USD, yen for JPY, fils for BHD).
 * Always an integer: no floats for money, ever.
 *
 * @example
 * ```ts
 * const twentyDollars: Money = { amount: 2000, currency: 'USD' };
 * ```
 */
export const Money = z.object({
  amount: z.int().check(z.minimum(0), z.maximum(1_000_000_000_000)),
  currency: CurrencyCode,
});
export type Money = z.infer<typeof Money>;
