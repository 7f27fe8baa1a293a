import { strict as assert } from 'node:assert';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { isMiHttpError } from '../errors/mi-http-error.js';
import { isMiInputError } from '../errors/mi-input-error.js';
import { isMiNetworkError } from '../errors/mi-network-error.js';
import type { Application, ApplicationReceipt } from '../models/application.js';
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
