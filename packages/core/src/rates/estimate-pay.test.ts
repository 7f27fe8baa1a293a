import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { isMiInputError } from '../errors/mi-input-error.js';
import type { Compensation } from '../models/compensation.js';
import { effectiveHourly } from './effective-hourly.js';
import { estimatePay } from './estimate-pay.js';
import { meetsFloor } from './meets-floor.js';

const m = (amount: number, currency = 'USD') => ({ amount, currency });
const hourly = (min: number, max?: number, currency = 'USD'): Compensation =>
  max === undefined ? { kind: 'hourly', min: m(min, currency) } : { kind: 'hourly', min: m(min, currency), max: m(max, currency) };
const fixed = (amount: number, currency = 'USD'): Compensation => ({ kind: 'fixed', amount: m(amount, currency) });
const rejects = (fn: () => unknown) => assert.throws(fn, (e: unknown) => isMiInputError(e) && !/undefined|NaN/.test(e.message));

describe('estimatePay', () => {
  it('multiplies the lowest rate by the fewest hours and the highest by the most', () => {
    assert.deepEqual(estimatePay(hourly(1800, 2200), { min: 8, max: 12 }), { min: m(14400), max: m(26400) });
    assert.deepEqual(estimatePay(hourly(2000), { min: 5, max: 5 }), { min: m(10000), max: m(10000) });
  });

  it('rounds fractional hours to whole minor units, exactly', () => {
    assert.deepEqual(estimatePay(hourly(1850), { min: 1.5, max: 2.5 }), { min: m(2775), max: m(4625) });
    assert.deepEqual(estimatePay(hourly(1001), { min: 0.5, max: 0.5 }), { min: m(501), max: m(501) });
    assert.deepEqual(estimatePay(hourly(5), { min: 0.3, max: 0.3 }), { min: m(2), max: m(2) }); // 1.5 → 2, not 1
  });

  it('keeps JPY and BHD in their own minor units', () => {
    assert.deepEqual(estimatePay(hourly(1500, 2000, 'JPY'), { min: 4, max: 6 }), { min: m(6000, 'JPY'), max: m(12000, 'JPY') });
    assert.deepEqual(estimatePay(hourly(5500, 7250, 'BHD'), { min: 2, max: 3 }), { min: m(11000, 'BHD'), max: m(21750, 'BHD') });
  });

  it('gives a fixed fee as it is', () => {
    assert.deepEqual(estimatePay(fixed(30000), { min: 10, max: 15 }), { min: m(30000), max: m(30000) });
  });

  it('refuses bad input', () => {
    rejects(() => estimatePay(hourly(1800), { min: 0, max: 4 }));
    rejects(() => estimatePay(hourly(1800), { min: 6, max: 4 }));
    rejects(() => estimatePay(hourly(1800), { min: Number.NaN, max: 4 }));
    rejects(() => estimatePay(hourly(1800), undefined as never));
    rejects(() => estimatePay(undefined as never, { min: 1, max: 2 }));
    rejects(() => estimatePay(hourly(1_000_000_000_000), { min: 2, max: 2 }));
  });
});

describe('effectiveHourly', () => {
  it('is the rate itself for hourly pay', () => {
    assert.deepEqual(effectiveHourly(hourly(1800, 2200), { min: 8, max: 12 }), { min: m(1800), max: m(2200) });
    assert.deepEqual(effectiveHourly(hourly(1800), { min: 8, max: 12 }), { min: m(1800), max: m(1800) });
  });

  it('divides a fixed fee by the most and fewest hours', () => {
    assert.deepEqual(effectiveHourly(fixed(30000), { min: 10, max: 15 }), { min: m(2000), max: m(3000) });
    assert.deepEqual(effectiveHourly(fixed(30000, 'JPY'), { min: 7, max: 7 }), { min: m(4286, 'JPY'), max: m(4286, 'JPY') });
    assert.deepEqual(effectiveHourly(fixed(100_000, 'BHD'), { min: 8, max: 12 }), { min: m(8333, 'BHD'), max: m(12500, 'BHD') });
  });

  it('refuses bad input', () => {
    rejects(() => effectiveHourly(fixed(30000), { min: 0, max: 0 }));
    rejects(() => effectiveHourly(fixed(30000), null as never));
    rejects(() => effectiveHourly({ kind: 'fixed' } as never, { min: 1, max: 2 }));
  });
});

describe('meetsFloor', () => {
  const floor = m(2000);
  it('compares the worst-case hourly rate with the floor', () => {
    assert.equal(meetsFloor(hourly(2000, 2500), { min: 4, max: 6 }, floor), true);
    assert.equal(meetsFloor(hourly(1999, 2500), { min: 4, max: 6 }, floor), false);
    assert.equal(meetsFloor(fixed(30000), { min: 10, max: 15 }, floor), true);
    assert.equal(meetsFloor(fixed(30000), { min: 10, max: 16 }, floor), false);
  });

  it('works for JPY and BHD', () => {
    assert.equal(meetsFloor(fixed(30000, 'JPY'), { min: 20, max: 30 }, m(1000, 'JPY')), true);
    assert.equal(meetsFloor(fixed(30000, 'JPY'), { min: 20, max: 31 }, m(1000, 'JPY')), false);
    assert.equal(meetsFloor(hourly(7500, undefined, 'BHD'), { min: 2, max: 3 }, m(7500, 'BHD')), true);
    assert.equal(meetsFloor(hourly(7499, undefined, 'BHD'), { min: 2, max: 3 }, m(7500, 'BHD')), false);
  });

  it('refuses a floor in another currency and other bad input', () => {
    assert.throws(() => meetsFloor(hourly(2000), { min: 1, max: 2 }, m(2000, 'EUR')), (e: unknown) => isMiInputError(e) && /EUR/.test(e.message) && /USD/.test(e.message));
    rejects(() => meetsFloor(hourly(2000), { min: 1, max: 2 }, m(-1)));
    rejects(() => meetsFloor(hourly(2000), { min: 1, max: 2 }, undefined as never));
    rejects(() => meetsFloor(hourly(2000), { min: -1, max: 2 }, floor));
  });
});
