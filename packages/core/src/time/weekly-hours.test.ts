import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import type { Availability } from '../models/availability.js';
import { weekendHours, weeklyHours } from './weekly-hours.js';

const pattern: Availability = {
  timeZone: 'America/New_York',
  blocks: [
    { day: 6, start: '09:00', end: '13:00' },
    { day: 6, start: '12:00', end: '14:00' }, // overlaps the one before: Saturday is 09:00–14:00
    { day: 6, start: '09:30', end: '10:30' }, // inside it: adds nothing
    { day: 0, start: '20:00', end: '24:00' },
    { day: 0, start: '10:00', end: '10:15' },
    { day: 2, start: '18:00', end: '20:00' },
    { day: 2, start: '20:00', end: '21:30' }, // touches: Tuesday is 18:00–21:30
  ],
};

describe('weeklyHours and weekendHours', () => {
  it('count overlapping blocks on a day once', () => {
    assert.equal(weeklyHours(pattern), 5 + 4.25 + 3.5);
    assert.equal(weekendHours(pattern), 5 + 4.25);
  });

  it('are zero for no blocks and ignore dated exceptions', () => {
    assert.equal(weeklyHours({ timeZone: 'UTC', blocks: [] }), 0);
    assert.equal(
      weekendHours({ ...pattern, exceptions: [{ date: '2026-05-09', blocks: [] }, { date: '2026-05-12', blocks: [{ start: '00:00', end: '24:00' }] }] }),
      9.25,
    );
  });

  it('count a whole week as 168 hours and weekday-only blocks as no weekend', () => {
    const always = { timeZone: 'UTC', blocks: [0, 1, 2, 3, 4, 5, 6].map((day) => ({ day, start: '00:00', end: '24:00' })) };
    assert.equal(weeklyHours(always), 168);
    assert.equal(weekendHours(always), 48);
    assert.equal(weekendHours({ timeZone: 'UTC', blocks: [{ day: 5, start: '18:00', end: '24:00' }] }), 0);
  });
});
