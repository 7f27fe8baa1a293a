import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { currencyChoices, floorText, readFloor } from './settings-values.js';

describe('settings values', () => {
  test('a floor reads back from its own text, in either language', () => {
    for (const floor of [{ amount: 1500, currency: 'USD' }, { amount: 1550, currency: 'EUR' }, { amount: 2000, currency: 'JPY' }]) {
      for (const lang of ['en', 'es'] as const) assert.deepEqual(readFloor(floorText(floor, lang), floor.currency, lang), { floor });
    }
    assert.equal(floorText({ amount: 1550, currency: 'EUR' }, 'es'), '15,50');
    assert.equal(floorText({ amount: 123456, currency: 'USD' }, 'en'), '1234.56');
  });

  test('what is not an amount is refused with a sentence in the console language', () => {
    assert.deepEqual(readFloor('lots', 'USD', 'en'), { error: 'Enter an amount of money, such as 15 or 15.50.' });
    assert.deepEqual(readFloor('-5', 'USD', 'es'), { error: 'Escribe una cantidad de dinero, como 15 o 15,50.' });
    assert.deepEqual(readFloor('15.555', 'USD', 'en'), { error: 'Enter an amount of money, such as 15 or 15.50.' });
  });

  test('the currency list has the common codes and always the current one', () => {
    assert.ok(['USD', 'EUR', 'MXN', 'GBP'].every((code) => currencyChoices('USD').includes(code)));
    assert.ok(currencyChoices('QQQ').includes('QQQ'));
  });
});
