import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { minutesOf, type Availability, type AvailabilityBlock } from '../models/availability.js';
import { expandAvailability, MAX_EXPANSION_DAYS } from './expand-availability.js';
import { utcToZoned, zonedToUtc } from './zoned.js';

const DAY = 86_400_000;
const show = (intervals: { start: Date; end: Date }[]) => intervals.map((i) => `${i.start.toISOString()}/${i.end.toISOString()}`);
const expand = (availability: Availability, from: string, to: string) => show(expandAvailability(availability, new Date(from), new Date(to)));

describe('expandAvailability', () => {
  it('keeps 09:00 local on both sides of a daylight-saving change', () => {
    const saturdays = { timeZone: 'America/New_York', blocks: [{ day: 6, start: '09:00', end: '12:00' }] };
    assert.deepEqual(expand(saturdays, '2026-03-01T00:00:00Z', '2026-03-15T00:00:00Z'), [
      '2026-03-07T14:00:00.000Z/2026-03-07T17:00:00.000Z',
      '2026-03-14T13:00:00.000Z/2026-03-14T16:00:00.000Z',
    ]);
  });

  it('shrinks a block crossing the spring-forward gap and grows one crossing the fall-back overlap', () => {
    const sundays = (start: string, end: string, timeZone = 'America/New_York') => ({ timeZone, blocks: [{ day: 0, start, end }] });
    assert.deepEqual(expand(sundays('01:00', '04:00'), '2026-03-08T00:00:00Z', '2026-03-09T00:00:00Z'), ['2026-03-08T06:00:00.000Z/2026-03-08T08:00:00.000Z']);
    assert.deepEqual(expand(sundays('01:00', '04:00'), '2026-11-01T00:00:00Z', '2026-11-02T00:00:00Z'), ['2026-11-01T05:00:00.000Z/2026-11-01T09:00:00.000Z']);
    assert.deepEqual(expand(sundays('01:00', '04:00', 'Australia/Sydney'), '2026-10-03T00:00:00Z', '2026-10-05T00:00:00Z'), ['2026-10-03T15:00:00.000Z/2026-10-03T17:00:00.000Z']);
    assert.deepEqual(expand(sundays('00:30', '02:30', 'Europe/London'), '2026-10-25T00:00:00Z', '2026-10-26T00:00:00Z'), ['2026-10-25T00:00:00.000Z/2026-10-25T02:30:00.000Z']);
    // Wholly inside the gap: both edges move forward by the gap, as single times do.
    assert.deepEqual(expand(sundays('02:15', '02:45'), '2026-03-08T00:00:00Z', '2026-03-09T00:00:00Z'), ['2026-03-08T07:15:00.000Z/2026-03-08T07:45:00.000Z']);
    // A whole day is 23 and 25 hours long on those Sundays.
    const hours = (from: string, to: string) =>
      expandAvailability(sundays('00:00', '24:00'), new Date(from), new Date(to)).reduce((h, i) => h + (i.end.getTime() - i.start.getTime()) / 3_600_000, 0);
    assert.equal(hours('2026-03-07T00:00:00Z', '2026-03-10T00:00:00Z'), 23);
    assert.equal(hours('2026-10-31T00:00:00Z', '2026-11-03T00:00:00Z'), 25);
  });

  it('applies dated exceptions: a date replaces its weekly blocks, an empty one means unavailable', () => {
    const availability: Availability = {
      timeZone: 'Europe/London',
      blocks: [{ day: 6, start: '10:00', end: '12:00' }],
      exceptions: [
        { date: '2026-05-09', blocks: [] }, // a Saturday off
        { date: '2026-05-16', blocks: [{ start: '14:00', end: '15:00' }] }, // a Saturday moved
        { date: '2026-05-13', blocks: [{ start: '18:00', end: '19:00' }] }, // an extra Wednesday
        { date: '2026-05-13', blocks: [{ start: '18:30', end: '20:00' }] }, // two for one date add up
      ],
    };
    assert.deepEqual(expand(availability, '2026-05-04T00:00:00Z', '2026-05-25T00:00:00Z'), [
      '2026-05-13T17:00:00.000Z/2026-05-13T19:00:00.000Z',
      '2026-05-16T13:00:00.000Z/2026-05-16T14:00:00.000Z',
      '2026-05-23T09:00:00.000Z/2026-05-23T11:00:00.000Z',
    ]);
  });

  it('clips to [from, to), merges across midnight and returns nothing for an empty range', () => {
    const lateNights = {
      timeZone: 'UTC',
      blocks: [
        { day: 6, start: '20:00', end: '24:00' },
        { day: 0, start: '00:00', end: '02:00' },
        { day: 0, start: '01:00', end: '03:00' },
      ],
    };
    assert.deepEqual(expand(lateNights, '2026-05-09T21:30:00Z', '2026-05-10T02:30:00Z'), ['2026-05-09T21:30:00.000Z/2026-05-10T02:30:00.000Z']);
    assert.deepEqual(expand(lateNights, '2026-05-09T00:00:00Z', '2026-05-11T00:00:00Z'), ['2026-05-09T20:00:00.000Z/2026-05-10T03:00:00.000Z']);
    assert.deepEqual(expand(lateNights, '2026-05-09T21:00:00Z', '2026-05-09T21:00:00Z'), []);
    assert.deepEqual(expand({ timeZone: 'UTC', blocks: [] }, '2026-05-01T00:00:00Z', '2026-06-01T00:00:00Z'), []);
  });

  it(`expands up to ${MAX_EXPANSION_DAYS} days`, () => {
    const every = { timeZone: 'Australia/Sydney', blocks: [0, 1, 2, 3, 4, 5, 6].map((day) => ({ day, start: '09:00', end: '17:00' })) };
    const from = new Date('2025-12-31T13:00:00Z'); // midnight in Sydney
    assert.equal(expandAvailability(every, from, new Date(from.getTime() + MAX_EXPANSION_DAYS * DAY)).length, MAX_EXPANSION_DAYS);
  });
});

