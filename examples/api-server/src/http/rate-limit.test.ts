import { strict as assert } from 'node:assert';
import { after, before, describe, it } from 'node:test';
import type { KyselyStore } from '../store/kysely-store.js';
import { openSqliteStore } from '../store/sqlite-store.js';
import { RateLimiter } from './rate-limit.js';

describe('RateLimiter', () => {
  let store: KyselyStore;
  before(async () => {
    store = await openSqliteStore(':memory:');
  });
  after(() => store.close());

  const buckets = async () => (await store.db.selectFrom('rate_buckets').select('key').orderBy('key').execute()).map((row) => row.key);

  it('allows a burst of max, then refills evenly over the window', async () => {
    let now = 0;
    const limiter = new RateLimiter(store, { max: 3, windowMs: 60_000 }, () => now);
    for (let i = 0; i < 3; i++) assert.equal((await limiter.take('ip|acme')).allowed, true);
    assert.deepEqual(await limiter.take('ip|acme'), { allowed: false, retryAfterSeconds: 20 });
    now = 19_000;
    assert.deepEqual(await limiter.take('ip|acme'), { allowed: false, retryAfterSeconds: 1 });
    now = 20_000;
    assert.equal((await limiter.take('ip|acme')).allowed, true);
    assert.equal((await limiter.take('ip|acme')).allowed, false);
  });

  it('shares its buckets with every limiter on the same database, as instances behind a load balancer do', async () => {
    const settings = { max: 2, windowMs: 60_000 };
    const one = new RateLimiter(store, settings, () => 100_000);
    const two = new RateLimiter(store, settings, () => 100_000);
    assert.equal((await one.take('ip|shared')).allowed, true);
    assert.equal((await two.take('ip|shared')).allowed, true);
    assert.equal((await one.take('ip|shared')).allowed, false);
    assert.equal((await two.take('ip|shared')).allowed, false);
    assert.equal((await two.take('ip|other')).allowed, true);
  });

  it('sweeps out refilled buckets once per window', async () => {
    let now = 1_000_000;
    const limiter = new RateLimiter(store, { max: 5, windowMs: 60_000 }, () => now);
    await limiter.take('sweep|a');
    now += 30_000;
    await limiter.take('sweep|b');
    assert.deepEqual((await buckets()).filter((key) => key.startsWith('sweep|')), ['sweep|a', 'sweep|b']);
    now += 30_000; // a is full again, b is not; the last sweep was a window ago
    await limiter.take('sweep|c');
    assert.deepEqual((await buckets()).filter((key) => key.startsWith('sweep|')), ['sweep|b', 'sweep|c']);
  });

  it('sweeps only buckets idle for sweepAfterMs, so a longer limit on the same table keeps its buckets', async () => {
    let now = 5_000_000;
    const long = new RateLimiter(store, { max: 1, windowMs: 300_000 }, () => now, 300_000);
    const short = new RateLimiter(store, { max: 5, windowMs: 60_000 }, () => now, 300_000);
    assert.equal((await long.take('horizon|long')).allowed, true);
    now += 120_000;
    await short.take('horizon|short'); // the short limiter's first take sweeps
    assert.deepEqual((await buckets()).filter((key) => key.startsWith('horizon|')), ['horizon|long', 'horizon|short']);
    assert.equal((await long.take('horizon|long')).allowed, false, 'still empty: 2 of its 5 minutes have passed');
    assert.throws(() => new RateLimiter(store, { max: 1, windowMs: 300_000 }, () => now, 60_000), /sweepAfterMs >= windowMs/);
  });

  it('gives a token back for a request that did not count', async () => {
    const limiter = new RateLimiter(store, { max: 1, windowMs: 60_000 }, () => 9_000_000);
    assert.equal((await limiter.take('back|a')).allowed, true);
    assert.equal((await limiter.take('back|a')).allowed, false);
    await limiter.giveBack('back|a');
    assert.equal((await limiter.take('back|a')).allowed, true);
  });

  it('refuses a limit that could never allow anything', () => {
    assert.throws(() => new RateLimiter(store, { max: 0, windowMs: 1000 }));
  });
});
