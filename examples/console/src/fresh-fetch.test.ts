import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createClient } from '@microintern/core';
import { freshFetch } from './fresh-fetch.js';

describe('freshFetch', () => {
  test('asks fetch to skip the HTTP cache and keeps the key in the Authorization header', async () => {
    const seen: { cache: RequestCache; init: RequestInit | undefined; url: string; authorization: string | null }[] = [];
    const original = globalThis.fetch;
    globalThis.fetch = ((request: Request, init?: RequestInit) => {
      seen.push({ cache: request.cache, init, url: request.url, authorization: request.headers.get('authorization') });
      return Promise.resolve(Response.json({ items: [], nextCursor: null }));
    }) as typeof fetch;
    try {
      const mi = createClient({ baseUrl: 'https://api.example', company: 'forkful', key: 'sk_test_secret', fetch: freshFetch });
      await mi.applications.list('p_1', { limit: 1 });
    } finally {
      globalThis.fetch = original;
    }
    assert.equal(seen.length, 1);
    assert.equal(seen[0]!.init?.cache, 'no-store');
    assert.equal(seen[0]!.authorization, 'Bearer sk_test_secret');
    assert.doesNotMatch(seen[0]!.url, /sk_test/);
  });
});
