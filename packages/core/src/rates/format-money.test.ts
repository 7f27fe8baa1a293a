import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { isMiInputError } from '../errors/mi-input-error.js';
import { formatMoney } from './format-money.js';
import { formatMoneyRange } from './format-money-range.js';

/** Intl uses no-break spaces (U+00A0, U+202F); compare with plain ones. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
const m = (amount: number, currency = 'USD') => ({ amount, currency });

describe('formatMoney', () => {
  it('respects each currency’s minor units', () => {
    assert.equal(formatMoney(m(1234)), '$12.34');
    assert.equal(formatMoney(m(1234, 'JPY')), '¥1,234');
    assert.equal(plain(formatMoney(m(1234, 'BHD'))), 'BHD 1.234');
    assert.equal(plain(formatMoney(m(5, 'BHD'))), 'BHD 0.005');
    assert.equal(formatMoney(m(7)), '$0.07');
    assert.equal(formatMoney(m(0)), '$0.00');
  });

  it('never rounds through floats, even at the largest amount', () => {
    assert.equal(formatMoney(m(999_999_999_999)), '$9,999,999,999.99');
    assert.equal(formatMoney(m(1_000_000_000_000)), '$10,000,000,000.00');
    assert.equal(formatMoney(m(1_000_000_000_000, 'JPY')), '¥1,000,000,000,000');
    // 0.29 * 100 is 28.999… as a float; built from the integer it is exact.
    assert.equal(formatMoney(m(29)), '$0.29');
  });

  it('formats in other locales and displays', () => {
    assert.equal(plain(formatMoney(m(1234, 'EUR'), { locale: 'de-DE' })), '12,34 €');
    assert.equal(plain(formatMoney(m(123456, 'EUR'), { locale: 'fr-FR' })), '1 234,56 €');
    assert.equal(plain(formatMoney(m(1234), { locale: 'es' })), '12,34 US$');
    assert.equal(plain(formatMoney(m(1234), { currencyDisplay: 'code' })), 'USD 12.34');
    assert.equal(formatMoney(m(1234), { currencyDisplay: 'name' }), '12.34 US dollars');
    assert.equal(formatMoney(m(1234), { locale: 'ar-EG' }).replace(/[\u200f\u00a0]/g, ''), '١٢٫٣٤US$');
  });

  it('drops .00 only for whole amounts when compact', () => {
    assert.equal(formatMoney(m(30000), { compact: true }), '$300');
    assert.equal(formatMoney(m(30050), { compact: true }), '$300.50');
    assert.equal(plain(formatMoney(m(30000, 'BHD'), { compact: true })), 'BHD 30');
    assert.equal(formatMoney(m(30000)), '$300.00');
  });

  it('refuses invalid money and options with MiInputError', () => {
    const cases: unknown[][] = [
      [m(12.5)],
      [m(-1)],
      [m(Number.NaN)],
      [m(1_000_000_000_001)],
      [m(100, 'usd')],
      [m(100, 'XYZ')],
      [{ amount: 100 }],
      [null],
      ['$12'],
      [m(100), { locale: 'not a locale!' }],
      [m(100), { locale: 42 }],
      [m(100), { currencyDisplay: 'emoji' }],
      [m(100), { compact: 'yes' }],
      [m(100), 'en-US'],
    ];
    for (const args of cases) {
      assert.throws(
        () => (formatMoney as (...a: unknown[]) => string)(...args),
        (error: unknown) => isMiInputError(error) && !/NaN/.test(error.message),
        JSON.stringify(args),
      );
    }
  });
});

describe('formatMoneyRange', () => {
  it('shows the currency once with an en dash', () => {
    assert.equal(formatMoneyRange(m(14400), m(26400), { compact: true }), '$144–264');
    assert.equal(formatMoneyRange(m(14400), m(26450), { compact: true }), '$144.00–264.50');
    assert.equal(plain(formatMoneyRange(m(1500), m(2500), { locale: 'es', compact: true })), '15–25 US$');
    assert.equal(formatMoneyRange(m(1500, 'JPY'), m(2500, 'JPY')), '¥1,500–2,500');
    assert.equal(plain(formatMoneyRange(m(1500, 'BHD'), m(2500, 'BHD'))), 'BHD 1.500–2.500');
    assert.equal(formatMoneyRange(m(2000), m(2000), { compact: true }), '$20');
    assert.equal(formatMoneyRange(m(100), m(200), { currencyDisplay: 'name' }), '1.00–2.00 US dollars');
  });

  it('refuses mixed currencies and reversed ranges', () => {
    assert.throws(() => formatMoneyRange(m(100), m(200, 'EUR')), (e: unknown) => isMiInputError(e) && /one currency/.test(e.message));
    assert.throws(() => formatMoneyRange(m(300), m(200)), (e: unknown) => isMiInputError(e) && /below/.test(e.message));
    assert.throws(() => formatMoneyRange(m(100), undefined as never), isMiInputError);
  });
});
