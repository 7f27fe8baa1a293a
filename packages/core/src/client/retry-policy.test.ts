import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_RETRY } from './options.js';
import { RETRY_STATUS_CODES, retryDelay, type FailedAttempt } from './retry-policy.js';

const get = (more: Partial<FailedAttempt> = {}): FailedAttempt => ({ method: 'GET', idempotent: false, settings: DEFAULT_RETRY, attempt: 1, ...more });

describe('retryDelay', () => {
  it('backs off 300 ms, then 600 ms, for a read that got no answer, up to the limit', () => {
    assert.equal(retryDelay(get()), 300);
    assert.equal(retryDelay(get({ attempt: 2 })), 600);
    assert.equal(retryDelay(get({ attempt: 3 })), undefined, 'limit 2: the third failure is final');
    assert.equal(retryDelay(get({ attempt: 3, settings: { ...DEFAULT_RETRY, limit: 3 } })), 1200);
    assert.equal(retryDelay(get({ settings: { ...DEFAULT_RETRY, limit: 0 } })), undefined);
  });

  it('caps the backoff at backoffLimit', () => {
    assert.equal(retryDelay(get({ attempt: 2, settings: { ...DEFAULT_RETRY, backoffLimit: 500 } })), 500);
  });

  it('repeats a POST or a PATCH only with an Idempotency-Key', () => {
    assert.equal(retryDelay(get({ method: 'POST' })), undefined);
    assert.equal(retryDelay(get({ method: 'POST', idempotent: true, status: 503 })), 300);
    assert.equal(retryDelay(get({ method: 'PATCH', status: 503 })), undefined);
    assert.equal(retryDelay(get({ method: 'PATCH', idempotent: true, status: 503 })), 300);
  });

  it('retries only the statuses that may pass unchanged a moment later', () => {
    for (const status of RETRY_STATUS_CODES.filter((s) => s !== 413)) assert.equal(retryDelay(get({ status })), 300, String(status));
    for (const status of [400, 401, 403, 404, 409, 410, 422]) assert.equal(retryDelay(get({ status })), undefined, String(status));
  });

  it('waits out Retry-After in seconds or as a date, on any retried status, 413 only with one', () => {
    assert.equal(retryDelay(get({ status: 502, retryAfter: '2' })), 2000);
    assert.equal(retryDelay(get({ status: 413 })), undefined);
    assert.equal(retryDelay(get({ status: 413, retryAfter: '1' })), 1000);
    const inFive = new Date(Date.now() + 5_000).toUTCString();
    const wait = retryDelay(get({ status: 429, retryAfter: inFive }));
    assert.ok(wait !== undefined && wait > 0 && wait <= 6_000, `waited ${wait}`);
  });

  it('gives up at once when Retry-After asks for longer than maxRetryAfter', () => {
    assert.equal(retryDelay(get({ status: 503, retryAfter: '31' })), undefined);
    assert.equal(retryDelay(get({ status: 503, retryAfter: '30' })), 30_000);
  });
});
