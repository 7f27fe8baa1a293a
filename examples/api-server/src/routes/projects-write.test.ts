import { strict as assert } from 'node:assert';
import { after, before, describe, it } from 'node:test';
import { isMiHttpError, type ProjectInput } from '@microintern/core';
import { generateSecretKey } from '../domain/secret-keys.js';
import { expectProblem, postJson } from '../test-support/http.js';
import { startTestServer, type TestServer } from '../test-support/test-server.js';

const input: ProjectInput = {
  title: 'Survey café owners about oat milk',
  summary: 'Ask 20 café owners which plant milks they stock and why.',
  category: 'market-research',
  skills: ['Interviewing', 'Spreadsheets'],
  compensation: { kind: 'fixed', amount: { amount: 20000, currency: 'USD' } },
  effort: { min: 8, max: 10 },
  window: 'P1W',
  schedule: 'weekend',
  remote: true,
  questions: [{ id: 'city', label: 'Which city are you in?', kind: 'text', required: true }],
};

describe('secret-key project writes', () => {
  let server: TestServer;
  let key: string;
  before(async () => {
    server = await startTestServer();
    key = await server.secretKey('forkful');
  });
  after(() => server.close());

  it('creates a project with a slug from its title, unique within the company', async () => {
    const mi = server.client({ company: 'forkful', key });
    const created = await mi.projects.create(input);
    assert.match(created.id, /^p_/);
    assert.equal(created.slug, 'survey-cafe-owners-about-oat-milk');
    assert.equal(created.status, 'open');
    assert.equal(created.company.slug, 'forkful');
    assert.equal(created.spots, 1);
    assert.ok(Math.abs(Date.parse(created.postedAt) - Date.now()) < 60_000);

    const again = await mi.projects.create(input);
    assert.equal(again.slug, 'survey-cafe-owners-about-oat-milk-2');

    // It is public at once, searchable and filterable by its skills.
    const found = await server.client({ company: 'forkful' }).projects.page({ q: 'oat milk', skills: ['interviewing'] });
    assert.deepEqual(found.items.map((p) => p.id).sort(), [created.id, again.id].sort());
    assert.equal((await server.client().projects.get(created.id)).title, input.title);
  });

  it('refuses a slug the company already uses, and invalid or unknown fields, with 422', async () => {
    const mi = server.client({ company: 'forkful', key });
    await assert.rejects(mi.projects.create({ ...input, slug: 'competitor-pricing-scan' }), (error: unknown) => {
      assert.ok(isMiHttpError(error));
      assert.equal(error.status, 422);
      assert.ok(error.fieldErrors.slug);
      return true;
    });
    const raw = await postJson(`${server.url}/v1/companies/forkful/projects`, { ...input, effort: { min: 'eight', max: 10 }, salary: 'lots' }, { authorization: `Bearer ${key}` });
    const problem = await expectProblem(raw, 422, 'validation');
    const paths = problem.errors?.map((e) => e.path) ?? [];
    assert.ok(paths.includes('effort.min') && paths.includes('salary'), paths.join());
  });

  it('stores where a remote gig’s applicants may live, in capitals, and names a bad country code with 422', async () => {
    const mi = server.client({ company: 'forkful', key });
    const created = await mi.projects.create({ ...input, title: 'Map oat-milk prices in two countries', remote: { countries: ['us', 'CA'] } });
    assert.deepEqual(created.remote, { countries: ['US', 'CA'] });
    assert.deepEqual((await server.client().projects.get(created.id)).remote, { countries: ['US', 'CA'] });
    const found = await server.client({ company: 'forkful' }).projects.page({ remote: true, q: 'oat-milk prices' });
    assert.deepEqual(found.items.map((p) => p.id), [created.id]);
    const patched = await mi.projects.update(created.id, { remote: { countries: ['MX'] } });
    assert.deepEqual(patched.remote, { countries: ['MX'] });

    for (const [remote, path, message] of [
      [{ countries: ['USA'] }, 'remote.countries.0', /ISO 3166-1 alpha-2/],
      [{ countries: ['US', 'us'] }, 'remote.countries', /only once/],
      [{ countries: [] }, 'remote.countries', /at least one country/],
      ['anywhere', 'remote', /true, false or/],
    ] as const) {
      const raw = await postJson(`${server.url}/v1/companies/forkful/projects`, { ...input, remote }, { authorization: `Bearer ${key}` });
      const problem = await expectProblem(raw, 422, 'validation');
      const error = problem.errors?.find((e) => e.path === path);
      assert.ok(error && message.test(error.message), `${JSON.stringify(remote)}: ${JSON.stringify(problem.errors)}`);
    }
  });

  it('refuses a project that brings its own company links, unsafe or not: the company is the key’s', async () => {
    const before = (await server.client({ company: 'forkful' }).projects.page({ limit: 100 })).total;
    for (const company of [{ logoUrl: 'javascript:alert(1)' }, { website: 'data:text/html,<script>alert(1)</script>' }]) {
      const raw = await postJson(`${server.url}/v1/companies/forkful/projects`, { ...input, company }, { authorization: `Bearer ${key}` });
      const problem = await expectProblem(raw, 422, 'validation');
      assert.deepEqual(problem.errors?.map((e) => e.path), ['company']);
      const patch = await fetch(`${server.url}/v1/companies/forkful/projects/competitor-pricing-scan`, {
        method: 'PATCH',
        headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
        body: JSON.stringify({ company }),
      });
      await expectProblem(patch, 422, 'validation');
    }
    assert.equal((await server.client({ company: 'forkful' }).projects.page({ limit: 100 })).total, before);
    assert.equal((await server.client().projects.get('competitor-pricing-scan')).company.logoUrl, undefined);
  });

  it('updates a project with a patch and re-indexes it', async () => {
    const mi = server.client({ company: 'forkful', key });
    const created = await mi.projects.create({ ...input, title: 'Count bicycles at three cafés' });
    const updated = await mi.projects.update(created.id, { title: 'Count scooters at three cafés', skills: ['counting'], schedule: 'evenings' });
    assert.equal(updated.title, 'Count scooters at three cafés');
    assert.equal(updated.slug, created.slug, 'the slug stays put');
    assert.equal(updated.schedule, 'evenings');
    assert.deepEqual((await server.client().projects.get(created.id)).skills, ['counting']);
    const search = async (q: string) => (await server.client({ company: 'forkful' }).projects.page({ q })).items.map((p) => p.id);
    assert.ok((await search('scooters')).includes(created.id));
    assert.ok(!(await search('bicycles')).includes(created.id));

    await assert.rejects(mi.projects.update(created.id, { slug: 'competitor-pricing-scan' }), (error: unknown) => isMiHttpError(error) && error.status === 422 && Boolean(error.fieldErrors.slug));
    const raw = await fetch(`${server.url}/v1/companies/forkful/projects/${created.id}`, {
      method: 'PATCH',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
      body: JSON.stringify({ effort: { min: 5, max: 4 }, status: 'paused' }),
    });
    const problem = await expectProblem(raw, 422, 'validation');
    assert.deepEqual(problem.errors?.map((e) => e.path).sort(), ['effort.max', 'status']);
    assert.deepEqual((await server.client().projects.get(created.id)).effort, input.effort, 'unchanged');
    await assert.rejects(mi.projects.update('p_doesnotexist', { title: 'x' }), (error: unknown) => isMiHttpError(error) && error.status === 404);
  });

  it('closes a project: it leaves the default list and refuses applications', async () => {
    const mi = server.client({ company: 'forkful', key });
    const created = await mi.projects.create({ ...input, title: 'Short-lived gig' });
    const closed = await mi.projects.close(created.id);
    assert.equal(closed.status, 'closed');
    assert.equal((await mi.projects.close(created.id)).status, 'closed', 'closing twice is harmless');
    const open = await server.client({ company: 'forkful' }).projects.page({ limit: 100 });
    assert.ok(!open.items.some((p) => p.id === created.id));
    const closedList = await server.client({ company: 'forkful' }).projects.page({ status: ['closed'], limit: 100 });
    assert.ok(closedList.items.some((p) => p.id === created.id));
    await assert.rejects(
      server.client().applications.submit(created.id, { applicant: { name: 'Ada', email: 'ada@example.edu' }, answers: { city: 'Leeds' }, consent: true }),
      (error: unknown) => isMiHttpError(error) && error.status === 409,
    );
  });

  it('cannot touch another company’s project', async () => {
    const tidelineKey = await server.secretKey('tideline');
    const forkfulProject = await server.client({ company: 'forkful', key }).projects.create({ ...input, title: 'Mine alone' });
    await assert.rejects(
      server.client({ company: 'tideline', key: tidelineKey }).projects.close(forkfulProject.id),
      (error: unknown) => isMiHttpError(error) && error.status === 404,
    );
    assert.equal((await server.client().projects.get(forkfulProject.id)).status, 'open');
  });
});

