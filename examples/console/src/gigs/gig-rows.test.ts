import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { sampleGig } from '../test-support/review-fixtures.js';
import { closesIn } from './closes-in.js';
import { gigRows } from './gig-rows.js';

describe('gig rows', () => {
  test('open gigs come first, soonest deadline first, then closed and filled, newest first', () => {
    const gigs = [
      sampleGig({ id: 'p_filled', status: 'filled', postedAt: '2026-11-01T00:00:00Z' }),
      sampleGig({ id: 'p_closed_old', status: 'closed', postedAt: '2026-10-01T00:00:00Z' }),
      sampleGig({ id: 'p_open_late', applyBy: '2026-12-30T00:00:00Z' }),
      sampleGig({ id: 'p_closed_new', status: 'closed', postedAt: '2026-11-10T00:00:00Z' }),
      sampleGig({ id: 'p_open_none', applyBy: undefined }),
      sampleGig({ id: 'p_open_soon', applyBy: '2026-12-01T00:00:00Z' }),
    ];
    assert.deepEqual(gigRows(gigs, []).map((row) => row.project.id), [
      'p_open_soon', 'p_open_late', 'p_open_none', 'p_closed_new', 'p_closed_old', 'p_filled',
    ]);
  });

  test('counts join by project; received applications await review; a gig without counts has none', () => {
    const rows = gigRows([sampleGig({ id: 'p_a' }), sampleGig({ id: 'p_b' })], [
      { projectId: 'p_a', total: 5, byStatus: { received: 2, reviewing: 1, accepted: 1, declined: 1 } },
    ]);
    const byId = Object.fromEntries(rows.map((row) => [row.project.id, row]));
    assert.equal(byId.p_a!.total, 5);
    assert.equal(byId.p_a!.awaitingReview, 2);
    assert.equal(byId.p_b!.total, 0);
    assert.equal(byId.p_b!.awaitingReview, 0);
  });
});

describe('closes in', () => {
  const now = new Date('2026-06-01T12:00:00Z');
  const at = (ms: number) => new Date(now.getTime() + ms).toISOString();
  const HOUR = 3_600_000;

  test('picks the unit that reads well, in the console language', () => {
    assert.deepEqual(closesIn(at(3 * 24 * HOUR), now, 'en'), { kind: 'future', text: 'in 3 days' });
    assert.equal(closesIn(at(5 * HOUR), now, 'en').text, 'in 5 hours');
    assert.equal(closesIn(at(20 * 60_000), now, 'en').text, 'in 20 minutes');
    assert.equal(closesIn(at(21 * 24 * HOUR), now, 'en').text, 'in 3 weeks');
    assert.equal(closesIn(at(90 * 24 * HOUR), now, 'en').text, 'in 3 months');
    assert.equal(closesIn(at(3 * 24 * HOUR), now, 'es').text, 'dentro de 3 días');
  });

  test('a few seconds left still says a minute; a deadline gone says so; none says so', () => {
    assert.equal(closesIn(at(10_000), now, 'en').text, 'in 1 minute');
    assert.deepEqual(closesIn(at(-2 * HOUR), now, 'en'), { kind: 'passed', text: 'passed 2 hours ago' });
    assert.equal(closesIn(at(-3 * 24 * HOUR), now, 'es').text, 'pasó hace 3 días');
    assert.deepEqual(closesIn(undefined, now, 'en'), { kind: 'none', text: 'no deadline' });
    assert.equal(closesIn(undefined, now, 'es').text, 'sin fecha límite');
  });
});
