import { strict as assert } from 'node:assert';
import { after, before, describe, it } from 'node:test';
import { createApp } from './app.js';
import { buildSeedProjects } from './seed.js';
import { openSqliteStore } from './store/sqlite-store.js';
import type { Store } from './store/store.js';
import { applicationBody, expectProblem, postJson } from './test-support/http.js';
import { startTestServer, type TestServer } from './test-support/test-server.js';

const seeded = buildSeedProjects(new Date());
const churn = seeded.find((p) => p.slug === 'churn-survey-analysis')!;
const openCount = seeded.filter((p) => p.status === 'open').length;

describe('bad input gets the right problem and changes nothing', () => {
  let server: TestServer;
  let applyUrl: string;
  let stored: number;
  before(async () => {
    server = await startTestServer({ config: { bodyLimitBytes: 16 * 1024 } });
    applyUrl = `${server.url}/v1/companies/forkful/projects/${churn.id}/applications`;
    stored = await server.running.store.countApplications();
  });
  after(async () => {
    assert.equal(await server.running.store.countApplications(), stored, 'no bad request stored an application');
    assert.deepEqual(server.errors, [], 'no bad request caused a 500');
    await server.close();
  });

  it('400 for malformed JSON and an empty body', async () => {
    for (const body of ['{"projectId": ', '{projectId: 1}', "{'a': 1}", 'nul', '']) {
      await expectProblem(await postJson(applyUrl, body), 400, 'malformed-json');
    }
  });

  it('415 for a body that is not JSON', async () => {
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/jsonp']) {
      const response = await fetch(applyUrl, { method: 'POST', headers: { 'content-type': type }, body: JSON.stringify(applicationBody(churn.id)) });
      await expectProblem(response, 415, 'unsupported-media-type');
    }
  });

  it('413 for a body over the limit, declared or streamed', async () => {
    const big = applicationBody(churn.id, { coverNote: 'x'.repeat(20_000) });
    await expectProblem(await postJson(applyUrl, big), 413, 'payload-too-large');

    const chunks = [JSON.stringify(big)];
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        const next = chunks.shift();
        if (next === undefined) controller.close();
        else controller.enqueue(new TextEncoder().encode(next));
      },
    });
    const streamed = await fetch(applyUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: stream, duplex: 'half' } as RequestInit);
    await expectProblem(streamed, 413, 'payload-too-large');
  });

  it('422 naming each field of the wrong type, unknown fields and unsafe URLs', async () => {
    const wrongTypes = await expectProblem(
      await postJson(applyUrl, applicationBody(churn.id, { consent: 'yes', applicant: { name: 42, email: ['a@b.c'] }, answers: [] })),
      422,
      'validation',
    );
    const paths = (wrongTypes.errors ?? []).map((e) => e.path).sort();
    assert.deepEqual(paths, ['answers', 'applicant.email', 'applicant.name', 'consent']);

    const unknown = await expectProblem(
      await postJson(applyUrl, applicationBody(churn.id, { status: 'accepted', applicant: { name: 'Ada', email: 'ada@example.edu', isStaff: true } })),
      422,
    );
    assert.deepEqual(unknown.errors?.map((e) => [e.path, e.message]).sort(), [
      ['applicant.isStaff', 'Unknown field'],
      ['status', 'Unknown field'],
    ]);

    for (const portfolioUrl of ['javascript:alert(document.cookie)', 'JaVaScRiPt:alert(1)', 'data:text/html,<script>alert(1)</script>', ' javascript:alert(1)']) {
      const problem = await expectProblem(await postJson(applyUrl, applicationBody(churn.id, { applicant: { name: 'Ada', email: 'ada@example.edu', portfolioUrl } })), 422);
      assert.deepEqual(problem.errors?.map((e) => e.path), ['applicant.portfolioUrl'], portfolioUrl);
    }
    const notObject = await expectProblem(await postJson(applyUrl, '[1,2,3]'), 422);
    assert.ok(notObject.errors?.length);
  });

  it('treats SQL and FTS syntax in search text as plain words', async () => {
    for (const q of [
      "' OR 1=1 --",
      '"); DROP TABLE projects; --',
      'NEAR(pricing scan',
      '*',
      '"',
      'pricing OR',
      'title:pricing',
      '-pricing',
      '^pricing',
      'AND',
      '"unterminated',
      '\u0000\u0001',
      'pricing" OR "1"="1',
      'x'.repeat(200),
    ]) {
      for (const path of ['/v1/projects', '/v1/companies/forkful/projects']) {
        const response = await fetch(`${server.url}${path}?${new URLSearchParams({ q })}`);
        assert.equal(response.status, 200, `${path} q=${JSON.stringify(q)}`);
        const page = (await response.json()) as { items: unknown[]; total: number };
        assert.ok(Array.isArray(page.items) && page.total <= openCount, q);
      }
    }
    const injected = (await (await fetch(`${server.url}/v1/projects?${new URLSearchParams({ q: "' OR 1=1 --" })}`)).json()) as { total: number };
    assert.ok(injected.total < openCount, 'the injection did not widen the search');
    const skills = await fetch(`${server.url}/v1/projects?${new URLSearchParams({ skills: "figma') OR 1=1 --" })}`);
    assert.equal(((await skills.json()) as { total: number }).total, 0);
    // Everything is still there.
    const all = (await (await fetch(`${server.url}/v1/projects?limit=1`)).json()) as { total: number };
    assert.equal(all.total, openCount);
  });

  it('400 "Invalid cursor" for a tampered cursor or one from another query', async () => {
    const page = (await (await fetch(`${server.url}/v1/companies/forkful/projects?limit=2&sort=pay`)).json()) as { nextCursor: string };
    const cursor = page.nextCursor;
    const [body, mac] = cursor.split('.') as [string, string];
    const decoded = JSON.parse(Buffer.from(body, 'base64url').toString()) as { value: number; id: string };
    const forged = `${Buffer.from(JSON.stringify({ ...decoded, value: 0 })).toString('base64url')}.${mac}`;
    // One character of the signature changed: the first, since the last base64url character can
    // carry padding bits, and changing only those leaves the decoded signature the same.
    const flipped = `${body}.${mac.startsWith('A') ? 'B' : 'A'}${mac.slice(1)}`;
    const cases: [string, string][] = [
      ['/v1/companies/forkful/projects?limit=2&sort=pay&cursor=', forged],
      ['/v1/companies/forkful/projects?limit=2&sort=pay&cursor=', flipped],
      ['/v1/companies/forkful/projects?limit=2&sort=pay&cursor=', 'not-a-cursor'],
      ['/v1/companies/forkful/projects?limit=2&sort=newest&cursor=', cursor],
      ['/v1/companies/tideline/projects?limit=2&sort=pay&cursor=', cursor],
      ['/v1/projects?limit=2&sort=pay&cursor=', cursor],
      ['/v1/companies/forkful/projects?limit=2&sort=pay&category=data&cursor=', cursor],
    ];
    for (const [path, value] of cases) {
      const problem = await expectProblem(await fetch(`${server.url}${path}${encodeURIComponent(value)}`), 400, 'invalid-cursor');
      assert.equal(problem.title, 'Invalid cursor');
    }
    // A different page size is the same query: the cursor still works.
    assert.equal((await fetch(`${server.url}/v1/companies/forkful/projects?limit=3&sort=pay&cursor=${encodeURIComponent(cursor)}`)).status, 200);
  });

  it('422 for unknown or malformed query parameters', async () => {
    for (const [query, path] of [
      ['color=red', 'color'],
      ['limit=101', 'limit'],
      ['limit=0', 'limit'],
      ['limit=ten', 'limit'],
      ['minRate=abc', 'minRate'],
      ['remote=maybe', 'remote'],
      ['sort=random', 'sort'],
      ['category=data,gardening', 'category.1'],
      ['status=deleted', 'status.0'],
    ] as const) {
      const problem = await expectProblem(await fetch(`${server.url}/v1/projects?${query}`), 422, 'validation');
      assert.ok(problem.errors?.some((e) => e.path === path), `${query}: ${JSON.stringify(problem.errors)}`);
    }
    // The directory takes no parameters, and says so rather than ignoring a filter.
    const directory = await expectProblem(await fetch(`${server.url}/v1/companies?category=data&q=acme`), 422, 'validation');
    assert.deepEqual(directory.errors?.map((e) => [e.path, e.message]), [['category', 'Unknown field'], ['q', 'Unknown field']]);
    assert.equal((await fetch(`${server.url}/v1/companies`)).status, 200);
  });

  it('404 for an unknown company, project or route', async () => {
    await expectProblem(await fetch(`${server.url}/v1/companies/nope/projects`), 404, 'not-found');
    await expectProblem(await fetch(`${server.url}/v1/companies/nope/projects/${churn.id}`), 404);
    await expectProblem(await postJson(`${server.url}/v1/companies/nope/projects/${churn.id}/applications`, applicationBody(churn.id)), 404);
    await expectProblem(await postJson(`${server.url}/v1/projects/p_nope/applications`, applicationBody('p_nope')), 404);
    await expectProblem(await fetch(`${server.url}/v1/companies/tideline/projects/${churn.id}`), 404, 'not-found');
    await expectProblem(await fetch(`${server.url}/v1/nothing-here`), 404, 'not-found');
    await expectProblem(await fetch(`${server.url}/`), 404, 'not-found');
  });

  it('405 with Allow for a known path and an unsupported method', async () => {
    const response = await fetch(`${server.url}/v1/companies`, { method: 'DELETE' });
    assert.match(response.headers.get('allow') ?? '', /GET/);
    await expectProblem(response, 405, 'method-not-allowed');
    await expectProblem(await fetch(applyUrl, { method: 'PUT', body: '{}' }), 405);
  });
});

describe('unexpected failures', () => {
  it('answer 500 as a problem without the error’s message or stack, and report it', async () => {
    const real = await openSqliteStore(':memory:');
    const failing: Store = new Proxy(real, {
      get(target, property, receiver) {
        if (property === 'listCompanies') {
          return () => Promise.reject(new Error('SQLITE_CORRUPT: database disk image is malformed at /srv/secret/path.sqlite'));
        }
        return Reflect.get(target, property, receiver) as unknown;
      },
    });
    const reported: unknown[] = [];
    const app = createApp({ store: failing, config: { logError: (error) => reported.push(error) } });
    const response = await app.request('/v1/companies');
    const problem = await expectProblem(response, 500, 'internal');
    assert.doesNotMatch(JSON.stringify(problem), /SQLITE|secret|malformed/);
    assert.equal(reported.length, 1);
    await real.close();
  });
});
