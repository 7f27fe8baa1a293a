import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { isWeekendDay, WEEKDAYS, weekdayName, WEEKEND_DAYS } from './weekdays.js';

describe('weekdays', () => {
  it('index keys and names by AvailabilityBlock.day (0 = Sunday)', () => {
    assert.equal(WEEKDAYS[0], 'sunday');
    assert.equal(WEEKDAYS[6], 'saturday');
    assert.deepEqual(WEEKEND_DAYS, [6, 0]);
    assert.deepEqual([0, 1, 2, 3, 4, 5, 6].filter(isWeekendDay), [0, 6]);
    assert.deepEqual([0, 1, 2, 3, 4, 5, 6].map((d) => weekdayName(d)), ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']);
  });

  it('names days in other locales and widths', () => {
    assert.equal(weekdayName(6, { locale: 'es' }), 'sábado');
    assert.equal(weekdayName(1, { width: 'short' }), 'Mon');
    assert.equal(weekdayName(0, { width: 'narrow' }), 'S');
  });
});
