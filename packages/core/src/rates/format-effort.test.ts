import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { isMiInputError } from '../errors/mi-input-error.js';
import { formatEffort } from './format-effort.js';

const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('formatEffort', () => {
  it('writes hours with the right plural', () => {
    assert.equal(formatEffort({ min: 4, max: 6 }), '4–6 hours');
    assert.equal(formatEffort({ min: 5, max: 5 }), '5 hours');
    assert.equal(formatEffort({ min: 1, max: 1 }), '1 hour');
    assert.equal(formatEffort({ min: 1.5, max: 1.5 }), '1.5 hours');
    assert.equal(formatEffort({ min: 1, max: 2 }), '1–2 hours');
    assert.equal(formatEffort({ min: 0.25, max: 0.5 }), '0.25–0.5 hours');
  });

  it('speaks Spanish and other locales through Intl', () => {
    assert.equal(plain(formatEffort({ min: 4, max: 6 }, { locale: 'es' })), '4–6 horas');
    assert.equal(plain(formatEffort({ min: 1, max: 1 }, { locale: 'es' })), '1 hora');
    assert.equal(plain(formatEffort({ min: 1.5, max: 1.5 }, { locale: 'es' })), '1,5 horas');
    assert.equal(plain(formatEffort({ min: 4, max: 6 }, { locale: 'de' })), '4–6 Stunden');
  });

  it('refuses bad input', () => {
    for (const args of [[{ min: 6, max: 4 }], [{ min: 0, max: 4 }], [{ min: '4', max: 6 }], [undefined], [{ min: 4, max: 6 }, { locale: 'en_US!' }]]) {
      assert.throws(() => (formatEffort as (...a: unknown[]) => string)(...args), (e: unknown) => isMiInputError(e) && !/undefined|NaN/.test(e.message));
    }
  });
});
