import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { isMiInputError } from '../errors/mi-input-error.js';
import type { Compensation } from '../models/compensation.js';
import { formatRate } from './format-rate.js';

const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
const m = (amount: number, currency = 'USD') => ({ amount, currency });
const hourly = (min: number, max?: number, currency = 'USD'): Compensation =>
  max === undefined ? { kind: 'hourly', min: m(min, currency) } : { kind: 'hourly', min: m(min, currency), max: m(max, currency) };
const fixed = (amount: number, currency = 'USD'): Compensation => ({ kind: 'fixed', amount: m(amount, currency) });

describe('formatRate', () => {
  it('formats English ranges, single rates and fees', () => {
    assert.equal(formatRate(hourly(1500, 2500)), '$15–25/hr');
    assert.equal(formatRate(hourly(2000)), '$20/hr');
    assert.equal(formatRate(hourly(2000, 2000)), '$20/hr');
    assert.equal(formatRate(fixed(30000)), '$300 fixed');
    assert.equal(formatRate(hourly(1550, 2500)), '$15.50–25.00/hr');
    assert.equal(formatRate(fixed(29999)), '$299.99 fixed');
  });

  it('handles currencies without and with three minor digits', () => {
    assert.equal(formatRate(hourly(1500, 2500, 'JPY')), '¥1,500–2,500/hr');
    assert.equal(formatRate(fixed(30000, 'JPY')), '¥30,000 fixed');
    assert.equal(plain(formatRate(hourly(5500, 7250, 'BHD'))), 'BHD 5.500–7.250/hr');
    assert.equal(plain(formatRate(hourly(5000, 7000, 'BHD'))), 'BHD 5–7/hr');
    assert.equal(plain(formatRate(fixed(150_000, 'BHD'))), 'BHD 150 fixed');
  });

  it('lets Intl place the symbol and uses Spanish words', () => {
    assert.equal(plain(formatRate(hourly(1500, 2500), { locale: 'es' })), '15–25 US$/h');
    assert.equal(plain(formatRate(fixed(30000), { locale: 'es-ES' })), '300 US$ fijo');
    assert.equal(plain(formatRate(hourly(1500, 2500, 'EUR'), { locale: 'de-DE' })), '15–25 €/hr');
    assert.equal(plain(formatRate(hourly(1500, 2500), { locale: 'fr-FR' })), '15–25 $US/hr');
  });

  it('takes currencyDisplay and a custom per-hour suffix', () => {
    assert.equal(plain(formatRate(hourly(1500, 2500), { currencyDisplay: 'code' })), 'USD 15–25/hr');
    assert.equal(formatRate(hourly(2000), { perHour: ' an hour' }), '$20 an hour');
  });

  it('refuses bad input with MiInputError', () => {
    const bad: unknown[][] = [
      [undefined],
      [{ kind: 'weekly', amount: m(100) }],
      [{ kind: 'hourly', min: m(2000), max: m(1500) }],
      [{ kind: 'hourly', min: m(2000), max: m(2500, 'EUR') }],
      [{ kind: 'fixed', amount: m(1.5) }],
      [{ kind: 'fixed', amount: m(100, 'XYZ') }],
      [hourly(2000), { perHour: 5 }],
      [hourly(2000), { locale: '' }],
      [hourly(2000), { currencyDisplay: 'big' }],
    ];
    for (const args of bad) {
      assert.throws(() => (formatRate as (...a: unknown[]) => string)(...args), isMiInputError, JSON.stringify(args));
    }
  });
});
