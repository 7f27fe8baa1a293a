import { strict as assert } from 'node:assert';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { isMiHttpError } from '../errors/mi-http-error.js';
import { isMiInputError } from '../errors/mi-input-error.js';
import { isMiResponseError } from '../errors/mi-response-error.js';
import type { InvalidItem } from '../models/page.js';
import type { ProjectInput } from '../models/project-input.js';
import type { Project } from '../models/project.js';
import type { ProjectSource } from '../source.js';
import { sampleProject } from '../test-support/fixtures.js';
import { problem, reply, startTestServer, type RouteHandler, type TestServer } from '../test-support/http-server.js';
import { createClient } from './create-client.js';
import { rejection } from '../test-support/rejection.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const project = (n: number): Project => sampleProject({ id: `p_${n}`, slug: `gig-${n}`, title: `Gig ${n}` });

/** Serves `total` projects in pages of `size`, with cursors "c<offset>". */
function paged(total: number, size: number): RouteHandler {
  return (request, response, attempt) => {
    const offset = Number(request.query.get('cursor')?.slice(1) ?? 0);
    const end = Math.min(total, offset + size);
    const items = Array.from({ length: end - offset }, (_, i) => project(offset + i + 1));
    return reply(200, { items, nextCursor: end < total ? `c${end}` : null, total })(request, response, attempt);
  };
}

