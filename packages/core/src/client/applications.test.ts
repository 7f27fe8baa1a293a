import { strict as assert } from 'node:assert';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { isMiHttpError } from '../errors/mi-http-error.js';
import { isMiInputError } from '../errors/mi-input-error.js';
import { isMiNetworkError } from '../errors/mi-network-error.js';
import { isMiResponseError } from '../errors/mi-response-error.js';
import type { Application, ApplicationReceipt } from '../models/application.js';
import type { ApplicationCount } from '../models/application-count.js';
import { dropConnection, problem, reply, startTestServer, type TestServer } from '../test-support/http-server.js';
import { createApplyClient } from './create-apply-client.js';
import { createClient } from './create-client.js';
import type { SubmitInput } from './applications.js';
import { rejection } from '../test-support/rejection.js';

const ROUTE = '/v1/companies/acme/projects/p_1/applications';
const input: SubmitInput = {
  applicant: { name: 'Ada Lovelace', email: 'ada@example.edu', portfolioUrl: 'https://github.com/ada' },
  coverNote: 'I clean data sets for fun.',
  answers: { tools: 'Sheets and pandas' },
  consent: true,
};
const receipt: ApplicationReceipt = { id: 'a_1', projectId: 'p_1', status: 'received', submittedAt: '2026-11-21T10:00:00Z' };

