import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { isMiInputError } from '../errors/mi-input-error.js';
import { DURATION_UNITS, parseDuration, type DurationParts } from './duration.js';
import { formatDuration } from './format-duration.js';

const ZERO: DurationParts = { years: 0, months: 0, weeks: 0, days: 0, hours: 0, minutes: 0, seconds: 0 };

/** Duration parts where each unit is often absent, sometimes as large as a safe integer. */
const partsArb = fc
  .record(
  Object.fromEntries(DURATION_UNITS.map((u) => [u, fc.oneof(fc.constant(0), fc.nat(60), fc.maxSafeNat())])) as Record<
    keyof DurationParts,
    fc.Arbitrary<number>
  >,
  )
  .map((parts) => ({ ...parts })); // fc.record builds null-prototype objects

describe('parseDuration', () => {
  it('reads the windows gigs use', () => {
    assert.deepEqual(parseDuration('P2W'), { ...ZERO, weeks: 2 });
    assert.deepEqual(parseDuration('P1M'), { ...ZERO, months: 1 });
    assert.deepEqual(parseDuration('P1DT12H'), { ...ZERO, days: 1, hours: 12 });
    assert.deepEqual(parseDuration('PT90M'), { ...ZERO, minutes: 90 });
    assert.deepEqual(parseDuration('P1Y2M3W4DT5H6M7S'), { years: 1, months: 2, weeks: 3, days: 4, hours: 5, minutes: 6, seconds: 7 });
    assert.deepEqual(parseDuration('P0D'), ZERO);
  });

  it('tells M for months from M for minutes by the T', () => {
    assert.equal(parseDuration('P5M').months, 5);
    assert.equal(parseDuration('PT5M').minutes, 5);
  });

  for (const [input, why] of [
    ['P', /at least one number/],
    ['PT', /at least one number/],
    ['P1DT', /at least one number/],
    ['P1.5W', /Fractions are not supported/],
    ['P1,5W', /Fractions are not supported/],
    ['-P1D', /Negative/],
    ['p2w', /upper case/],
    ['', /ISO 8601 duration/],
    ['2W', /ISO 8601 duration/],
    ['P2D1W', /ISO 8601 duration/],
    [' P2W', /ISO 8601 duration/],
    ['P99999999999999999999Y', /too large/],
  ] as const) {
    it(`refuses ${JSON.stringify(input)} with a reason`, () => {
      assert.throws(
        () => parseDuration(input),
        (error: unknown) => isMiInputError(error) && why.test(error.message) && error.issues.length === 1,
      );
    });
  }
});

describe('formatDuration', () => {
  it('writes units in ISO order and leaves zeros out', () => {
    assert.equal(formatDuration({ weeks: 2 }), 'P2W');
    assert.equal(formatDuration({ hours: 12, days: 1 }), 'P1DT12H');
    assert.equal(formatDuration({ minutes: 30 }), 'PT30M');
    assert.equal(formatDuration({ days: 14 }), 'P14D');
    assert.equal(formatDuration({}), 'PT0S');
    assert.equal(formatDuration(ZERO), 'PT0S');
  });

  it('round-trips any parts through parse (property)', () => {
    fc.assert(
      fc.property(partsArb, (parts) => {
        assert.deepEqual(parseDuration(formatDuration(parts)), parts);
      }),
      { numRuns: 200, seed: 8601 },
    );
  });

  it('gives back a canonical string unchanged, and canonicalises any accepted string (property)', () => {
    fc.assert(
      fc.property(partsArb, (parts) => {
        const canonical = formatDuration(parts);
        assert.equal(formatDuration(parseDuration(canonical)), canonical);
        // The same duration written with explicit zero units parses to the same parts.
        const padded = `P${parts.years}Y${parts.months}M${parts.weeks}W${parts.days}DT${parts.hours}H${parts.minutes}M${parts.seconds}S`;
        assert.equal(formatDuration(parseDuration(padded)), canonical);
      }),
      { numRuns: 200, seed: 1988 },
    );
  });
});