describe('projects', () => {
  let server: TestServer;
  beforeEach(async () => {
    server = await startTestServer();
  });
  afterEach(() => server.close());

  it('is a ProjectSource', () => {
    const source: ProjectSource = createClient({ baseUrl: 'https://api.example.com' }).projects;
    assert.equal(typeof source.page, 'function');
  });

  it("sends the query as the API's search parameters, to the company's collection", async () => {
    server.on('GET', '/v1/companies/acme/projects', reply(200, { items: [project(1)], nextCursor: 'next', total: 7, facets: { category: { data: 7 }, schedule: { weekend: 7 } } }));
    const mi = createClient({ baseUrl: server.url, company: 'acme' });
    const page = await mi.projects.page({ q: 'survey', category: ['data', 'design'], skills: ['excel'], minRate: 2000, maxHours: 10, schedule: ['weekend'], sort: 'pay', limit: 5 });
    assert.deepEqual(page, { items: [project(1)], nextCursor: 'next', total: 7, facets: { category: { data: 7 }, schedule: { weekend: 7 } }, skipped: [] });
    const [request] = server.requests;
    assert.deepEqual(Object.fromEntries(request!.query), {
      q: 'survey',
      category: 'data,design',
      skills: 'excel',
      minRate: '2000',
      maxHours: '10',
      schedule: 'weekend',
      sort: 'pay',
      limit: '5',
    });
  });

  it('reads every company\'s gigs from /v1/projects without a company, under a base path', async () => {
    server.on('GET', '/api/v1/projects', reply(200, { items: [], nextCursor: null }));
    const page = await createClient({ baseUrl: `${server.url}/api` }).projects.page();
    assert.deepEqual(page, { items: [], nextCursor: null, skipped: [] });
    assert.equal(server.requests[0]?.path, '/api/v1/projects');
  });

  it('refuses an invalid query without sending anything', async () => {
    const mi = createClient({ baseUrl: server.url });
    const error = await rejection(mi.projects.page({ limit: 1000 }));
    assert.ok(isMiInputError(error));
    assert.deepEqual(error.issues.map((i) => i.path), ['limit']);
    assert.equal(server.requests.length, 0);
  });

  it('keeps the 95 valid items of a page where 5 are broken, and reports the 5', async () => {
    const items: unknown[] = Array.from({ length: 100 }, (_, i) => project(i));
    items[7] = { ...project(7), title: undefined };
    items[23] = { ...project(23), compensation: { kind: 'hourly', min: { amount: 10.5, currency: 'USD' } } };
    items[41] = { ...project(41), id: 'not an id!' };
    items[66] = { ...project(66), company: { ...project(66).company, logoUrl: 'javascript:alert(1)' } };
    items[99] = 'not a project';
    server.on('GET', '/v1/projects', reply(200, { items, nextCursor: null }));
    const reports: { skipped: InvalidItem[]; url: string }[] = [];
    const mi = createClient({ baseUrl: server.url, onInvalid: (skipped, { url }) => reports.push({ skipped, url }) });
    const page = await mi.projects.page({ limit: 100 });

    assert.equal(page.items.length, 95);
    const broken = new Set([7, 23, 41, 66, 99]);
    assert.deepEqual(page.items.map((p) => p.id), Array.from({ length: 100 }, (_, i) => i).filter((i) => !broken.has(i)).map((i) => `p_${i}`));
    assert.deepEqual(
      page.skipped.map(({ index, id, issues }) => ({ index, id, paths: issues.map((i) => i.path) })),
      [
        { index: 7, id: 'p_7', paths: ['title'] },
        { index: 23, id: 'p_23', paths: ['compensation.min.amount'] },
        { index: 41, id: 'not an id!', paths: ['id'] },
        { index: 66, id: 'p_66', paths: ['company.logoUrl'] },
        { index: 99, id: undefined, paths: [''] },
      ],
    );
    assert.equal(reports.length, 1);
    assert.deepEqual(reports[0]!.skipped, page.skipped);
    assert.equal(reports[0]!.url, `${server.url}/v1/projects?limit=100`);
  });

  it('fails with MiResponseError when the page envelope itself is broken', async () => {
    server.on('GET', '/v1/projects', reply(200, { results: [project(1)] }));
    const error = await rejection(createClient({ baseUrl: server.url }).projects.page());
    assert.ok(isMiResponseError(error));
    assert.deepEqual(error.issues.map((i) => i.path).sort(), ['items', 'nextCursor']);
  });

  it('revalidates with If-None-Match and reuses the page on 304', async () => {
    let version = 'v1';
    const statuses: number[] = [];
    server.on('GET', '/v1/projects', (request, response, attempt) => {
      const etag = `"${version}"`;
      if (request.headers['if-none-match'] === etag) {
        statuses.push(304);
        response.writeHead(304, { etag }).end();
        return;
      }
      statuses.push(200);
      const items = version === 'v1' ? [project(1), project(2)] : [project(3)];
      return reply(200, { items, nextCursor: null }, { etag })(request, response, attempt);
    });
    const mi = createClient({ baseUrl: server.url });
    const first = await mi.projects.page({ sort: 'newest' });
    first.items.pop(); // a caller mutating its page must not change the remembered one
    const second = await mi.projects.page({ sort: 'newest' });
    assert.deepEqual(second.items.map((p) => p.id), ['p_1', 'p_2']);
    assert.equal(server.requests[0]?.headers['if-none-match'], undefined);
    assert.equal(server.requests[1]?.headers['if-none-match'], '"v1"');
    version = 'v2';
    const third = await mi.projects.page({ sort: 'newest' });
    assert.deepEqual(third.items.map((p) => p.id), ['p_3']);
    assert.deepEqual(statuses, [200, 304, 200]);
  });

  it('walks every page through nextCursor and yields each project exactly once', async () => {
    server.on('GET', '/v1/projects', paged(8, 3));
    const ids: string[] = [];
    for await (const p of createClient({ baseUrl: server.url }).projects.list({ limit: 3, sort: 'pay' })) ids.push(p.id);
    assert.deepEqual(ids, ['p_1', 'p_2', 'p_3', 'p_4', 'p_5', 'p_6', 'p_7', 'p_8']);
    assert.deepEqual(server.requests.map((r) => r.query.get('cursor')), [null, 'c3', 'c6']);
    assert.ok(server.requests.every((r) => r.query.get('limit') === '3' && r.query.get('sort') === 'pay'));
  });

  it('stops requesting when the loop breaks early', async () => {
    server.on('GET', '/v1/projects', paged(100, 10));
    for await (const p of createClient({ baseUrl: server.url }).projects.list()) {
      assert.equal(p.id, 'p_1');
      break;
    }
    await sleep(300);
    assert.equal(server.requests.length, 1);
  });

  it('stops with MiResponseError instead of looping when the server repeats a cursor', async () => {
    server.on('GET', '/v1/projects', reply(200, { items: [project(1)], nextCursor: 'same' }));
    const ids: string[] = [];
    const error = await rejection(
      (async () => {
        for await (const p of createClient({ baseUrl: server.url }).projects.list()) ids.push(p.id);
      })(),
    );
    assert.ok(isMiResponseError(error));
    assert.deepEqual(ids, ['p_1']);
    assert.equal(server.requests.length, 2);
  });

  it('gets one project by slug, and a 404 as MiHttpError', async () => {
    server.on('GET', '/v1/companies/acme/projects/clean-a-survey-data-set', reply(200, sampleProject()));
    const mi = createClient({ baseUrl: server.url, company: 'acme' });
    assert.deepEqual(await mi.projects.get('clean-a-survey-data-set'), sampleProject());
    const error = await rejection(mi.projects.get('missing'));
    assert.ok(isMiHttpError(error) && error.status === 404);
  });

  it('refuses an id that would leave the route, without sending anything', async () => {
    const error = await rejection(createClient({ baseUrl: server.url }).projects.get('../companies'));
    assert.ok(isMiInputError(error));
    assert.equal(server.requests.length, 0);
  });
});

