import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { payCheck } from './pay-check.js';

const usd = (amount: number) => ({ amount, currency: 'USD' });
const floor = usd(1500);

describe('the pay check', () => {
  test('a fixed fee works out per estimated hour; under the floor at the most hours is a warning', () => {
    assert.deepEqual(payCheck({ kind: 'fixed', amount: usd(30000) }, { min: 10, max: 15 }, floor, 'en-US'), { state: 'ok', rate: '$20–30/hr', floor: '$15/hr' });
    assert.deepEqual(payCheck({ kind: 'fixed', amount: usd(30000) }, { min: 10, max: 25 }, floor, 'en-US'), { state: 'under', rate: '$12–30/hr', floor: '$15/hr', lowest: '$12/hr' });
  });

  test('hourly pay is its own rate and needs no hours', () => {
    assert.deepEqual(payCheck({ kind: 'hourly', min: usd(1800), max: usd(2100) }, { min: undefined, max: undefined }, floor, 'en-US'), { state: 'ok', rate: '$18–21/hr', floor: '$15/hr' });
    // Intl puts a no-break space between the amount and the sign in Spanish.
    const spanish = JSON.stringify(payCheck({ kind: 'hourly', min: usd(1250) }, {}, floor, 'es')).replaceAll('\u00a0', ' ');
    assert.deepEqual(JSON.parse(spanish), { state: 'under', rate: '12,50 US$/h', floor: '15 US$/h', lowest: '12,50 US$/h' });
  });

  test('another currency is not compared; half-filled pay has no rate yet', () => {
    assert.equal(payCheck({ kind: 'hourly', min: { amount: 2000, currency: 'EUR' } }, {}, floor, 'en-US').state, 'other-currency');
    assert.deepEqual(payCheck({ kind: 'fixed', amount: usd(30000) }, { min: 10 }, floor, 'en-US'), { state: 'incomplete' });
    assert.deepEqual(payCheck({ kind: 'hourly', min: undefined }, { min: 1, max: 2 }, floor, 'en-US'), { state: 'incomplete' });
  });
});
