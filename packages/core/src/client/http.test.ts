import { strict as assert } from 'node:assert';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { isMiError } from '../errors/mi-error.js';
import { isMiHttpError } from '../errors/mi-http-error.js';
import { isMiNetworkError } from '../errors/mi-network-error.js';
import { isMiResponseError } from '../errors/mi-response-error.js';
import { isMiTimeoutError } from '../errors/mi-timeout-error.js';
import { sampleProject } from '../test-support/fixtures.js';
import {
  delayed,
  dropConnection,
  hang,
  problem,
  reply,
  stallBody,
  startTestServer,
  waitFor,
  type TestServer,
} from '../test-support/http-server.js';
import { createClient } from './create-client.js';
import { rejection } from '../test-support/rejection.js';

const PATH = '/v1/projects/p_clean-data';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('HTTP transport: retries, errors, timeouts and aborts', () => {
  let server: TestServer;
  beforeEach(async () => {
    server = await startTestServer();
  });
  afterEach(() => server.close());

  it('waits out Retry-After: 1 on a 503 and then succeeds', async () => {
    server.on('GET', PATH, problem(503, { title: 'Deploying' }, { 'retry-after': '1' }), reply(200, sampleProject()));
    const project = await createClient({ baseUrl: server.url }).projects.get('p_clean-data');
    assert.equal(project.title, sampleProject().title);
    const [first, second, ...rest] = server.requestsTo('GET', PATH);
    assert.ok(first && second && rest.length === 0, 'exactly two requests');
    assert.ok(second.at - first.at >= 900, `waited ${Math.round(second.at - first.at)} ms, expected about 1000`);
  });

  it('makes exactly limit + 1 attempts, honouring Retry-After each time, then throws MiHttpError(503)', async () => {
    server.on('GET', PATH, problem(503, { title: 'Deploying' }, { 'retry-after': '1' }));
    const error = await rejection(createClient({ baseUrl: server.url, retry: 2 }).projects.get('p_clean-data'));
    assert.ok(isMiHttpError(error));
    assert.equal(error.status, 503);
    assert.equal(error.problem.title, 'Deploying');
    assert.equal(error.retryAfter, 1);
    const times = server.requestsTo('GET', PATH).map((r) => r.at);
    assert.equal(times.length, 3);
    for (let i = 1; i < times.length; i++) assert.ok(times[i]! - times[i - 1]! >= 900, `gap ${i} was ${Math.round(times[i]! - times[i - 1]!)} ms`);
  });

  it('respects a custom retry limit (4 attempts for limit 3)', async () => {
    server.on('GET', PATH, problem(429, { title: 'Slow down' }, { 'retry-after': '0' }));
    const error = await rejection(createClient({ baseUrl: server.url, retry: { limit: 3 } }).projects.get('p_clean-data'));
    assert.ok(isMiHttpError(error) && error.status === 429);
    assert.equal(server.requestsTo('GET', PATH).length, 4);
  });

  it('honours Retry-After given as an HTTP date', async () => {
    const at = new Date(Date.now() + 2000).toUTCString();
    server.on('GET', PATH, problem(503, {}, { 'retry-after': at }), reply(200, sampleProject()));
    await createClient({ baseUrl: server.url }).projects.get('p_clean-data');
    const [first, second] = server.requestsTo('GET', PATH);
    assert.ok(first && second);
    // HTTP dates have whole seconds, so the wait is between 1 and 2 seconds.
    assert.ok(second.at - first.at >= 900, `waited ${Math.round(second.at - first.at)} ms`);
  });

  it('fails at once when Retry-After is longer than maxRetryAfter, keeping retryAfter for the caller', async () => {
    server.on('GET', PATH, problem(429, { title: 'Too many requests' }, { 'retry-after': '120' }));
    const started = performance.now();
    const error = await rejection(createClient({ baseUrl: server.url }).projects.get('p_clean-data'));
    assert.ok(isMiHttpError(error) && error.status === 429);
    assert.equal(error.retryAfter, 120);
    assert.equal(server.requestsTo('GET', PATH).length, 1);
    assert.ok(performance.now() - started < 20_000);
  });

  for (const status of [400, 401, 403, 404, 409, 422]) {
    it(`never retries a ${status}`, async () => {
      server.on('GET', PATH, problem(status, { title: `Refused ${status}` }), reply(200, sampleProject()));
      const error = await rejection(createClient({ baseUrl: server.url, retry: 3 }).projects.get('p_clean-data'));
      assert.ok(isMiHttpError(error));
      assert.equal(error.status, status);
      assert.equal(error.problem.title, `Refused ${status}`);
      assert.equal(server.requestsTo('GET', PATH).length, 1);
    });
  }

  it('synthesises a problem when the error body is not a problem document', async () => {
    server.on('GET', PATH, reply(502, '<html><body>Bad gateway</body></html>', { 'content-type': 'text/html' }));
    const error = await rejection(createClient({ baseUrl: server.url, retry: { limit: 1, backoffLimit: 50 } }).projects.get('p_clean-data'));
    assert.ok(isMiHttpError(error));
    assert.deepEqual(error.problem, { type: 'about:blank', title: 'Bad Gateway', status: 502 });
    assert.deepEqual(error.fieldErrors, {});
    assert.equal(server.requestsTo('GET', PATH).length, 2);
  });

  it('fills title and status of a sparse problem+json document from the status line', async () => {
    server.on('GET', PATH, reply(404, { detail: 'No gig with that slug' }, { 'content-type': 'application/problem+json' }));
    const error = await rejection(createClient({ baseUrl: server.url }).projects.get('p_clean-data'));
    assert.ok(isMiHttpError(error));
    assert.equal(error.problem.title, 'Not Found');
    assert.equal(error.problem.status, 404);
    assert.equal(error.problem.detail, 'No gig with that slug');
  });

  it('retries a GET whose connection was dropped, and resolves', async () => {
    server.on('GET', PATH, dropConnection, reply(200, sampleProject()));
    const project = await createClient({ baseUrl: server.url }).projects.get('p_clean-data');
    assert.equal(project.id, 'p_clean-data');
    assert.equal(server.requestsTo('GET', PATH).length, 2);
  });

  it('throws MiNetworkError once dropped connections exhaust the retries', async () => {
    server.on('GET', PATH, dropConnection);
    const error = await rejection(createClient({ baseUrl: server.url, retry: { limit: 1, backoffLimit: 50 } }).projects.get('p_clean-data'));
    assert.ok(isMiNetworkError(error), String(error));
    assert.match(error.message, /127\.0\.0\.1/);
    assert.equal(new URL(error.request.url).pathname, PATH);
    assert.equal(server.requestsTo('GET', PATH).length, 2);
  });

  it('throws MiNetworkError when nothing listens', async () => {
    const closed = await startTestServer();
    const url = closed.url;
    await closed.close();
    const error = await rejection(createClient({ baseUrl: url, retry: 0 }).projects.get('p_clean-data'));
    assert.ok(isMiNetworkError(error), String(error));
  });

  it('throws MiTimeoutError when the server does not answer in time, without retrying', async () => {
    server.on('GET', PATH, hang);
    const started = performance.now();
    const error = await rejection(createClient({ baseUrl: server.url, timeout: 200 }).projects.get('p_clean-data'));
    assert.ok(isMiTimeoutError(error), String(error));
    assert.equal(error.timeout, 200);
    assert.ok(performance.now() - started >= 150);
    assert.equal(server.requestsTo('GET', PATH).length, 1);
  });

  it('throws MiTimeoutError when the body stalls after the headers', async () => {
    server.on('GET', PATH, stallBody);
    const error = await rejection(createClient({ baseUrl: server.url, timeout: 300 }).projects.get('p_clean-data'));
    assert.ok(isMiTimeoutError(error), String(error));
  });

  it('rejects an aborted call with an AbortError, unwrapped, and sends nothing more', async () => {
    server.on('GET', PATH, delayed(1500, reply(200, sampleProject())));
    const controller = new AbortController();
    const call = createClient({ baseUrl: server.url }).projects.get('p_clean-data', { signal: controller.signal });
    await waitFor(() => server.requests.length === 1);
    controller.abort();
    const error = await rejection(call);
    assert.ok(error instanceof DOMException);
    assert.equal(error.name, 'AbortError');
    assert.equal(isMiError(error), false);
    await sleep(2000);
    assert.equal(server.requests.length, 1);
  });

  it('stops waiting out Retry-After as soon as the call is aborted', async () => {
    server.on('GET', PATH, problem(503, {}, { 'retry-after': '2' }), reply(200, sampleProject()));
    const controller = new AbortController();
    const call = createClient({ baseUrl: server.url }).projects.get('p_clean-data', { signal: controller.signal });
    await waitFor(() => server.requests.length === 1);
    await sleep(100);
    const started = performance.now();
    controller.abort();
    const error = await rejection(call);
    assert.equal((error as Error).name, 'AbortError');
    assert.ok(performance.now() - started < 1500, 'rejected without waiting for the retry');
    await sleep(2500);
    assert.equal(server.requests.length, 1);
  });

  it("rejects with the signal's own reason, and sends nothing for an already aborted signal", async () => {
    server.on('GET', PATH, delayed(1000, reply(200, sampleProject())));
    const mi = createClient({ baseUrl: server.url });
    const controller = new AbortController();
    const call = mi.projects.get('p_clean-data', { signal: controller.signal });
    await waitFor(() => server.requests.length === 1);
    const reason = new Error('superseded by a newer query');
    controller.abort(reason);
    assert.equal(await rejection(call), reason);

    const error = await rejection(mi.projects.get('p_clean-data', { signal: AbortSignal.abort() }));
    assert.equal((error as Error).name, 'AbortError');
    await sleep(200);
    assert.equal(server.requests.length, 1);
  });

  it('throws MiResponseError for a 200 whose body is not JSON', async () => {
    server.on('GET', PATH, reply(200, '<!doctype html><title>Welcome</title>', { 'content-type': 'text/html' }));
    const error = await rejection(createClient({ baseUrl: server.url }).projects.get('p_clean-data'));
    assert.ok(isMiResponseError(error), String(error));
    assert.match(error.message, /Expected JSON/);
    assert.equal(error.response.status, 200);
  });

  it('throws MiResponseError with issues for a project that fails its schema', async () => {
    const broken = { ...sampleProject(), title: '', compensation: { kind: 'hourly', min: { amount: 17.5, currency: 'USD' } } };
    server.on('GET', PATH, reply(200, broken));
    const error = await rejection(createClient({ baseUrl: server.url }).projects.get('p_clean-data'));
    assert.ok(isMiResponseError(error), String(error));
    const paths = error.issues.map((i) => i.path).sort();
    assert.deepEqual(paths, ['compensation.min.amount', 'title']);
  });
});
