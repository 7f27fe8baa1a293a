import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { sampleGig } from '../test-support/review-fixtures.js';
import { fitSummary } from './fit-summary.js';

// Monday 1 June 2026; a two-week window ends on 15 June.
const monday = new Date('2026-06-01T12:00:00Z');
const saturdays = { timeZone: 'Europe/London', blocks: [{ day: 6, start: '09:00', end: '17:00' }] };

describe('fit summary', () => {
  test('a fitting weekend gig: verdict, hours free before the deadline, weekends and weeks', () => {
    const summary = fitSummary(sampleGig({ effort: { min: 8, max: 12 } }), saturdays, monday, 'en', 'America/New_York');
    assert.equal(summary.verdict, 'weekends');
    assert.equal(summary.sentence, 'fits in 2 weekends');
    assert.deepEqual(summary.reasons, [
      'The gig needs 8–12 hours within 2 weeks of starting today, so by June 15, 2026.',
      'The student has 16 hours free before then.',
      'Weekend hours alone are enough: 2 weekends.',
      'Counting every free hour, the work takes 2 weeks.',
    ]);
  });

  test('too few hours: does not fit, and says when the low end is covered; in Spanish too', () => {
    const gig = sampleGig({ effort: { min: 10, max: 20 } });
    const summary = fitSummary(gig, saturdays, monday, 'en', 'America/New_York');
    assert.equal(summary.verdict, 'does-not-fit');
    assert.equal(summary.reasons.at(-1), 'That covers the low end of the estimate (10 hours).');
    const es = fitSummary(gig, saturdays, monday, 'es', 'Europe/Madrid');
    assert.match(es.sentence, /no cabe/);
    assert.equal(es.reasons[0], 'El proyecto necesita 10–20 horas en 2 semanas si empieza hoy, es decir, antes del 15 de junio de 2026.');
  });

  test('no availability, no hours, or a window too long to check: a verdict without reasons', () => {
    assert.deepEqual(fitSummary(sampleGig(), undefined, monday, 'en', 'UTC'), { verdict: 'no-availability', sentence: 'no availability given', reasons: [] });
    assert.equal(fitSummary(sampleGig(), { timeZone: 'UTC', blocks: [] }, monday, 'en', 'UTC').verdict, 'no-hours');
    assert.equal(fitSummary(sampleGig({ window: 'P5Y' }), saturdays, monday, 'es', 'UTC').sentence, 'no se puede calcular');
  });
});
