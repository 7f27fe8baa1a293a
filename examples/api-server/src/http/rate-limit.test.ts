import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { RateLimiter } from './rate-limit.js';

describe('RateLimiter', () => {
  it('allows a burst of max, then refills evenly over the window', () => {
    let now = 0;
    const limiter = new RateLimiter({ max: 3, windowMs: 60_000 }, () => now);
    for (let i = 0; i < 3; i++) assert.equal(limiter.take('ip|acme').allowed, true);
    assert.deepEqual(limiter.take('ip|acme'), { allowed: false, retryAfterSeconds: 20 });
    now = 19_000;
    assert.deepEqual(limiter.take('ip|acme'), { allowed: false, retryAfterSeconds: 1 });
    now = 20_000;
    assert.equal(limiter.take('ip|acme').allowed, true);
    assert.equal(limiter.take('ip|acme').allowed, false);
  });

  it('keeps one bucket per key', () => {
    const limiter = new RateLimiter({ max: 1, windowMs: 60_000 }, () => 0);
    assert.equal(limiter.take('a').allowed, true);
    assert.equal(limiter.take('a').allowed, false);
    assert.equal(limiter.take('b').allowed, true);
  });

  it('refuses a limit that could never allow anything', () => {
    assert.throws(() => new RateLimiter({ max: 0, windowMs: 1000 }));
  });
});
