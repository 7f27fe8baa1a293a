import { strict as assert } from 'node:assert';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { isMiError, MiError } from '../errors/mi-error.js';
import { isMiHttpError } from '../errors/mi-http-error.js';
import { isMiInputError } from '../errors/mi-input-error.js';
import { isMiNetworkError } from '../errors/mi-network-error.js';
import { isMiResponseError } from '../errors/mi-response-error.js';
import { isMiTimeoutError } from '../errors/mi-timeout-error.js';
import type { CompanySummary } from '../models/company-summary.js';
import type { InvalidItem } from '../models/page.js';
import { sampleProject } from '../test-support/fixtures.js';
import { dropConnection, hang, problem, reply, startTestServer, type TestServer } from '../test-support/http-server.js';
import { createClient } from './create-client.js';
import type { ClientOptions } from './options.js';
import { rejection } from '../test-support/rejection.js';

const acme: CompanySummary = { id: 'c_acme', name: 'Acme Analytics', slug: 'acme', openProjects: 3 };

function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  assert.fail('expected a throw');
}

describe('createClient', () => {
  for (const baseUrl of ['', 'api.example.com', '/v1', 'ftp://files.example.com', 'javascript:alert(1)', 'https://user:pw@api.example.com', 'https://api.example.com/?x=1']) {
    it(`refuses baseUrl ${JSON.stringify(baseUrl)}`, () => {
      const error = thrown(() => createClient({ baseUrl }));
      assert.ok(isMiInputError(error));
      assert.deepEqual(error.issues.map((i) => i.path), ['baseUrl']);
    });
  }

  it('names every invalid option at once', () => {
    const options = { baseUrl: 'https://api.example.com', company: 'ac me', key: 'sk live', timeout: 0, retry: -1, fetch: 'fetch', headers: { 'x-a': 'b\nc' } } as unknown as ClientOptions;
    const error = thrown(() => createClient(options));
    assert.ok(isMiInputError(error));
    assert.deepEqual(error.issues.map((i) => i.path), ['company', 'key', 'timeout', 'retry.limit', 'fetch', 'headers']);
  });

  it('refuses missing options', () => {
    assert.ok(isMiInputError(thrown(() => createClient(undefined as unknown as ClientOptions))));
  });

  it('returns methods that work without `this`', async () => {
    const server = await startTestServer();
    try {
      server.on('GET', '/v1/projects', reply(200, { items: [sampleProject()], nextCursor: null }));
      const { page } = createClient({ baseUrl: server.url }).projects;
      assert.equal((await page()).items.length, 1);
    } finally {
      await server.close();
    }
  });
});

describe('client plumbing', () => {
  let server: TestServer;
  beforeEach(async () => {
    server = await startTestServer();
  });
  afterEach(() => server.close());

  it('lists companies, bare or in an envelope, dropping invalid entries', async () => {
    const reports: InvalidItem[][] = [];
    const mi = createClient({ baseUrl: server.url, onInvalid: (skipped) => reports.push(skipped) });
    server.on('GET', '/v1/companies', reply(200, [acme, { ...acme, id: 'c_bad', openProjects: -1 }]));
    assert.deepEqual(await mi.companies.list(), [acme]);
    assert.deepEqual(reports.map((r) => r.map((s) => s.id)), [['c_bad']]);
    server.on('GET', '/v1/companies', reply(200, { items: [acme], nextCursor: null }));
    assert.deepEqual(await mi.companies.list(), [acme]);
    server.on('GET', '/v1/companies', reply(200, { companies: [acme] }));
    assert.ok(isMiResponseError(await rejection(mi.companies.list())));
  });

  it('sends the configured headers and the key, and no User-Agent of its own', async () => {
    server.on('GET', '/v1/projects', reply(200, { items: [], nextCursor: null }));
    await createClient({ baseUrl: server.url, key: 'pk_live_1', headers: { 'x-widget': 'board/1.0' } }).projects.page();
    const [request] = server.requests;
    assert.equal(request?.headers['x-widget'], 'board/1.0');
    assert.equal(request?.headers.authorization, 'Bearer pk_live_1');
    assert.match(String(request?.headers.accept), /application\/json/);
    assert.doesNotMatch(String(request?.headers['user-agent']), /microintern/i);
  });

  it('uses an injected fetch for every attempt', async () => {
    server.on('GET', '/v1/projects', dropConnection, reply(200, { items: [], nextCursor: null }));
    const seen: string[] = [];
    const mi = createClient({
      baseUrl: server.url,
      fetch: (request, init) => {
        seen.push(`${request.method} ${new URL(request.url).pathname}`);
        return fetch(request, init);
      },
    });
    await mi.projects.page();
    assert.deepEqual(seen, ['GET /v1/projects', 'GET /v1/projects']);
  });

  it('looks the global fetch up at call time, not at creation', async () => {
    server.on('GET', '/v1/projects', reply(200, { items: [], nextCursor: null }));
    const mi = createClient({ baseUrl: server.url });
    const original = globalThis.fetch;
    let calls = 0;
    globalThis.fetch = (input, init) => {
      calls++;
      return original(input, init);
    };
    try {
      await mi.projects.page();
    } finally {
      globalThis.fetch = original;
    }
    assert.equal(calls, 1);
  });

  it('throws errors whose guards tell them apart', async () => {
    server.on('GET', '/v1/projects/http', problem(404, { title: 'Not found' }));
    server.on('GET', '/v1/projects/network', dropConnection);
    server.on('GET', '/v1/projects/timeout', hang);
    server.on('GET', '/v1/projects/response', reply(200, 'oops'));
    const mi = createClient({ baseUrl: server.url, timeout: 200, retry: 0 });
    const errors = {
      http: await rejection(mi.projects.get('http')),
      network: await rejection(mi.projects.get('network')),
      timeout: await rejection(mi.projects.get('timeout')),
      response: await rejection(mi.projects.get('response')),
      input: await rejection(mi.projects.get('a b')),
    };
    const guards = { http: isMiHttpError, network: isMiNetworkError, timeout: isMiTimeoutError, response: isMiResponseError, input: isMiInputError };
    for (const [kind, error] of Object.entries(errors)) {
      assert.ok(error instanceof MiError && isMiError(error), kind);
      for (const [guard, check] of Object.entries(guards)) assert.equal(check(error), guard === kind, `${guard} guard on ${kind} error`);
    }
    // The guards also recognise errors from another copy of the package by name.
    const foreign = Object.assign(new Error('x'), { name: 'MiHttpError' });
    assert.ok(isMiHttpError(foreign) && isMiError(foreign) && !isMiNetworkError(foreign));
  });
});
