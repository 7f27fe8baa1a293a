import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { gridHours, hourGrid, weekInZone, weekOrder } from './week-grid.js';

// A June week: Madrid is UTC+2, London UTC+1, New York UTC-4, Tokyo UTC+9.
const june = new Date('2026-06-01T00:00:00Z');

describe('weekInZone', () => {
  test('the same zone keeps the blocks, merged and sorted', () => {
    const blocks = [{ day: 6, start: '12:00', end: '14:00' }, { day: 0, start: '10:00', end: '11:00' }, { day: 6, start: '09:00', end: '12:30' }];
    assert.deepEqual(weekInZone({ timeZone: 'Europe/Madrid', blocks }, 'Europe/Madrid', june), [
      { day: 0, start: '10:00', end: '11:00' },
      { day: 6, start: '09:00', end: '14:00' },
    ]);
  });

  test('moves blocks by the zones’ difference in that week', () => {
    const madrid = { timeZone: 'Europe/Madrid', blocks: [{ day: 6, start: '09:00', end: '13:00' }] };
    assert.deepEqual(weekInZone(madrid, 'America/New_York', june), [{ day: 6, start: '03:00', end: '07:00' }]);
    // In January Madrid is UTC+1 and New York UTC-5: the same six hours.
    assert.deepEqual(weekInZone(madrid, 'America/New_York', new Date('2026-01-05T00:00:00Z')), [{ day: 6, start: '03:00', end: '07:00' }]);
    // In the weeks when the US has changed its clocks and Europe not yet, five.
    assert.deepEqual(weekInZone(madrid, 'America/New_York', new Date('2026-03-16T00:00:00Z')), [{ day: 6, start: '04:00', end: '08:00' }]);
  });

  test('a block can land on the day before, or be split at midnight, or wrap round the week', () => {
    const tokyo = { timeZone: 'Asia/Tokyo', blocks: [{ day: 6, start: '08:00', end: '12:00' }] };
    assert.deepEqual(weekInZone(tokyo, 'America/New_York', june), [{ day: 5, start: '19:00', end: '23:00' }]);
    const london = { timeZone: 'Europe/London', blocks: [{ day: 6, start: '02:00', end: '06:00' }, { day: 0, start: '01:00', end: '03:00' }] };
    assert.deepEqual(weekInZone(london, 'America/New_York', june), [
      { day: 5, start: '21:00', end: '24:00' },
      { day: 6, start: '00:00', end: '01:00' },
      { day: 6, start: '20:00', end: '22:00' },
    ]);
  });

  test('a block the week’s start cuts in two comes back whole', () => {
    const london = { timeZone: 'Europe/London', blocks: [{ day: 6, start: '09:00', end: '17:00' }] };
    // Saturday 6 June 2026, 12:00 UTC: 13:00 in London, in the middle of the block.
    assert.deepEqual(weekInZone(london, 'America/New_York', new Date('2026-06-06T12:00:00Z')), [{ day: 6, start: '04:00', end: '12:00' }]);
  });
});

describe('hourGrid', () => {
  test('each cell says whether its hour is free in full, in part or not at all', () => {
    const rows = hourGrid([{ day: 6, start: '09:30', end: '11:00' }, { day: 0, start: '10:00', end: '10:15' }], [0, 6], 9, 11);
    assert.equal(rows.length, 2);
    assert.deepEqual(rows[0]!.map((c) => c.cover), ['none', 'part']);
    assert.deepEqual(rows[0]![1]!.spans, [{ start: 570, end: 600 }]);
    assert.deepEqual(rows[1]!.map((c) => c.cover), ['part', 'all']);
    assert.deepEqual(rows[1]![0]!.spans, [{ start: 600, end: 615 }]);
  });

  test('the hours shown take in every block; the columns follow the language', () => {
    assert.deepEqual(gridHours([]), { startHour: 8, endHour: 22 });
    assert.deepEqual(gridHours([{ day: 1, start: '06:30', end: '07:00' }, { day: 2, start: '21:00', end: '23:15' }]), { startHour: 5, endHour: 24 });
    assert.deepEqual(gridHours([{ day: 6, start: '09:00', end: '17:00' }]), { startHour: 8, endHour: 18 });
    // Too few hours to read as a week: widened to six rows, never past midnight.
    assert.deepEqual(gridHours([{ day: 6, start: '10:00', end: '11:00' }]), { startHour: 7, endHour: 13 });
    assert.deepEqual(gridHours([{ day: 6, start: '00:00', end: '01:00' }]), { startHour: 0, endHour: 6 });
    assert.deepEqual(gridHours([{ day: 6, start: '23:00', end: '24:00' }]), { startHour: 18, endHour: 24 });
    assert.deepEqual(weekOrder('en'), [0, 1, 2, 3, 4, 5, 6]);
    assert.deepEqual(weekOrder('es'), [1, 2, 3, 4, 5, 6, 0]);
  });
});
