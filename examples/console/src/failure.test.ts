import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createClient, MiInputError } from '@microintern/core';
import { classifyFailure, failureText } from './failure.js';

/** Calls the real client against a fetch that answers `status` with a problem body. */
async function failureFor(status: number, headers: Record<string, string> = {}, body: object = { title: 'T', status }) {
  const mi = createClient({
    baseUrl: 'https://api.example.com',
    company: 'forkful',
    key: 'sk_test_x',
    retry: 0,
    fetch: async () => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/problem+json', ...headers } }),
  });
  try {
    await mi.applications.list();
  } catch (error) {
    return classifyFailure(error);
  }
  throw new Error('the call did not fail');
}

describe('classifyFailure', () => {
  test('sorts the API statuses', async () => {
    assert.equal((await failureFor(401)).kind, 'signed-out');
    assert.equal((await failureFor(403)).kind, 'forbidden');
    assert.equal((await failureFor(404)).kind, 'not-found');
    assert.equal((await failureFor(409, {}, { title: 'Conflict', status: 409, detail: 'declined is final' })).detail, 'declined is final');
    assert.equal((await failureFor(500)).kind, 'server');
  });

  test('a 429 carries the wait, a 422 the field errors', async () => {
    assert.deepEqual(await failureFor(429, { 'retry-after': '42' }), { kind: 'rate-limited', fieldErrors: {}, retryAfter: 42 });
    const invalid = await failureFor(422, {}, { title: 'Invalid', status: 422, errors: [{ path: 'title', message: 'Required' }] });
    assert.deepEqual(invalid.fieldErrors, { title: 'Required' });
  });

  test('input refused before sending, and no answer at all', async () => {
    const input = classifyFailure(new MiInputError('Invalid project', [{ path: 'spots', message: 'Too big' }, { path: 'spots', message: 'Second' }]));
    assert.deepEqual(input, { kind: 'invalid', fieldErrors: { spots: 'Too big' } });
    const mi = createClient({ baseUrl: 'https://api.example.com', company: 'forkful', key: 'sk_test_x', retry: 0, fetch: async () => { throw new TypeError('Failed to fetch'); } });
    const offline = await mi.applications.list().then(() => undefined, classifyFailure);
    assert.equal(offline?.kind, 'offline');
  });
});

describe('failureText', () => {
  test('in both languages, with the wait and a conflict reason', () => {
    assert.equal(failureText({ kind: 'rate-limited', retryAfter: 30, fieldErrors: {} }, 'en'), 'Too many requests. Try again in 30 seconds.');
    assert.match(failureText({ kind: 'rate-limited', fieldErrors: {} }, 'es'), /^Demasiadas solicitudes/);
    assert.equal(failureText({ kind: 'conflict', detail: 'declined is final', fieldErrors: {} }, 'en'), 'That change is not allowed in the current state. declined is final');
    assert.match(failureText({ kind: 'signed-out', fieldErrors: {} }, 'es'), /sesión/);
  });
});
