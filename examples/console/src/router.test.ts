import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseRoute, routeHref, type Route } from './router.js';

describe('console routes', () => {
  test('each view reads back from its own link', () => {
    const routes: Route[] = [
      { view: 'gigs' }, { view: 'new-gig' }, { view: 'edit-gig', id: 'p_1' }, { view: 'applicants', projectId: 'p-2' }, { view: 'applicant', id: 'app_3' },
      { view: 'applicants', projectId: 'p-2', filters: { status: 'received' } },
      { view: 'applicants', projectId: 'p-2', filters: { status: 'declined', q: 'José & co?' } },
    ];
    for (const route of routes) assert.deepEqual(parseRoute(routeHref(route)), route);
  });

  test('no fragment is the gig list; a trailing slash is forgiven; anything else is not found', () => {
    assert.deepEqual(parseRoute(''), { view: 'gigs' });
    assert.deepEqual(parseRoute('#/'), { view: 'gigs' });
    assert.deepEqual(parseRoute('#/gigs/p_1/'), { view: 'edit-gig', id: 'p_1' });
    assert.deepEqual(parseRoute('#/gigs/a%20b'), { view: 'not-found', hash: '#/gigs/a%20b' });
    assert.deepEqual(parseRoute('#/applications'), { view: 'not-found', hash: '#/applications' });
    // Empty filters are no filters; unknown parameters are ignored.
    assert.deepEqual(parseRoute('#/gigs/p_1/applicants?status=&q=&page=2'), { view: 'applicants', projectId: 'p_1' });
  });
});
