import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { endSession, expireSession, readSession, saveSession, SESSION_HOURS, SESSION_STORAGE_KEY, startSession } from './session.js';

function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    removeItem: (k: string) => void data.delete(k),
  };
}

describe('the console session', () => {
  const t0 = Date.UTC(2026, 11, 4, 9);

  test('a started session is read back until it runs out, then reported expired once with its key gone', () => {
    const storage = memoryStorage();
    const session = startSession(storage, 'forkful', 'sk_test_abc', t0);
    assert.equal(session.expiresAt, t0 + SESSION_HOURS * 3_600_000);
    assert.deepEqual(readSession(storage, t0 + 1000), { state: 'active', session });
    assert.deepEqual(readSession(storage, session.expiresAt), { state: 'expired', company: 'forkful' });
    assert.doesNotMatch(storage.data.get(SESSION_STORAGE_KEY) ?? '', /sk_test/);
    assert.deepEqual(readSession(storage, session.expiresAt + 1), { state: 'expired', company: 'forkful' });
  });

  test('saving keeps the name; expiring keeps only the company; signing out keeps nothing', () => {
    const storage = memoryStorage();
    const session = startSession(storage, 'forkful', 'sk_test_abc', t0);
    saveSession(storage, { ...session, companyName: 'Forkful' });
    const read = readSession(storage, t0);
    assert.equal(read.state === 'active' && read.session.companyName, 'Forkful');
    assert.deepEqual(expireSession(storage, 'forkful'), { state: 'expired', company: 'forkful' });
    assert.deepEqual(readSession(storage, t0), { state: 'expired', company: 'forkful' });
    endSession(storage);
    assert.deepEqual(readSession(storage, t0), { state: 'none' });
    assert.equal(storage.data.size, 0);
  });

  test('anything unreadable is signed out', () => {
    for (const stored of ['{', '"x"', '{"company":""}', '{"company":"a","key":"k"}', '{"company":"a","key":"","expiresAt":5}', '{"company":"a","key":"k","expiresAt":5,"companyName":3}']) {
      assert.deepEqual(readSession(memoryStorage({ [SESSION_STORAGE_KEY]: stored }), t0), { state: 'none' }, stored);
    }
  });
});