describe('secret-key authentication', () => {
  let server: TestServer;
  let forkfulKey: string;
  let tidelineKey: string;
  before(async () => {
    server = await startTestServer();
    forkfulKey = await server.secretKey('forkful');
    tidelineKey = await server.secretKey('tideline');
  });
  after(() => server.close());

  const create = (company: string, headers: Record<string, string>) => postJson(`${server.url}/v1/companies/${company}/projects`, input, headers);
  const projectCount = async () => (await server.client().projects.page({ status: ['open', 'closed', 'filled'], limit: 1 })).total;

  it('answers 401 with WWW-Authenticate when the key is missing, malformed or unknown', async () => {
    const before = await projectCount();
    const missing = await create('forkful', {});
    assert.match(missing.headers.get('www-authenticate') ?? '', /^Bearer realm="microintern"/);
    await expectProblem(missing, 401, 'unauthorized');

    for (const authorization of ['Basic Zm9vOmJhcg==', 'Bearer', 'Bearer pk_live_abc', `Bearer ${generateSecretKey('live').secret}`, `Bearer ${forkfulKey}x`]) {
      const response = await create('forkful', { authorization });
      assert.match(response.headers.get('www-authenticate') ?? '', /invalid_token/, authorization);
      await expectProblem(response, 401, 'unauthorized');
    }
    assert.equal(await projectCount(), before, 'nothing stored');
  });

  it('answers 403 for another company’s key, and the same for a company that does not exist', async () => {
    const other = await create('forkful', { authorization: `Bearer ${tidelineKey}` });
    const otherProblem = await expectProblem(other, 403, 'forbidden');
    const ghost = await create('no-such-company', { authorization: `Bearer ${tidelineKey}` });
    const ghostProblem = await expectProblem(ghost, 403, 'forbidden');
    assert.deepEqual(ghostProblem, otherProblem, 'indistinguishable');
    assert.doesNotMatch(JSON.stringify(otherProblem), /Forkful|Tideline|forkful|tideline/);

    const list = await fetch(`${server.url}/v1/companies/forkful/applications`, { headers: { authorization: `Bearer ${tidelineKey}` } });
    await expectProblem(list, 403, 'forbidden');
  });

  it('sends no CORS grant on secret-key endpoints, even to a browser origin', async () => {
    const response = await create('forkful', { authorization: `Bearer ${forkfulKey}`, origin: 'https://forkful.example' });
    assert.equal(response.status, 201);
    await response.arrayBuffer();
    assert.equal(response.headers.get('access-control-allow-origin'), null);
    assert.equal(response.headers.get('cache-control'), 'no-store');

    const preflight = await fetch(`${server.url}/v1/companies/forkful/projects`, {
      method: 'OPTIONS',
      headers: { origin: 'https://forkful.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization' },
    });
    assert.equal(preflight.headers.get('access-control-allow-origin'), null);
  });
});
