import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { isMiInputError } from '../errors/mi-input-error.js';
import { parseMoney } from './parse-money.js';

describe('parseMoney', () => {
  const cases: [text: string, currency: string, locale: string, amount: number][] = [
    ['$12.34', 'USD', 'en-US', 1234],
    ['12.34', 'USD', 'en-US', 1234],
    ['$1,234.5', 'USD', 'en-US', 123450],
    ['USD 12', 'USD', 'en-US', 1200],
    ['12.34 US dollars', 'USD', 'en-US', 1234],
    ['1.234,56 €', 'EUR', 'de-DE', 123456],
    ['1 234,56 €', 'EUR', 'fr-FR', 123456], // a plain space where Intl writes U+202F
    ['¥1,234', 'JPY', 'en-US', 1234],
    ['￥1,234', 'JPY', 'ja-JP', 1234],
    ['BHD 1.234', 'BHD', 'en-US', 1234],
    ['BHD 0.5', 'BHD', 'en-US', 500],
    ["CHF 1'234.50", 'CHF', 'de-CH', 123450],
    ['12,34,567.89', 'USD', 'en-IN', 123456789],
    ['\u200f١٢٫٣٤\u00a0US$', 'USD', 'ar-EG', 1234],
    ['12٫34 US$', 'USD', 'ar-EG', 1234], // Latin digits are always read too
  ];
  for (const [text, currency, locale, amount] of cases) {
    it(`reads ${JSON.stringify(text)} in ${locale}`, () => {
      assert.deepEqual(parseMoney(text, currency, { locale }), { amount, currency });
    });
  }

  const garbage: [text: unknown, currency: string, why: RegExp][] = [
    ['', 'USD', /no digits/],
    ['   ', 'USD', /no digits/],
    ['$', 'USD', /no digits/],
    ['abc', 'USD', /unexpected character/],
    ['1,23', 'USD', /well-formed/],
    ['12.3.4', 'USD', /well-formed/],
    ['1,,234', 'USD', /well-formed/],
    ['.5', 'USD', /well-formed/],
    ['-5', 'USD', /negative/],
    ['$1e5', 'USD', /unexpected character/],
    ['NaN', 'USD', /unexpected character/],
    ['Infinity', 'USD', /unexpected character/],
    ['€12', 'USD', /unexpected character/],
    ['$12 $', 'USD', /unexpected character/],
    ['12.345', 'USD', /only 2 decimal places/],
    ['¥12.5', 'JPY', /no minor units/],
    ['1.2345', 'BHD', /only 3 decimal places/],
    ['99999999999999999999', 'USD', /too large/],
    ['1'.repeat(101), 'USD', /too long/],
    [null, 'USD', /needs text, not null/],
    [12.34, 'USD', /needs text, not the number 12.34/],
    ['12', 'usd', /ISO 4217/],
    ['12', 'XYZ', /Unknown currency/],
  ];
  for (const [text, currency, why] of garbage) {
    it(`refuses ${JSON.stringify(text)} as ${currency}`, () => {
      assert.throws(
        () => parseMoney(text as string, currency),
        (error: unknown) => isMiInputError(error) && why.test(error.message) && !/undefined|NaN\b(?!")/.test(error.message),
      );
    });
  }

  it('refuses a bad locale', () => {
    assert.throws(() => parseMoney('$1', 'USD', { locale: '!!' }), (e: unknown) => isMiInputError(e) && /locale/i.test(e.message));
  });
});
