// Every public time helper refuses bad input with an MiInputError whose message says what is
// wrong: never NaN, an Invalid Date, "undefined" in the text, or a TypeError from deep inside.

import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { isMiInputError } from '../errors/mi-input-error.js';
import type { Availability } from '../models/availability.js';
import { sampleProject } from '../test-support/fixtures.js';
import { addDuration } from './add-duration.js';
import { parseDuration } from './duration.js';
import { formatDuration } from './format-duration.js';
import { expandAvailability } from './expand-availability.js';
import { fit } from './fit.js';
import { formatWindow } from './format-window.js';
import { blocksFromSlots, slotsFromBlocks } from './slots.js';
import { weekdayName } from './weekdays.js';
import { weekendHours, weeklyHours } from './weekly-hours.js';
import { utcToZoned, zonedToUtc } from './zoned.js';

// The helpers are typed, but JavaScript callers and JSON can pass anything.
const loose = <T>(value: unknown) => value as T;
const ok: Availability = { timeZone: 'Europe/London', blocks: [{ day: 6, start: '09:00', end: '17:00' }] };
const may = new Date('2026-05-01T00:00:00Z');
const june = new Date('2026-06-01T00:00:00Z');
const wall = { year: 2026, month: 5, day: 1, hour: 9, minute: 0 };

