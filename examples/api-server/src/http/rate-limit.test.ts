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

  it('refuses a limit that could never allow anything', () => {
    assert.throws(() => new RateLimiter(store, { max: 0, windowMs: 1000 }));
  });
});