describe('projects with a secret key', () => {
  let server: TestServer;
  beforeEach(async () => {
    server = await startTestServer();
  });
  afterEach(() => server.close());

  const { id: _id, company: _company, postedAt: _postedAt, status: _status, ...input } = sampleProject();
  const projectInput: ProjectInput = input;

  it('creates a project with the key and an Idempotency-Key', async () => {
    server.on('POST', '/v1/companies/acme/projects', reply(201, sampleProject()));
    const mi = createClient({ baseUrl: server.url, company: 'acme', key: 'sk_test_123' });
    assert.deepEqual(await mi.projects.create(projectInput), sampleProject());
    const [request] = server.requests;
    assert.equal(request?.headers.authorization, 'Bearer sk_test_123');
    assert.match(String(request?.headers['idempotency-key']), /^[0-9a-f-]{36}$/);
    assert.equal(request?.headers['content-type'], 'application/json');
    assert.deepEqual(JSON.parse(request!.body), projectInput);
  });

  it('refuses an invalid project without sending anything', async () => {
    const mi = createClient({ baseUrl: server.url, company: 'acme', key: 'sk_test_123' });
    const error = await rejection(mi.projects.create({ ...projectInput, effort: { min: 10, max: 2 }, extra: true } as ProjectInput));
    assert.ok(isMiInputError(error));
    assert.deepEqual(error.issues.map((i) => i.path).sort(), ['effort.max', 'extra']);
    assert.equal(server.requests.length, 0);
  });

  it('updates with PATCH and never retries it', async () => {
    server.on('PATCH', '/v1/companies/acme/projects/p_1', problem(503, {}, { 'retry-after': '0' }));
    const mi = createClient({ baseUrl: server.url, company: 'acme', key: 'sk_test_123', retry: 3 });
    const error = await rejection(mi.projects.update('p_1', { spots: 3 }));
    assert.ok(isMiHttpError(error) && error.status === 503);
    assert.equal(server.requests.length, 1);
    assert.deepEqual(JSON.parse(server.requests[0]!.body), { spots: 3 });
  });

  it('closes a project', async () => {
    server.on('POST', '/v1/companies/acme/projects/p_1/close', reply(200, sampleProject({ id: 'p_1', status: 'closed' })));
    const mi = createClient({ baseUrl: server.url, company: 'acme', key: 'sk_test_123' });
    assert.equal((await mi.projects.close('p_1')).status, 'closed');
  });

  it('refuses secret-key methods on a client without company or key, sending nothing', async () => {
    const withoutKey = createClient({ baseUrl: server.url, company: 'acme' });
    const withoutCompany = createClient({ baseUrl: server.url, key: 'sk_test_123' });
    for (const call of [
      () => withoutKey.projects.create(projectInput),
      () => withoutKey.projects.update('p_1', { spots: 2 }),
      () => withoutKey.projects.close('p_1'),
      () => withoutCompany.projects.create(projectInput),
    ]) {
      const error = await rejection(call());
      assert.ok(isMiInputError(error));
      assert.match(error.message, /needs a client created with/);
    }
    const error = await rejection(withoutKey.projects.close('p_1'));
    assert.ok(isMiInputError(error));
    assert.deepEqual(error.issues.map((i) => i.path), ['key']);
    assert.equal(server.requests.length, 0);
  });
});