const CASES: [name: string, call: () => unknown, mentions: RegExp][] = [
  ['parseDuration(P)', () => parseDuration('P'), /at least one number/],
  ['parseDuration(PT)', () => parseDuration('PT'), /at least one number/],
  ['parseDuration(P1.5W)', () => parseDuration('P1.5W'), /Fractions/],
  ['parseDuration(-P1D)', () => parseDuration('-P1D'), /Negative/],
  ['parseDuration(number)', () => parseDuration(loose(14)), /must be a string/],
  ['parseDuration(undefined)', () => parseDuration(loose(undefined)), /must be a string/],
  ['parseDuration(huge)', () => parseDuration(`P${'9'.repeat(200)}D`), /at most 128/],
  ['formatDuration(negative)', () => formatDuration({ weeks: -1 }), /weeks/],
  ['formatDuration(fraction)', () => formatDuration({ weeks: 1.5 }), /weeks/],
  ['formatDuration(unknown unit)', () => formatDuration(loose({ week: 2 })), /week.*Unknown field/],
  ['formatDuration(NaN)', () => formatDuration({ days: Number.NaN }), /days/],
  ['formatDuration(non-object)', () => formatDuration(loose('P2W')), /Invalid duration parts/],
  ['formatDuration(null)', () => formatDuration(loose(null)), /Invalid duration parts/],
  ['formatWindow(P)', () => formatWindow('P'), /window/],
  ['formatWindow(bad locale)', () => formatWindow('P2W', { locale: 'not a locale!' }), /locale/],
  ['formatWindow(options null)', () => formatWindow('P2W', loose(null)), /options/],
  ['addDuration(NaN date)', () => addDuration(new Date(Number.NaN), 'P1D', 'UTC'), /instant.*valid Date/],
  ['addDuration(string date)', () => addDuration(loose('2026-05-01'), 'P1D', 'UTC'), /instant.*valid Date/],
  ['addDuration(bad zone)', () => addDuration(may, 'P1D', 'Mars/Olympus'), /timeZone.*IANA/],
  ['addDuration(offset zone)', () => addDuration(may, 'P1D', '+02:00'), /timeZone.*IANA/],
  ['addDuration(P1.5W)', () => addDuration(may, 'P1.5W', 'UTC'), /Fractions/],
  ['addDuration(past 9999)', () => addDuration(may, 'P8000Y', 'UTC'), /outside the years/],
  ['addDuration(huge hours)', () => addDuration(may, `PT${Number.MAX_SAFE_INTEGER}H`, 'UTC'), /outside the years/],
  ['zonedToUtc(bad zone)', () => zonedToUtc(wall, 'Nowhere'), /timeZone/],
  ['zonedToUtc(Feb 30)', () => zonedToUtc({ ...wall, month: 2, day: 30 }, 'UTC'), /day.*does not have/],
  ['zonedToUtc(month 13)', () => zonedToUtc({ ...wall, month: 13 }, 'UTC'), /month/],
  ['zonedToUtc(hour 24)', () => zonedToUtc({ ...wall, hour: 24 }, 'UTC'), /hour/],
  ['zonedToUtc(NaN minute)', () => zonedToUtc({ ...wall, minute: Number.NaN }, 'UTC'), /minute/],
  ['zonedToUtc(non-object)', () => zonedToUtc(loose('2026-05-01T09:00'), 'UTC'), /wall-clock/],
  ['utcToZoned(invalid date)', () => utcToZoned(new Date('nope'), 'UTC'), /date.*valid Date/],
  ['utcToZoned(number)', () => utcToZoned(loose(0), 'UTC'), /date.*valid Date/],
  ['utcToZoned(bad zone)', () => utcToZoned(may, 'EST'), /timeZone/],
  ['utcToZoned(year 20000)', () => utcToZoned(new Date('+020000-01-01T00:00:00Z'), 'UTC'), /years 1 and 9999/],
  ['weeklyHours(non-object)', () => weeklyHours(loose(42)), /Invalid availability/],
  ['weeklyHours(bad zone)', () => weeklyHours({ ...ok, timeZone: 'Mars/Olympus' }), /timeZone/],
  ['weeklyHours(end before start)', () => weeklyHours({ ...ok, blocks: [{ day: 1, start: '10:00', end: '09:00' }] }), /blocks\.0\.end/],
  ['weekendHours(day 7)', () => weekendHours({ ...ok, blocks: [{ day: 7, start: '09:00', end: '10:00' }] }), /blocks\.0\.day/],
  ['weekendHours(null)', () => weekendHours(loose(null)), /Invalid availability/],
  ['expandAvailability(from > to)', () => expandAvailability(ok, june, may), /to.*before from/],
  ['expandAvailability(NaN from)', () => expandAvailability(ok, new Date(Number.NaN), june), /from.*valid Date/],
  ['expandAvailability(missing to)', () => expandAvailability(ok, may, loose(undefined)), /to.*valid Date/],
  ['expandAvailability(> 400 days)', () => expandAvailability(ok, may, new Date('2027-06-06T00:00:00Z')), /at most 400 days/],
  ['expandAvailability(bad exception date)', () => expandAvailability({ ...ok, exceptions: [{ date: '2026-02-30', blocks: [] }] }, may, june), /exceptions\.0\.date/],
  ['expandAvailability(non-object)', () => expandAvailability(loose('weekends'), may, june), /Invalid availability/],
  ['fit(non-object project)', () => fit(loose(null), ok, may), /Invalid project/],
  ['fit(bad window)', () => fit(sampleProject({ window: 'P1.5W' }), ok, may), /window/],
  ['fit(bad effort)', () => fit(sampleProject({ effort: { min: 5, max: 2 } }), ok, may), /effort\.max/],
  ['fit(bad availability)', () => fit(sampleProject(), { ...ok, timeZone: 'EST' }, may), /timeZone/],
  ['fit(NaN start)', () => fit(sampleProject(), ok, new Date(Number.NaN)), /start.*valid Date/],
  ['fit(bad locale)', () => fit(sampleProject(), ok, may, { locale: '??' }), /locale/],
  ['fit(options null)', () => fit(sampleProject(), ok, may, loose(null)), /options/],
  ['fit(two-year window)', () => fit(sampleProject({ window: 'P2Y' }), ok, may), /window.*400 days/],
  ['weekdayName(7)', () => weekdayName(7), /day/],
  ['weekdayName(1.5)', () => weekdayName(1.5), /day/],
  ['weekdayName(bad width)', () => weekdayName(1, loose({ width: 'wide' })), /width/],
  ['slotsFromBlocks(7-minute slots)', () => slotsFromBlocks([], 7), /slotMinutes/],
  ['slotsFromBlocks(bad block)', () => slotsFromBlocks(loose([{ day: 1, start: '25:00', end: '26:00' }])), /0\.start/],
  ['blocksFromSlots(6 days)', () => blocksFromSlots([[], [], [], [], [], []], 60), /7 days/],
  ['blocksFromSlots(short day)', () => blocksFromSlots(Array.from({ length: 7 }, () => [true]), 60), /24 slots/],
];

describe('bad input to the time helpers', () => {
  for (const [name, call, mentions] of CASES) {
    it(`${name} throws a clear MiInputError`, () => {
      assert.throws(call, (error: unknown) => {
        assert.ok(isMiInputError(error), `expected MiInputError, got ${String(error)}`);
        assert.match(error.message, mentions);
        assert.doesNotMatch(error.message, /undefined|NaN|Invalid Date|\[object/);
        assert.ok(error.issues.length >= 1 && error.issues.every((i) => i.message.length > 3));
        return true;
      });
    });
  }
});
