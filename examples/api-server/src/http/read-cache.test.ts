import { strict as assert } from 'node:assert';
import { after, before, describe, it } from 'node:test';
import { startTestServer, type TestServer } from '../test-support/test-server.js';
import { ReadCache } from './read-cache.js';

describe('ReadCache', () => {
  it('reuses an answer until it expires, with a stable ETag', () => {
    let now = 0;
    const cache = new ReadCache({ ttlMs: 1000, maxSize: 1000, now: () => now });
    const entry = cache.set('/a', '{"a":1}', 'application/json');
    assert.match(entry.etag, /^"[A-Za-z0-9_-]{27}"$/);
    assert.deepEqual(cache.get('/a'), entry);
    now = 999;
    assert.ok(cache.get('/a'));
    now = 1000;
    assert.equal(cache.get('/a'), undefined);
  });

  it('drops the least recently used answers beyond its size, and everything on clear', () => {
    const cache = new ReadCache({ ttlMs: 1000, maxSize: 10, now: () => 0 });
    cache.set('/a', 'aaaa', 'text/plain');
    cache.set('/b', 'bbbb', 'text/plain');
    cache.get('/a');
    cache.set('/c', 'cccc', 'text/plain');
    assert.ok(cache.get('/a'));
    assert.equal(cache.get('/b'), undefined);
    assert.ok(cache.get('/c'));
    cache.set('/huge', 'x'.repeat(11), 'text/plain');
    assert.equal(cache.get('/huge'), undefined, 'too big to keep');
    cache.clear();
    assert.equal(cache.get('/a'), undefined);
  });

  it('keeps nothing when turned off', () => {
    const cache = new ReadCache({ ttlMs: 0, maxSize: 1000 });
    cache.set('/a', 'x', 'text/plain');
    assert.equal(cache.get('/a'), undefined);
  });
});

describe('cached public reads', () => {
  let server: TestServer;
  let skew = 0;
  before(async () => {
    server = await startTestServer({ config: { readCacheTtlMs: 60_000, now: () => Date.now() + skew } });
  });
  after(() => server.close());

  it('show a project created through the API at once, and a write behind the API’s back only after the TTL', async () => {
    const url = `${server.url}/v1/companies/forkful/projects?limit=100`;
    const total = async () => ((await (await fetch(url)).json()) as { total: number }).total;
    const before = await total();

    const key = await server.secretKey('forkful');
    const created = await server.client({ company: 'forkful', key }).projects.create({
      title: 'Cache check',
      summary: 'A project that must appear at once.',
      category: 'other',
      compensation: { kind: 'hourly', min: { amount: 2000, currency: 'USD' } },
      effort: { min: 3, max: 4 },
      window: 'P1W',
      schedule: 'weekend',
      remote: true,
    });
    assert.equal(await total(), before + 1);

    // Written straight to the store, as another instance would: the cached page does not know yet.
    await server.running.store.insertProject({ ...created, id: 'p_behind_the_back', slug: 'behind-the-back' });
    assert.equal(await total(), before + 1);
    skew = 60_000;
    assert.equal(await total(), before + 2);
  });
});
