import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { amountText, readAmount } from './money-text.js';

describe('amounts in the gig form', () => {
  test('shows minor units as major units in the console language, whole amounts without decimals', () => {
    assert.equal(amountText({ amount: 2550, currency: 'USD' }, 'en-US'), '25.50');
    assert.equal(amountText({ amount: 2550, currency: 'USD' }, 'es'), '25,50');
    assert.equal(amountText({ amount: 2500, currency: 'USD' }, 'en-US'), '25');
    assert.equal(amountText({ amount: 5, currency: 'USD' }, 'en-US'), '0.05');
    assert.equal(amountText({ amount: 123456, currency: 'EUR' }, 'es'), '1234,56');
    assert.equal(amountText({ amount: 1500, currency: 'JPY' }, 'en-US'), '1500');
    assert.equal(amountText({ amount: 1005, currency: 'BHD' }, 'en-US'), '1.005');
  });

  test('reads what it shows back to the same minor units', () => {
    for (const locale of ['en-US', 'es']) {
      for (const money of [{ amount: 2550, currency: 'USD' }, { amount: 1, currency: 'USD' }, { amount: 123456789, currency: 'EUR' }, { amount: 999, currency: 'JPY' }, { amount: 1005, currency: 'BHD' }]) {
        assert.deepEqual(readAmount(amountText(money, locale), money.currency, locale), { money }, `${locale} ${JSON.stringify(money)}`);
      }
    }
  });

  test('reads a point as the decimal mark in Spanish too, and the locale’s own grouping', () => {
    assert.deepEqual(readAmount('25.50', 'USD', 'es'), { money: { amount: 2550, currency: 'USD' } });
    assert.deepEqual(readAmount('1.250,50', 'EUR', 'es'), { money: { amount: 125050, currency: 'EUR' } });
    assert.deepEqual(readAmount('$1,250.5', 'USD', 'en-US'), { money: { amount: 125050, currency: 'USD' } });
    assert.deepEqual(readAmount(' 18 ', 'USD', 'en-US'), { money: { amount: 1800, currency: 'USD' } });
  });

  test('names what is wrong with an amount it cannot read', () => {
    assert.deepEqual(readAmount('', 'USD', 'en-US'), { problem: 'required', digits: 2 });
    assert.deepEqual(readAmount('12.345', 'USD', 'en-US'), { problem: 'decimals', digits: 2 });
    assert.deepEqual(readAmount('12.5', 'JPY', 'en-US'), { problem: 'decimals', digits: 0 });
    assert.deepEqual(readAmount('twenty', 'USD', 'en-US'), { problem: 'unreadable', digits: 2 });
    assert.deepEqual(readAmount('-5', 'USD', 'en-US'), { problem: 'unreadable', digits: 2 });
    assert.deepEqual(readAmount('€20', 'USD', 'en-US'), { problem: 'unreadable', digits: 2 });
  });
});
