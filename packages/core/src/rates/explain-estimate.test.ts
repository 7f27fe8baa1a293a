import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { isMiInputError } from '../errors/mi-input-error.js';
import type { Compensation } from '../models/compensation.js';
import { explainEstimate } from './explain-estimate.js';

const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
const m = (amount: number, currency = 'USD') => ({ amount, currency });
const hourly = (min: number, max: number, currency = 'USD'): Compensation => ({ kind: 'hourly', min: m(min, currency), max: m(max, currency) });
const fixed = (amount: number, currency = 'USD'): Compensation => ({ kind: 'fixed', amount: m(amount, currency) });

describe('explainEstimate', () => {
  it('explains hourly pay as hours times rate', () => {
    assert.equal(explainEstimate(hourly(1800, 2200), { min: 8, max: 12 }), '8–12 hours × $18–22/hr ≈ $144–264');
    assert.equal(explainEstimate(hourly(2000, 2000), { min: 5, max: 5 }), '5 hours × $20/hr ≈ $100');
    assert.equal(explainEstimate(hourly(1850, 1850), { min: 3, max: 3 }), '3 hours × $18.50/hr ≈ $55.50');
  });

  it('explains a fixed fee as an effective hourly rate', () => {
    assert.equal(explainEstimate(fixed(30000), { min: 10, max: 15 }), '$300 for 10–15 hours ≈ $20–30/hr effective');
    assert.equal(explainEstimate(fixed(30000), { min: 16, max: 16 }), '$300 for 16 hours ≈ $18.75/hr effective');
  });

  it('handles JPY and BHD', () => {
    assert.equal(explainEstimate(hourly(1500, 2000, 'JPY'), { min: 4, max: 6 }), '4–6 hours × ¥1,500–2,000/hr ≈ ¥6,000–12,000');
    assert.equal(plain(explainEstimate(fixed(100_000, 'BHD'), { min: 8, max: 12 })), 'BHD 100 for 8–12 hours ≈ BHD 8.333–12.500/hr effective');
  });

  it('speaks Spanish', () => {
    assert.equal(plain(explainEstimate(hourly(1800, 2200), { min: 8, max: 12 }, { locale: 'es' })), '8–12 horas × 18–22 US$/h ≈ 144–264 US$');
    assert.equal(plain(explainEstimate(fixed(30000), { min: 10, max: 15 }, { locale: 'es' })), '300 US$ por 10–15 horas ≈ 20–30 US$/h efectivos');
  });

  it('falls back to English words for other languages while Intl formats the numbers', () => {
    assert.equal(plain(explainEstimate(hourly(1800, 2200, 'EUR'), { min: 8, max: 12 }, { locale: 'de-DE' })), '8–12 Stunden × 18–22 €/hr ≈ 144–264 €');
  });

  it('refuses bad input', () => {
    for (const args of [[fixed(30000)], [undefined, { min: 1, max: 2 }], [fixed(30000), { min: 1, max: 2 }, { locale: 7 }], [fixed(30000), { min: 1, max: 2 }, { currencyDisplay: 'x' }]]) {
      assert.throws(() => (explainEstimate as (...a: unknown[]) => string)(...args), (e: unknown) => isMiInputError(e) && !/undefined|NaN/.test(e.message));
    }
  });
});
