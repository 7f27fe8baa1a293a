import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { configFromEnv, parseOrigins, resolveConfig } from './config.js';

describe('config', () => {
  it('reads origins, rate limit, proxy trust and the read cache from the environment', () => {
    assert.deepEqual(configFromEnv({ MI_ALLOWED_ORIGINS: 'http://localhost:5173, https://Acme.example/', MI_RATE_LIMIT: '20/90s', MI_TRUST_PROXY: '1' }), {
      extraAllowedOrigins: ['http://localhost:5173', 'https://acme.example'],
      rateLimit: { max: 20, windowMs: 90_000 },
      trustProxy: true,
    });
    assert.deepEqual(configFromEnv({}), {});
    assert.deepEqual(configFromEnv({ MI_READ_CACHE: '500ms' }), { readCacheTtlMs: 500 });
    assert.deepEqual(configFromEnv({ MI_READ_CACHE: '0' }), { readCacheTtlMs: 0 });
    assert.deepEqual(configFromEnv({ MI_RATE_LIMIT: '5/2m' }), { rateLimit: { max: 5, windowMs: 120_000 } });
    assert.deepEqual(configFromEnv({ MI_AUTH_RATE_LIMIT: '50/10m', MI_STATUS_RATE_LIMIT: '60/60s' }), {
      authRateLimit: { max: 50, windowMs: 600_000 },
      statusRateLimit: { max: 60, windowMs: 60_000 },
    });
  });

  it('refuses origins and limits it cannot read', () => {
    assert.throws(() => parseOrigins('javascript:alert(1)'), /http\(s\) origin/);
    assert.throws(() => configFromEnv({ MI_RATE_LIMIT: 'lots' }), /10\/60s/);
    for (const bad of ['10/', '/60s', '10/60', '10/60s/2', '1e3/60s']) assert.throws(() => configFromEnv({ MI_RATE_LIMIT: bad }), /10\/60s/, bad);
    // Each variable names itself, so the operator knows which one to fix.
    assert.throws(() => configFromEnv({ MI_AUTH_RATE_LIMIT: '20 per 5 minutes' }), /^Error: MI_AUTH_RATE_LIMIT must look like 10\/60s/);
    // The read cache must stay below Cache-Control's 30 s, and says so.
    for (const bad of ['5', 'soon', '1m']) assert.throws(() => configFromEnv({ MI_READ_CACHE: bad }), /MI_READ_CACHE/, bad);
  });

  it('fills defaults: 10 applications a minute, 20 failed key attempts per 5 minutes, 64 KB bodies, 24 h idempotency', () => {
    const config = resolveConfig();
    assert.deepEqual(config.rateLimit, { max: 10, windowMs: 60_000 });
    assert.deepEqual(config.authRateLimit, { max: 20, windowMs: 300_000 });
    assert.equal(config.bodyLimitBytes, 65_536);
    assert.equal(config.idempotencyTtlMs, 86_400_000);
    assert.equal(config.cursorSecret.byteLength, 32);
  });
});
