import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { utcToZoned, zonedToUtc, type WallClock } from './zoned.js';

const at = (wall: string) => {
  const [date, time] = wall.split(' ') as [string, string];
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  return { year, month, day, hour, minute } satisfies WallClock;
};
const iso = (wall: string, zone: string) => zonedToUtc(at(wall), zone).toISOString();

// The 2026 daylight-saving days of three zones on three continents. Sydney springs forward in
// October and falls back in April.
const DST_DAYS = [
  { zone: 'America/New_York', gap: '2026-03-08 02:30', gapUtc: '2026-03-08T07:30:00.000Z', gapShown: '03:30', overlap: '2026-11-01 01:30', earlierUtc: '2026-11-01T05:30:00.000Z', laterUtc: '2026-11-01T06:30:00.000Z' },
  { zone: 'Europe/London', gap: '2026-03-29 01:30', gapUtc: '2026-03-29T01:30:00.000Z', gapShown: '02:30', overlap: '2026-10-25 01:30', earlierUtc: '2026-10-25T00:30:00.000Z', laterUtc: '2026-10-25T01:30:00.000Z' },
  { zone: 'Australia/Sydney', gap: '2026-10-04 02:30', gapUtc: '2026-10-03T16:30:00.000Z', gapShown: '03:30', overlap: '2026-04-05 02:30', earlierUtc: '2026-04-04T15:30:00.000Z', laterUtc: '2026-04-04T16:30:00.000Z' },
];

describe('zonedToUtc', () => {
  it('converts ordinary wall-clock times', () => {
    assert.equal(iso('2026-07-04 09:00', 'America/New_York'), '2026-07-04T13:00:00.000Z');
    assert.equal(iso('2026-01-15 09:00', 'Europe/London'), '2026-01-15T09:00:00.000Z');
    assert.equal(iso('2026-01-15 09:00', 'Australia/Sydney'), '2026-01-14T22:00:00.000Z');
    assert.equal(iso('2026-01-15 09:00', 'Asia/Kolkata'), '2026-01-15T03:30:00.000Z');
    assert.equal(zonedToUtc({ ...at('2026-01-15 09:00'), second: 59 }, 'UTC').toISOString(), '2026-01-15T09:00:59.000Z');
  });

  for (const d of DST_DAYS) {
    it(`moves a time in the spring-forward gap forward by the gap (${d.zone} ${d.gap})`, () => {
      assert.equal(iso(d.gap, d.zone), d.gapUtc);
      const shown = utcToZoned(new Date(d.gapUtc), d.zone);
      assert.equal(`${String(shown.hour).padStart(2, '0')}:${String(shown.minute).padStart(2, '0')}`, d.gapShown);
    });

    it(`reads a repeated fall-back time as its earlier occurrence (${d.zone} ${d.overlap})`, () => {
      assert.equal(iso(d.overlap, d.zone), d.earlierUtc);
      // Both instants really show that wall-clock time, an hour apart.
      for (const instant of [d.earlierUtc, d.laterUtc]) {
        const shown = utcToZoned(new Date(instant), d.zone);
        assert.deepEqual([shown.hour, shown.minute], [at(d.overlap).hour, at(d.overlap).minute]);
      }
    });
  }

  it('keeps years before 100 (no 19xx surprise from Date.UTC)', () => {
    assert.equal(zonedToUtc({ year: 50, month: 3, day: 1, hour: 12, minute: 0 }, 'UTC').toISOString(), '0050-03-01T12:00:00.000Z');
  });
});

describe('utcToZoned', () => {
  it('gives wall clock, weekday and offset', () => {
    assert.deepEqual(utcToZoned(new Date('2026-03-08T07:30:00Z'), 'America/New_York'), {
      year: 2026, month: 3, day: 8, hour: 3, minute: 30, second: 0, weekday: 0, offsetMinutes: -240,
    });
    assert.deepEqual(utcToZoned(new Date('2026-11-01T06:30:00Z'), 'America/New_York').offsetMinutes, -300);
    const midnight = utcToZoned(new Date('2026-06-30T23:00:00Z'), 'Europe/London');
    assert.deepEqual([midnight.month, midnight.day, midnight.hour, midnight.weekday], [7, 1, 0, 3]);
    assert.equal(utcToZoned(new Date('2026-01-01T00:00:00Z'), 'Australia/Lord_Howe').offsetMinutes, 660);
    assert.equal(utcToZoned(new Date('2026-07-01T00:00:00Z'), 'Australia/Lord_Howe').offsetMinutes, 630);
  });

  it('round-trips: the wall clock of an instant converts back to that instant or an earlier one showing the same time (property)', () => {
    const zones = ['America/New_York', 'Europe/London', 'Australia/Sydney', 'Australia/Lord_Howe', 'Asia/Kolkata', 'America/St_Johns', 'UTC'];
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.integer({ min: Date.UTC(2025, 11, 1), max: Date.UTC(2027, 0, 31) }).map((ms) => Math.floor(ms / 1000) * 1000),
        (zone, ms) => {
          const shown = utcToZoned(new Date(ms), zone);
          const back = zonedToUtc(shown, zone).getTime();
          // Equal, except in the second pass of a fall-back hour, whose wall clock names the first.
          assert.ok(back <= ms && ms - back <= 3_600_000, `${zone} ${new Date(ms).toISOString()} → ${new Date(back).toISOString()}`);
          const again = utcToZoned(new Date(back), zone);
          assert.deepEqual([again.year, again.month, again.day, again.hour, again.minute, again.second], [shown.year, shown.month, shown.day, shown.hour, shown.minute, shown.second]);
        },
      ),
      { numRuns: 200, seed: 2026 },
    );
  });
});
