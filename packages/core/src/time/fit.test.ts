import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { Availability, AvailabilityBlock } from '../models/availability.js';
import { sampleProject } from '../test-support/fixtures.js';
import { expandAvailability } from './expand-availability.js';
import { fit } from './fit.js';

const NY = 'America/New_York';
// Monday 2026-05-04, 09:00 in New York.
const MONDAY = new Date('2026-05-04T13:00:00Z');
const weekends8h: Availability = {
  timeZone: NY,
  blocks: [
    { day: 6, start: '10:00', end: '14:00' },
    { day: 0, start: '10:00', end: '14:00' },
  ],
};
const gig = (max: number, window = 'P1M', schedule: 'weekend' | 'evenings' | 'flexible' = 'weekend', min = Math.min(12, max)) =>
  sampleProject({ effort: { min, max }, window, schedule });

describe('fit', () => {
  it('fits a 16-hour gig in 2 weekends of 8 hours within a month', () => {
    const result = fit(gig(16), weekends8h, MONDAY);
    assert.deepEqual(result, {
      hoursAvailable: 32, // four weekends between May 4 and June 4
      hoursNeeded: 16,
      hoursNeededMin: 12,
      deadline: new Date('2026-06-04T13:00:00Z'),
      fits: true,
      fitsMinimum: true,
      weekendsNeeded: 2,
      weeksNeeded: 2,
      verdict: 'weekends',
      sentence: 'fits in 2 weekends',
    });
    assert.equal(fit(gig(16), weekends8h, MONDAY, { locale: 'es' }).sentence, 'cabe en 2 fines de semana');
  });

  it('says 1 weekend in the singular, and counts a weekend already under way as the first', () => {
    assert.equal(fit(gig(8), weekends8h, MONDAY).sentence, 'fits in 1 weekend');
    assert.equal(fit(gig(8), weekends8h, MONDAY, { locale: 'es-MX' }).sentence, 'cabe en 1 fin de semana');
    // From Sunday morning only Sunday's 4 hours are left this weekend, so it takes 2.
    const sunday = new Date('2026-05-10T13:00:00Z');
    assert.equal(fit(gig(8), weekends8h, sunday).weekendsNeeded, 2);
    assert.equal(fit(gig(4), weekends8h, sunday).weekendsNeeded, 1);
  });

  it('counts calendar weekends, so a weekend off makes it take longer', () => {
    const weekendOff = { ...weekends8h, exceptions: [{ date: '2026-05-09', blocks: [] }, { date: '2026-05-10', blocks: [] }] };
    const result = fit(gig(16), weekendOff, MONDAY);
    assert.equal(result.sentence, 'fits in 3 weekends');
    assert.equal(result.hoursAvailable, 24);
  });

  it('speaks in weeks for weekday hours', () => {
    const evenings = { timeZone: NY, blocks: [{ day: 2, start: '18:00', end: '21:00' }, { day: 4, start: '18:00', end: '21:00' }] };
    const result = fit(gig(16, 'P1M', 'flexible'), evenings, MONDAY);
    assert.equal(result.weeksNeeded, 3); // 3 + 3 h a week: the 16th hour is on Thursday May 21
    assert.equal(result.weekendsNeeded, null);
    assert.equal(result.sentence, 'fits in 3 weeks');
    assert.equal(fit(gig(16, 'P1M', 'flexible'), evenings, MONDAY, { locale: 'es' }).sentence, 'cabe en 3 semanas');
  });

  it('speaks in weeks for a weekend gig when weekends alone are not enough but weekdays help', () => {
    const mixed = { timeZone: NY, blocks: [{ day: 6, start: '10:00', end: '14:00' }, { day: 2, start: '18:00', end: '22:00' }] };
    const result = fit(gig(16, 'P2W'), mixed, MONDAY);
    assert.equal(result.fits, true);
    assert.equal(result.weekendsNeeded, null);
    assert.equal(result.weeksNeeded, 2);
    assert.equal(result.sentence, 'fits in 2 weeks');
  });

  it('speaks in weekends for a flexible gig when only weekend hours are chosen', () => {
    assert.equal(fit(gig(16, 'P1M', 'flexible'), weekends8h, MONDAY).sentence, 'fits in 2 weekends');
  });

  it('says how far short a gig falls when it does not fit', () => {
    const saturday12h = { timeZone: NY, blocks: [{ day: 6, start: '09:00', end: '21:00' }] };
    const result = fit(gig(16, 'P1W'), saturday12h, MONDAY);
    assert.equal(result.sentence, '12 of 16 hours before the deadline — does not fit');
    assert.deepEqual([result.fits, result.fitsMinimum, result.weekendsNeeded, result.weeksNeeded, result.verdict], [false, true, null, null, 'does-not-fit']);
    assert.equal(fit(gig(16, 'P1W'), saturday12h, MONDAY, { locale: 'es' }).sentence, '12 de 16 horas antes de la fecha límite — no cabe');
    const halfHour = { timeZone: NY, blocks: [{ day: 6, start: '09:00', end: '21:30' }] };
    assert.equal(fit(gig(16, 'P1W'), halfHour, MONDAY, { locale: 'es' }).sentence, '12,5 de 16 horas antes de la fecha límite — no cabe');
    assert.equal(fit(gig(1, 'P1D', 'weekend', 1), weekends8h, MONDAY).sentence, '0 of 1 hour before the deadline — does not fit');
  });

  it('says so when no hours are chosen', () => {
    for (const none of [{ timeZone: NY, blocks: [] }, { timeZone: NY, blocks: [], exceptions: [{ date: '2026-05-09', blocks: [] }] }]) {
      const result = fit(gig(16), none, MONDAY);
      assert.equal(result.sentence, 'no hours chosen yet');
      assert.equal(result.hoursAvailable, 0);
      assert.equal(result.fits, false);
    }
    assert.equal(fit(gig(16), { timeZone: NY, blocks: [] }, MONDAY, { locale: 'es' }).sentence, 'aún no hay horas elegidas');
  });

  it('ends the window at start + window in the availability zone, ignoring applyBy', () => {
    const early = sampleProject({ effort: { min: 4, max: 4 }, window: 'P2W', applyBy: '2026-01-01T00:00:00Z' });
    // 09:00 EST on Monday March 2 plus two weeks is 09:00 EDT on March 16.
    assert.equal(fit(early, weekends8h, new Date('2026-03-02T14:00:00Z')).deadline.toISOString(), '2026-03-16T13:00:00.000Z');
    assert.equal(fit(early, { ...weekends8h, timeZone: 'UTC' }, new Date('2026-03-02T14:00:00Z')).deadline.toISOString(), '2026-03-16T14:00:00.000Z');
  });

  it('rounds hours down to the quarter hour', () => {
    const twenty = { timeZone: NY, blocks: [{ day: 6, start: '09:00', end: '09:20' }] };
    assert.equal(fit(gig(1, 'P1W', 'weekend', 0.25), twenty, MONDAY).hoursAvailable, 0.25);
    // Starting ten minutes into Saturday's block leaves 3 h 50 min that day, then Sunday's 4 h.
    const result = fit(gig(4, 'P2D', 'weekend', 4), weekends8h, new Date('2026-05-09T14:10:00Z'));
    assert.equal(result.hoursAvailable, 3.75 + 4);
  });

  it('works with the default start (now)', () => {
    const result = fit(gig(16), weekends8h);
    assert.equal(typeof result.fits, 'boolean');
    assert.ok(result.deadline.getTime() > Date.now());
  });
});