// The 2026 changes: [zone, an instant of the change, the local minutes skipped in spring].
const CHANGES = [
  ['America/New_York', '2026-03-08T07:00:00Z', 120, 180],
  ['America/New_York', '2026-11-01T06:00:00Z', 120, 180],
  ['Europe/London', '2026-03-29T01:00:00Z', 60, 120],
  ['Europe/London', '2026-10-25T01:00:00Z', 60, 120],
  ['Australia/Sydney', '2026-10-03T16:00:00Z', 120, 180],
  ['Australia/Sydney', '2026-04-04T16:00:00Z', 120, 180],
] as const;

/** A change, weekly blocks whose edges are real times on every day, and a range around the change. */
const scenario = fc
  .constantFrom(...CHANGES)
  .chain(([zone, change, gapStart, gapEnd]) => {
    const outsideGap = fc.integer({ min: 0, max: 288 }).map((i) => i * 5).filter((m) => m < gapStart || m >= gapEnd);
    const block = fc
      .tuple(fc.integer({ min: 0, max: 6 }), outsideGap, outsideGap)
      .filter(([, a, b]) => a !== b)
      .map(([day, a, b]): AvailabilityBlock => {
        const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
        return { day, start: hhmm(Math.min(a, b)), end: hhmm(Math.max(a, b)) };
      });
    return fc.record({
      zone: fc.constant(zone),
      blocks: fc.array(block, { minLength: 1, maxLength: 8 }),
      from: fc.integer({ min: -10 * DAY, max: 2 * DAY }).map((d) => new Date(Date.parse(change) + d)),
      length: fc.integer({ min: 0, max: 20 * DAY }),
      samples: fc.array(fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), { minLength: 10, maxLength: 40 }),
    });
  })
  .map((s) => ({ ...s }));

const wallMinutes = (date: Date, zone: string) => {
  const p = utcToZoned(date, zone);
  return { weekday: p.weekday, minutes: p.hour * 60 + p.minute, second: p.second };
};

describe('expandAvailability across the 2026 daylight-saving changes (property)', () => {
  it('starts and ends every interval at a block edge in local wall-clock time, and covers exactly the instants inside a block', () => {
    fc.assert(
      fc.property(scenario, ({ zone, blocks, from, length, samples }) => {
        const to = new Date(from.getTime() + length);
        const intervals = expandAvailability({ timeZone: zone, blocks }, from, to);
        let previousEnd = -Infinity;
        for (const { start, end } of intervals) {
          assert.ok(start.getTime() >= from.getTime() && end.getTime() <= to.getTime() && start < end, 'inside [from, to)');
          assert.ok(start.getTime() > previousEnd, 'sorted, merged');
          previousEnd = end.getTime();
          if (start > from) {
            const w = wallMinutes(start, zone);
            assert.ok(
              blocks.some((b) => b.day === w.weekday && minutesOf(b.start) === w.minutes) && w.second === 0,
              `${start.toISOString()} is ${w.minutes} min on day ${w.weekday} in ${zone}: no block starts then`,
            );
          }
          if (end < to) {
            const w = wallMinutes(end, zone);
            const endsThen = (b: AvailabilityBlock) =>
              (b.day === w.weekday && minutesOf(b.end) === w.minutes) || (w.minutes === 0 && b.end === '24:00' && b.day === (w.weekday + 6) % 7);
            assert.ok(blocks.some(endsThen), `${end.toISOString()} is ${w.minutes} min on day ${w.weekday} in ${zone}: no block ends then`);
          }
        }
        // Sampled instants are covered exactly when their wall clock lies inside a block, except
        // in the second pass of a fall-back hour (a repeated time belongs to its first pass).
        for (const f of samples) {
          const t = new Date(from.getTime() + Math.floor(f * length));
          const p = utcToZoned(t, zone);
          if (zonedToUtc(p, zone).getTime() !== Math.floor(t.getTime() / 1000) * 1000) continue;
          const minutes = p.hour * 60 + p.minute + p.second / 60;
          const inBlock = blocks.some((b) => b.day === p.weekday && minutesOf(b.start) <= minutes && minutes < minutesOf(b.end));
          const covered = intervals.some((i) => i.start <= t && t < i.end);
          assert.equal(covered, inBlock, `${t.toISOString()} in ${zone}`);
        }
      }),
      { numRuns: 150, seed: 20260308 },
    );
  });
});
