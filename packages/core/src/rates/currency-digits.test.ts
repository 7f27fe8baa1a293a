import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { isMiInputError } from '../errors/mi-input-error.js';
import { currencyDigits } from './currency-digits.js';

describe('currencyDigits', () => {
  it('reads minor-unit digits from Intl', () => {
    assert.equal(currencyDigits('USD'), 2);
    assert.equal(currencyDigits('EUR'), 2);
    assert.equal(currencyDigits('JPY'), 0);
    assert.equal(currencyDigits('BHD'), 3);
    assert.equal(currencyDigits('KWD'), 3);
    // Cached answers are the same answers.
    assert.equal(currencyDigits('JPY'), 0);
  });

  for (const bad of ['XYZ', 'usd', 'US', 'USDD', '', ' USD', null, undefined, 12]) {
    it(`refuses ${JSON.stringify(bad) ?? 'undefined'} with an MiInputError`, () => {
      assert.throws(
        () => currencyDigits(bad as string),
        (error: unknown) => isMiInputError(error) && /currency/i.test(error.message) && !/undefined|NaN/.test(error.message),
      );
    });
  }
});