const ZONES = ['America/New_York', 'Europe/London', 'Australia/Sydney', 'Asia/Kolkata', 'Australia/Lord_Howe', 'UTC'];
const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
const block = fc
  .tuple(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 96 }), fc.integer({ min: 0, max: 96 }))
  .filter(([, a, b]) => a !== b)
  .map(([day, a, b]): AvailabilityBlock => ({ day, start: hhmm(Math.min(a, b) * 15), end: hhmm(Math.max(a, b) * 15) }));
const fitCase = fc
  .record({
    timeZone: fc.constantFrom(...ZONES),
    blocks: fc.array(block, { maxLength: 8 }),
    extra: block,
    start: fc.integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2026, 11, 31) }).map((ms) => new Date(ms)),
    window: fc.constantFrom('P1W', 'P10D', 'P2W', 'P1M', 'PT36H'),
    max: fc.integer({ min: 1, max: 160 }).map((q) => q / 4),
  })
  .map((c) => ({ ...c }));

describe('fit (properties)', () => {
  it('never claims more hours than the expansion holds, and its flags agree with its numbers', () => {
    fc.assert(
      fc.property(fitCase, ({ timeZone, blocks, start, window, max }) => {
        const availability = { timeZone, blocks };
        const result = fit(gig(max, window, 'flexible', max / 2), availability, start);
        const held = expandAvailability(availability, start, result.deadline).reduce((h, i) => h + (i.end.getTime() - i.start.getTime()) / 3_600_000, 0);
        assert.ok(result.hoursAvailable <= held + 1e-9 && result.hoursAvailable > held - 0.25, `${result.hoursAvailable} vs ${held}`);
        assert.equal(result.hoursAvailable * 4, Math.floor(result.hoursAvailable * 4));
        assert.equal(result.fits, result.hoursAvailable >= max);
        assert.equal(result.fitsMinimum, result.hoursAvailable >= max / 2);
        assert.equal(result.weeksNeeded !== null, result.fits);
        if (result.weekendsNeeded !== null) assert.ok(result.fits && result.weekendsNeeded >= 1 && result.weekendsNeeded <= 6);
        assert.doesNotMatch(result.sentence, /NaN|undefined|null/);
      }),
      { numRuns: 100, seed: 16 },
    );
  });

  it('never loses hours when a block is added', () => {
    fc.assert(
      fc.property(fitCase, ({ timeZone, blocks, extra, start, window, max }) => {
        const before = fit(gig(max, window), { timeZone, blocks }, start);
        const after = fit(gig(max, window), { timeZone, blocks: [...blocks, extra] }, start);
        assert.ok(after.hoursAvailable >= before.hoursAvailable, `${before.hoursAvailable} → ${after.hoursAvailable}`);
        if (before.fits) assert.ok(after.fits);
        if (before.weekendsNeeded !== null) assert.ok(after.weekendsNeeded !== null && after.weekendsNeeded <= before.weekendsNeeded);
      }),
      { numRuns: 100, seed: 32 },
    );
  });
});
