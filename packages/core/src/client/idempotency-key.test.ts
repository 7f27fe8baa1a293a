import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { isMiInputError } from '../errors/mi-input-error.js';
import { newIdempotencyKey, resolveIdempotencyKey } from './idempotency-key.js';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('idempotency keys', () => {
  it('are distinct version 4 UUIDs', () => {
    const keys = new Set(Array.from({ length: 200 }, () => newIdempotencyKey()));
    assert.equal(keys.size, 200);
    for (const key of keys) assert.match(key, UUID_V4);
  });

  it('fall back to getRandomValues where randomUUID is missing (insecure contexts)', () => {
    // randomUUID lives on Crypto.prototype: an own property shadows it, and deleting it restores it.
    Object.defineProperty(globalThis.crypto, 'randomUUID', { value: undefined, configurable: true });
    try {
      assert.equal(typeof globalThis.crypto.randomUUID, 'undefined');
      const keys = new Set(Array.from({ length: 200 }, () => newIdempotencyKey()));
      assert.equal(keys.size, 200);
      for (const key of keys) assert.match(key, UUID_V4);
    } finally {
      delete (globalThis.crypto as { randomUUID?: unknown }).randomUUID;
    }
    assert.equal(typeof globalThis.crypto.randomUUID, 'function');
  });

  it('resolve to the caller\'s key, a new one, or none', () => {
    assert.equal(resolveIdempotencyKey('order-42'), 'order-42');
    assert.match(resolveIdempotencyKey(undefined)!, UUID_V4);
    assert.equal(resolveIdempotencyKey(false), undefined);
    for (const bad of ['', 'with space', 'x'.repeat(256), 'tab\t']) {
      assert.throws(() => resolveIdempotencyKey(bad), (error) => isMiInputError(error), JSON.stringify(bad));
    }
  });
});
