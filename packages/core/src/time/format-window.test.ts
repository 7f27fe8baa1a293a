import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { formatWindow } from './format-window.js';

describe('formatWindow', () => {
  it('says what the duration says, in English by default', () => {
    assert.equal(formatWindow('P2W'), '2 weeks');
    assert.equal(formatWindow('P1W'), '1 week');
    assert.equal(formatWindow('P1M'), '1 month');
    assert.equal(formatWindow('P2D'), '2 days');
    assert.equal(formatWindow('PT36H'), '36 hours');
    assert.equal(formatWindow('P0D'), '0 days');
  });

  it('lists composite durations unit by unit', () => {
    assert.equal(formatWindow('P1W2D'), '1 week, 2 days');
    assert.equal(formatWindow('P1DT12H'), '1 day, 12 hours');
  });

  it('speaks Spanish with locale es', () => {
    assert.equal(formatWindow('P2W', { locale: 'es' }), '2 semanas');
    assert.equal(formatWindow('P1M', { locale: 'es' }), '1 mes');
    assert.equal(formatWindow('P1W2D', { locale: 'es-MX' }), '1 semana y 2 días');
  });
});
