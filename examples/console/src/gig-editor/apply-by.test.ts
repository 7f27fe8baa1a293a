import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { applyByInstant, applyByLocal } from './apply-by.js';

describe('the deadline in the company’s time zone', () => {
  test('shows an instant as the wall clock in the zone, and reads it back', () => {
    assert.equal(applyByLocal('2026-03-20T22:00:00.000Z', 'America/Chicago'), '2026-03-20T17:00');
    assert.equal(applyByInstant('2026-03-20T17:00', 'America/Chicago'), '2026-03-20T22:00:00.000Z');
    assert.equal(applyByLocal('2026-03-20T22:00:00.000Z', 'Europe/Madrid'), '2026-03-20T23:00');
    assert.equal(applyByLocal('2026-01-05T10:15:30Z', 'UTC'), '2026-01-05T10:15:30');
    assert.equal(applyByInstant('2026-01-05T10:15:30', 'UTC'), '2026-01-05T10:15:30.000Z');
  });

  test('follows daylight saving: the same wall clock a day apart is another offset', () => {
    assert.equal(applyByInstant('2026-03-07T17:00', 'America/Chicago'), '2026-03-07T23:00:00.000Z');
    assert.equal(applyByInstant('2026-03-09T17:00', 'America/Chicago'), '2026-03-09T22:00:00.000Z');
    // 02:30 does not exist on the spring-forward day: it is read as 03:30 CDT.
    assert.equal(applyByInstant('2026-03-08T02:30', 'America/Chicago'), '2026-03-08T08:30:00.000Z');
  });

  test('text that is not a date and time gives nothing', () => {
    assert.equal(applyByInstant('', 'UTC'), undefined);
    assert.equal(applyByInstant('2026-13-01T10:00', 'UTC'), undefined);
    assert.equal(applyByInstant('next friday', 'UTC'), undefined);
  });
});
