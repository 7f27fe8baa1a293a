import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { addDuration } from './add-duration.js';

const add = (instant: string, iso: string, zone: string) => addDuration(new Date(instant), iso, zone).toISOString();

describe('addDuration', () => {
  it('adds days in wall-clock time: 09:00 stays 09:00 across a daylight-saving change', () => {
    assert.equal(add('2026-03-07T14:00:00Z', 'P1D', 'America/New_York'), '2026-03-08T13:00:00.000Z');
    assert.equal(add('2026-10-31T13:00:00Z', 'P1D', 'America/New_York'), '2026-11-01T14:00:00.000Z');
    assert.equal(add('2026-03-22T09:00:00Z', 'P2W', 'Europe/London'), '2026-04-05T08:00:00.000Z');
    assert.equal(add('2026-09-28T23:00:00Z', 'P1W', 'Australia/Sydney'), '2026-10-05T22:00:00.000Z');
  });

  it('adds hours as exact elapsed time', () => {
    assert.equal(add('2026-03-07T14:00:00Z', 'PT24H', 'America/New_York'), '2026-03-08T14:00:00.000Z');
    // The second 01:30 of New York's fall-back night plus an hour is 02:30 EST, not a wall-clock hop.
    assert.equal(add('2026-11-01T06:30:00Z', 'PT1H', 'America/New_York'), '2026-11-01T07:30:00.000Z');
    assert.equal(add('2026-03-07T14:00:00Z', 'P1DT2H', 'America/New_York'), '2026-03-08T15:00:00.000Z');
  });

  it('clamps months and years to the end of a shorter month', () => {
    assert.equal(add('2026-01-31T15:00:00Z', 'P1M', 'America/New_York'), '2026-02-28T15:00:00.000Z');
    assert.equal(add('2028-01-31T15:00:00Z', 'P1M', 'America/New_York'), '2028-02-29T15:00:00.000Z');
    assert.equal(add('2028-02-29T12:00:00Z', 'P1Y', 'UTC'), '2029-02-28T12:00:00.000Z');
    assert.equal(add('2026-01-31T12:00:00Z', 'P1M1D', 'UTC'), '2026-03-01T12:00:00.000Z');
    assert.equal(add('2026-11-30T12:00:00Z', 'P3M', 'UTC'), '2027-02-28T12:00:00.000Z');
  });

  it('uses the calendar of the given zone, not UTC', () => {
    // 2026-01-31 20:00 in New York is already Feb 1 in UTC; a month later is Feb 28 20:00 local.
    assert.equal(add('2026-02-01T01:00:00Z', 'P1M', 'America/New_York'), '2026-03-01T01:00:00.000Z');
  });

  it('lands a result in a gap past the gap, and one in an overlap on its earlier occurrence', () => {
    assert.equal(add('2026-03-07T07:30:00Z', 'P1D', 'America/New_York'), '2026-03-08T07:30:00.000Z'); // 02:30 → 03:30 EDT
    assert.equal(add('2026-10-31T05:30:00Z', 'P1D', 'America/New_York'), '2026-11-01T05:30:00.000Z'); // 01:30 EDT
  });

  it('keeps milliseconds and returns the same instant for a zero duration', () => {
    assert.equal(add('2026-05-01T10:00:00.123Z', 'P1D', 'Europe/London'), '2026-05-02T10:00:00.123Z');
    assert.equal(add('2026-05-01T10:00:00.123Z', 'PT0S', 'Europe/London'), '2026-05-01T10:00:00.123Z');
  });
});
