import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { boundedMemo } from './bounded-memo.js';

describe('boundedMemo', () => {
  it('computes each key once, remembers falsy answers too, and starts afresh at its limit', () => {
    const calls: string[] = [];
    const memo = boundedMemo(2, (key) => (calls.push(key), key === 'no' ? false : key.length));
    assert.equal(memo('abc'), 3);
    assert.equal(memo('no'), false);
    assert.equal(memo('abc'), 3);
    assert.equal(memo('no'), false);
    assert.deepEqual(calls, ['abc', 'no']);
    memo('x'); // the third key empties it
    memo('abc');
    assert.deepEqual(calls, ['abc', 'no', 'x', 'abc']);
  });
});
