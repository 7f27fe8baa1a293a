import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { EtagCache } from './etag-cache.js';

describe('EtagCache', () => {
  it('forgets the least recently used URL when full', () => {
    const cache = new EtagCache(2);
    cache.set('a', { etag: '"a"', value: 1 });
    cache.set('b', { etag: '"b"', value: 2 });
    assert.equal(cache.get('a')?.value, 1); // "a" is now the most recently used
    cache.set('c', { etag: '"c"', value: 3 });
    assert.equal(cache.size, 2);
    assert.equal(cache.get('b'), undefined);
    assert.deepEqual(cache.get('a'), { etag: '"a"', value: 1 });
    assert.deepEqual(cache.get('c'), { etag: '"c"', value: 3 });
  });

  it('stays within 50 entries by default', () => {
    const cache = new EtagCache();
    for (let i = 0; i < 120; i++) cache.set(`u${i}`, { etag: `"${i}"`, value: i });
    assert.equal(cache.size, 50);
    assert.equal(cache.get('u69'), undefined);
    assert.equal(cache.get('u70')?.value, 70);
  });

  it('copies values in and out', () => {
    const cache = new EtagCache();
    const page = { items: [{ id: 'p_1' }] };
    cache.set('u', { etag: '"1"', value: page });
    page.items.length = 0;
    const out = cache.get<typeof page>('u')!;
    assert.equal(out.value.items.length, 1);
    out.value.items.length = 0;
    assert.equal(cache.get<typeof page>('u')!.value.items.length, 1);
  });

  it('replaces and deletes entries', () => {
    const cache = new EtagCache();
    cache.set('u', { etag: '"1"', value: 1 });
    cache.set('u', { etag: '"2"', value: 2 });
    assert.deepEqual(cache.get('u'), { etag: '"2"', value: 2 });
    cache.delete('u');
    assert.equal(cache.get('u'), undefined);
    assert.equal(cache.size, 0);
  });
});
