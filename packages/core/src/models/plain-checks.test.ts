import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { isMiInputError } from '../errors/mi-input-error.js';
import { Compensation } from './compensation.js';
import { Effort } from './effort.js';
import { isoDateTime } from './iso.js';
import { Money } from './money.js';
import { DATE_TIME_PATTERN } from './patterns.js';
import { CheckFailure, checkOrThrow, readCompensation, readEffort, readMoney } from './plain-checks.js';

/** The plain reader's verdict and output, or its failure. */
function plain<T>(read: (value: unknown, path: string) => T, value: unknown): { ok: true; data: T } | { ok: false } {
  try {
    return { ok: true, data: read(value, '') };
  } catch (error) {
    if (error instanceof CheckFailure) return { ok: false };
    throw error;
  }
}

/** Values near the rules' edges, valid and not, of every type the readers meet. */
const anything = fc.oneof(
  fc.constantFrom(undefined, null, true, '', 'USD', 'usd', 'hourly', 'fixed', 0, -1, 0.5, 2000, 2000.5, 1e12, 1e12 + 1, Number.NaN, Infinity, [], {}),
  fc.integer({ min: -10, max: 5_000 }),
  fc.double({ min: -1, max: 2500, noNaN: true }),
);
const money = fc.oneof(
  fc.record({ amount: fc.integer({ min: 0, max: 5_000_000 }), currency: fc.constantFrom('USD', 'EUR', 'JPY') }),
  fc.record({ amount: anything, currency: fc.oneof(anything, fc.constantFrom('USD', 'eur', 'US', 'USDX')) }, { requiredKeys: [] }),
);
const compensation = fc.oneof(
  fc.record({ kind: fc.constant('fixed'), amount: money }, { requiredKeys: ['kind'] }),
  fc.record({ kind: fc.constant('hourly'), min: money, max: fc.oneof(money, fc.constant(undefined)) }, { requiredKeys: ['kind'] }),
  fc.record({ kind: anything, min: money, amount: money }, { requiredKeys: [] }),
  money.map((min) => ({ kind: 'hourly', min, max: { ...min, amount: typeof min.amount === 'number' ? min.amount + 100 : min.amount } })),
  money.map((min) => ({ kind: 'hourly', min, max: { ...min, currency: 'GBP' } })),
);
const effort = fc.oneof(
  fc.record({ min: fc.double({ min: 0, max: 2100, noNaN: true }), max: fc.double({ min: 0, max: 2100, noNaN: true }) }),
  fc.record({ min: anything, max: anything }, { requiredKeys: [] }),
);

// The readers stand in for these schemas wherever zod is not loaded (card formatting, the quick
// project path): the same values must pass, and the same output come out.
const pairs = [
  ['Money', readMoney, Money, money],
  ['Compensation', readCompensation, Compensation, compensation],
  ['Effort', readEffort, Effort, effort],
] as const;

describe('plain readers', () => {
  for (const [name, read, schema, values] of pairs) {
    it(`readers agree with ${name}: same verdict, same output`, () => {
      fc.assert(
        fc.property(fc.oneof(values, anything), (value) => {
          const expected = (schema as { safeParse(v: unknown): { success: boolean; data?: unknown } }).safeParse(value);
          const got = plain(read as (v: unknown, p: string) => unknown, value);
          assert.equal(got.ok, expected.success, JSON.stringify(value));
          if (got.ok) assert.deepStrictEqual(got.data, expected.data);
        }),
        { numRuns: 3000 },
      );
    });
  }

  it('name the broken field in an MiInputError', () => {
    assert.throws(
      () => checkOrThrow(readCompensation, { kind: 'hourly', min: { amount: 1.5, currency: 'USD' } }, 'Invalid compensation'),
      (error: unknown) => isMiInputError(error) && error.message === 'Invalid compensation (min.amount: Must be a whole number)' && error.issues[0]?.path === 'min.amount',
    );
    assert.throws(
      () => checkOrThrow(readEffort, { min: 6, max: 4 }, 'Invalid effort'),
      (error: unknown) => isMiInputError(error) && error.issues[0]?.path === 'max' && /below/.test(error.message),
    );
  });

  it('use the date-time pattern zod builds for isoDateTime()', () => {
    const pattern = (isoDateTime() as unknown as { _zod: { def: { pattern: RegExp } } })._zod.def.pattern;
    assert.equal(DATE_TIME_PATTERN.source, pattern.source);
    assert.equal(DATE_TIME_PATTERN.flags, pattern.flags);
  });
});