describe('applications', () => {
  let server: TestServer;
  beforeEach(async () => {
    server = await startTestServer();
  });
  afterEach(() => server.close());

  it('retries a submission whose connection was dropped, with the same Idempotency-Key and body', async () => {
    server.on('POST', ROUTE, dropConnection, reply(201, receipt));
    const mi = createClient({ baseUrl: server.url, company: 'acme' });
    assert.deepEqual(await mi.applications.submit('p_1', input), receipt);
    const [first, second, ...rest] = server.requestsTo('POST', ROUTE);
    assert.ok(first && second && rest.length === 0, 'exactly two attempts');
    const key = first.headers['idempotency-key'];
    assert.match(String(key), /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    assert.equal(second.headers['idempotency-key'], key);
    assert.equal(second.body, first.body);
    assert.deepEqual(JSON.parse(first.body), { ...input, projectId: 'p_1' });
  });

  it('uses a new key per submission, and the caller\'s key when given', async () => {
    server.on('POST', ROUTE, reply(201, receipt));
    const mi = createClient({ baseUrl: server.url, company: 'acme' });
    await mi.applications.submit('p_1', input);
    await mi.applications.submit('p_1', input);
    await mi.applications.submit('p_1', input, { idempotencyKey: 'form-7f3a-click-1' });
    const keys = server.requests.map((r) => r.headers['idempotency-key']);
    assert.notEqual(keys[0], keys[1]);
    assert.equal(keys[2], 'form-7f3a-click-1');
  });

  it('accepts a 200 replay of an earlier submission', async () => {
    server.on('POST', ROUTE, reply(200, receipt));
    const mi = createClient({ baseUrl: server.url, company: 'acme' });
    assert.deepEqual(await mi.applications.submit('p_1', input, { idempotencyKey: 'same' }), receipt);
  });

  it('retries a rate-limited submission after Retry-After', async () => {
    server.on('POST', ROUTE, problem(429, { title: 'Too many applications' }, { 'retry-after': '1' }), reply(201, receipt));
    const mi = createClient({ baseUrl: server.url, company: 'acme' });
    assert.deepEqual(await mi.applications.submit('p_1', input), receipt);
    const [first, second] = server.requestsTo('POST', ROUTE);
    assert.ok(first && second);
    assert.equal(second.headers['idempotency-key'], first.headers['idempotency-key']);
    assert.ok(second.at - first.at >= 900);
  });

  it('never retries a POST without an Idempotency-Key', async () => {
    server.on('POST', ROUTE, dropConnection, reply(201, receipt));
    const mi = createClient({ baseUrl: server.url, company: 'acme', retry: 3 });
    const error = await rejection(mi.applications.submit('p_1', input, { idempotencyKey: false }));
    assert.ok(isMiNetworkError(error), String(error));
    assert.equal(server.requests.length, 1);
    assert.equal(server.requests[0]?.headers['idempotency-key'], undefined);

    server.on('POST', ROUTE, problem(503, {}, { 'retry-after': '0' }));
    const http = await rejection(mi.applications.submit('p_1', input, { idempotencyKey: false }));
    assert.ok(isMiHttpError(http) && http.status === 503);
    assert.equal(server.requests.length, 2);
  });

  it('maps a 422 problem to fieldErrors and does not retry it', async () => {
    server.on(
      'POST',
      ROUTE,
      problem(422, {
        type: 'https://microintern.dev/problems/validation',
        title: 'Invalid application',
        errors: [
          { path: 'applicant.email', message: 'This address bounced' },
          { path: 'answers.tools', message: 'Required', code: 'too_small' },
        ],
      }),
    );
    const error = await rejection(createClient({ baseUrl: server.url, company: 'acme' }).applications.submit('p_1', input));
    assert.ok(isMiHttpError(error));
    assert.equal(error.status, 422);
    assert.deepEqual(error.fieldErrors, { 'applicant.email': 'This address bounced', 'answers.tools': 'Required' });
    assert.equal(server.requests.length, 1);
  });

  it('refuses an invalid application without sending anything', async () => {
    const mi = createClient({ baseUrl: server.url, company: 'acme' });
    const error = await rejection(
      mi.applications.submit('p_1', { ...input, applicant: { name: '', email: 'nope', portfolioUrl: 'javascript:alert(1)' } }),
    );
    assert.ok(isMiInputError(error));
    assert.deepEqual(error.issues.map((i) => i.path).sort(), ['applicant.email', 'applicant.name', 'applicant.portfolioUrl']);
    const mismatch = await rejection(mi.applications.submit('p_1', { ...input, projectId: 'p_2' }));
    assert.ok(isMiInputError(mismatch));
    const badKey = await rejection(mi.applications.submit('p_1', input, { idempotencyKey: 'has spaces' }));
    assert.ok(isMiInputError(badKey));
    assert.equal(server.requests.length, 0);
  });

  it('posts to /v1/projects/{id}/applications without a company', async () => {
    server.on('POST', '/v1/projects/p_1/applications', reply(201, receipt));
    assert.deepEqual(await createClient({ baseUrl: server.url }).applications.submit('p_1', input), receipt);
  });

  it('lists applications with a secret key, paging by cursor and dropping invalid entries', async () => {
    const application: Application = { ...receipt, applicant: input.applicant, answers: {} };
    server.on('GET', '/v1/companies/acme/applications', reply(200, { items: [application, { ...application, id: 'a_2', status: 'lost' }], nextCursor: 'c2' }));
    const skippedIds: (string | undefined)[] = [];
    const mi = createClient({ baseUrl: server.url, company: 'acme', key: 'sk_test_1', onInvalid: (skipped) => skippedIds.push(...skipped.map((s) => s.id)) });
    const page = await mi.applications.list('p_1', { cursor: 'c1', limit: 2 });
    assert.deepEqual(page.items, [application]);
    assert.equal(page.nextCursor, 'c2');
    assert.deepEqual(skippedIds, ['a_2']);
    const [request] = server.requests;
    assert.deepEqual(Object.fromEntries(request!.query), { projectId: 'p_1', cursor: 'c1', limit: '2' });
    assert.equal(request?.headers.authorization, 'Bearer sk_test_1');
  });

  it('refuses to list applications without a key, or with a bad limit, sending nothing', async () => {
    const error = await rejection(createClient({ baseUrl: server.url, company: 'acme' }).applications.list());
    assert.ok(isMiInputError(error));
    const limit = await rejection(createClient({ baseUrl: server.url, company: 'acme', key: 'sk_1' }).applications.list(undefined, { limit: 0 }));
    assert.ok(isMiInputError(limit));
    assert.equal(server.requests.length, 0);
  });

  describe('status changes and the status link', () => {
    const application: Application = {
      id: 'a_1', projectId: 'p_1', status: 'reviewing', submittedAt: '2026-11-21T10:00:00Z',
      applicant: { name: 'Ada Lovelace', email: 'ada@example.edu' }, answers: {},
      timeline: [{ status: 'received', at: '2026-11-21T10:00:00Z' }, { status: 'reviewing', at: '2026-11-22T09:00:00Z' }],
    };
    const token = `st_${'aB3'.repeat(10)}xy`;

    it('PATCHes a status change with the secret key and an Idempotency-Key, retrying a 503 with the same key', async () => {
      server.on('PATCH', '/v1/companies/acme/applications/a_1', problem(503, {}, { 'retry-after': '0' }), reply(200, application));
      const mi = createClient({ baseUrl: server.url, company: 'acme', key: 'sk_1' });
      assert.deepEqual(await mi.applications.setStatus('a_1', { status: 'reviewing', message: 'We are reading it.' }), application);
      const [first, second] = server.requestsTo('PATCH', '/v1/companies/acme/applications/a_1');
      assert.ok(first && second);
      assert.equal(first.headers.authorization, 'Bearer sk_1');
      assert.ok(first.headers['idempotency-key']);
      assert.equal(second.headers['idempotency-key'], first.headers['idempotency-key']);
      assert.deepEqual(JSON.parse(first.body), { status: 'reviewing', message: 'We are reading it.' });
    });

    it('refuses a change it can tell is wrong, and one without a secret key, before sending', async () => {
      const mi = createClient({ baseUrl: server.url, company: 'acme', key: 'sk_1' });
      const back = await rejection(mi.applications.setStatus('a_1', { status: 'received' } as never));
      assert.ok(isMiInputError(back));
      assert.equal(back.issues[0]?.path, 'status');
      const long = await rejection(mi.applications.setStatus('a_1', { status: 'declined', message: 'x'.repeat(1001) }));
      assert.ok(isMiInputError(long));
      const keyless = await rejection(createClient({ baseUrl: server.url, company: 'acme' }).applications.get('a_1'));
      assert.ok(isMiInputError(keyless));
      assert.equal(server.requests.length, 0);
    });

    it('gets one application, and reads the status link with its token as a bearer credential, never in the URL', async () => {
      server.on('GET', '/v1/companies/acme/applications/a_1', reply(200, application));
      const view = { id: 'a_1', status: 'reviewing', submittedAt: application.submittedAt, timeline: application.timeline, project: { id: 'p_1', title: 'Clean a survey' }, company: { name: 'Acme', slug: 'acme' } };
      server.on('GET', '/v1/applications/a_1/status', reply(200, view));
      const mi = createClient({ baseUrl: server.url, company: 'acme', key: 'sk_1' });
      assert.deepEqual(await mi.applications.get('a_1'), application);
      assert.deepEqual(await createClient({ baseUrl: server.url }).applications.status('a_1', token), view);
      const [lookup] = server.requestsTo('GET', '/v1/applications/a_1/status');
      assert.equal(lookup?.headers.authorization, `Bearer ${token}`, 'the token replaces any client key');
      assert.ok(!server.requests.some((r) => `${r.path}?${r.query}`.includes(token)));
      assert.ok(isMiInputError(await rejection(createClient({ baseUrl: server.url }).applications.status('a_1', 'st_short'))));
    });
  });

  describe('counts and the CSV export', () => {
    const COUNTS = '/v1/companies/acme/application-counts';
    const CSV = '/v1/companies/acme/applications.csv';
    const count: ApplicationCount = { projectId: 'p_1', total: 3, byStatus: { received: 1, reviewing: 1, accepted: 1, declined: 0 } };
    const secretClient = () => createClient({ baseUrl: server.url, company: 'acme', key: 'sk_1' });

    it('reads every project’s counts with the secret key, dropping and reporting an entry that does not add up or lacks a status', async () => {
      const closed: ApplicationCount = { projectId: 'p_2', total: 0, byStatus: { received: 0, reviewing: 0, accepted: 0, declined: 0 } };
      const wrongTotal = { ...count, projectId: 'p_3', total: 4 };
      const { declined: _declined, ...missingStatus } = count.byStatus;
      server.on('GET', COUNTS, reply(200, { items: [count, wrongTotal, closed, { ...count, projectId: 'p_4', byStatus: missingStatus }] }));
      const skipped: number[] = [];
      const mi = createClient({ baseUrl: server.url, company: 'acme', key: 'sk_1', onInvalid: (items) => skipped.push(...items.map((i) => i.index)) });
      assert.deepEqual(await mi.applications.counts(), [count, closed]);
      assert.deepEqual(skipped, [1, 3]);
      assert.equal(server.requests[0]?.headers.authorization, 'Bearer sk_1');
    });

    it('exports the CSV as text, for one project or all, asking for CSV', async () => {
      const csv = 'id,projectId,status\r\na_1,p_1,received\r\n';
      server.on('GET', CSV, reply(200, csv, { 'content-type': 'text/csv; charset=utf-8' }));
      assert.equal(await secretClient().applications.exportCsv('p_1'), csv);
      assert.equal(await secretClient().applications.exportCsv(), csv);
      const [one, all] = server.requestsTo('GET', CSV);
      assert.deepEqual(Object.fromEntries(one!.query), { projectId: 'p_1' });
      assert.deepEqual(Object.fromEntries(all!.query), {});
      assert.match(String(one!.headers.accept), /^text\/csv/);
      assert.equal(one!.headers.authorization, 'Bearer sk_1');
    });

    it('refuses an export answer that is not CSV', async () => {
      server.on('GET', CSV, reply(200, '<html>Sign in to the proxy</html>', { 'content-type': 'text/html' }));
      const error = await rejection(secretClient().applications.exportCsv());
      assert.ok(isMiResponseError(error), String(error));
      assert.match(error.message, /Expected CSV .* got text\/html/);
    });

    it('gives a 401 or 403 as an MiHttpError after one attempt, and a 429 with its Retry-After in seconds', async () => {
      server.on('GET', CSV, problem(401, { title: 'Unauthorized' }, { 'www-authenticate': 'Bearer realm="microintern", error="invalid_token"' }));
      server.on('GET', COUNTS, problem(403, { title: 'Forbidden' }));
      const unauthorized = await rejection(secretClient().applications.exportCsv());
      assert.ok(isMiHttpError(unauthorized) && unauthorized.status === 401, String(unauthorized));
      const forbidden = await rejection(secretClient().applications.counts());
      assert.ok(isMiHttpError(forbidden) && forbidden.status === 403);
      assert.equal(server.requests.length, 2, 'neither is retried');

      // A wait longer than maxRetryAfter (30 s by default) is the caller's to decide: one attempt.
      server.on('GET', COUNTS, problem(429, { title: 'Too many requests' }, { 'retry-after': '240' }));
      const limited = await rejection(secretClient().applications.counts());
      assert.ok(isMiHttpError(limited) && limited.status === 429);
      assert.equal(limited.retryAfter, 240);
      assert.equal(server.requestsTo('GET', COUNTS).length, 2);
    });

    it('retries a short 429 at most the retry limit, then fails with it', async () => {
      server.on('GET', COUNTS, problem(429, { title: 'Too many requests' }, { 'retry-after': '0' }));
      const error = await rejection(secretClient().applications.counts());
      assert.ok(isMiHttpError(error) && error.status === 429 && error.retryAfter === 0);
      assert.equal(server.requestsTo('GET', COUNTS).length, 3, 'the first attempt and the default 2 retries');
    });

    it('sends nothing without a secret key or with an invalid project id', async () => {
      const keyless = createClient({ baseUrl: server.url, company: 'acme' });
      assert.ok(isMiInputError(await rejection(keyless.applications.counts())));
      assert.ok(isMiInputError(await rejection(keyless.applications.exportCsv())));
      assert.ok(isMiInputError(await rejection(secretClient().applications.exportCsv('../p_1'))));
      assert.equal(server.requests.length, 0);
    });
  });

  it('createApplyClient submits exactly as createClient does, and has nothing else', async () => {
    server.on('POST', ROUTE, dropConnection, reply(201, receipt));
    const apply = createApplyClient({ baseUrl: server.url, company: 'acme' });
    assert.deepEqual(Object.keys(apply.applications), ['submit']);
    assert.deepEqual(await apply.applications.submit('p_1', input, { idempotencyKey: 'apply-only-1' }), receipt);
    const attempts = server.requestsTo('POST', ROUTE);
    assert.deepEqual(attempts.map((r) => r.headers['idempotency-key']), ['apply-only-1', 'apply-only-1']);
    assert.deepEqual(JSON.parse(attempts[0]!.body), { ...input, projectId: 'p_1' });
  });
});
