import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { CursorCodec } from './cursor.js';

describe('CursorCodec', () => {
  const codec = new CursorCodec(Buffer.alloc(32, 7));

  it('round-trips a payload for the same binding, as URL-safe text', () => {
    const cursor = codec.encode({ value: 2400, id: 'p_abc' }, 'pay|acme');
    assert.match(cursor, /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}$/);
    assert.deepEqual(codec.decode(cursor, 'pay|acme'), { value: 2400, id: 'p_abc' });
  });

  it('refuses another binding, an edited payload, another secret and garbage', () => {
    const cursor = codec.encode({ value: 2400, id: 'p_abc' }, 'pay|acme');
    assert.equal(codec.decode(cursor, 'newest|acme'), undefined);
    const [, mac] = cursor.split('.');
    const edited = `${Buffer.from(JSON.stringify({ value: 0, id: 'p_abc' })).toString('base64url')}.${mac}`;
    assert.equal(codec.decode(edited, 'pay|acme'), undefined);
    assert.equal(new CursorCodec(Buffer.alloc(32, 8)).decode(cursor, 'pay|acme'), undefined);
    for (const junk of ['', '.', 'abc', `${cursor}.x`, cursor.replace('.', '..'), 'a'.repeat(600)]) assert.equal(codec.decode(junk, 'pay|acme'), undefined, junk);
  });

  it('refuses a short secret', () => {
    assert.throws(() => new CursorCodec(new Uint8Array(8)), /16 bytes/);
  });
});
