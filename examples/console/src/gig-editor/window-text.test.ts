import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { readWindow, windowForm } from './window-text.js';

describe('the window as a number and a unit', () => {
  test('one unit becomes a count and the unit, and reads back to the same duration', () => {
    for (const [iso, count, unit] of [['P2W', '2', 'weeks'], ['P10D', '10', 'days'], ['P1M', '1', 'months'], ['P14D', '14', 'days']] as const) {
      const form = windowForm(iso);
      assert.deepEqual([form.windowCount, form.windowUnit], [count, unit]);
      assert.deepEqual(readWindow(form), { value: iso });
    }
  });

  test('a duration no single unit says is kept as written', () => {
    for (const iso of ['P1W2D', 'P2DT12H', 'P1Y', 'PT36H']) {
      const form = windowForm(iso);
      assert.equal(form.windowUnit, 'iso');
      assert.deepEqual(readWindow(form), { value: iso });
    }
  });

  test('an empty, fractional or zero count is a problem, not a guess', () => {
    assert.deepEqual(readWindow({ windowCount: '', windowUnit: 'weeks', windowIso: '' }), { problem: 'required' });
    assert.deepEqual(readWindow({ windowCount: '1.5', windowUnit: 'weeks', windowIso: '' }), { problem: 'whole' });
    assert.deepEqual(readWindow({ windowCount: '0', windowUnit: 'days', windowIso: '' }), { problem: 'whole' });
    assert.deepEqual(readWindow({ windowCount: '3', windowUnit: 'iso', windowIso: '  ' }), { problem: 'required' });
  });
});
