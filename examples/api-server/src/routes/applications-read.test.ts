import { strict as assert } from 'node:assert';
import { after, before, describe, it } from 'node:test';
import { APPLICATION_STATUSES, isMiHttpError } from '@microintern/core';
import { buildSeedProjects } from '../seed.js';
import { expectProblem } from '../test-support/http.js';
import { startTestServer, type TestServer } from '../test-support/test-server.js';

const seeded = buildSeedProjects(new Date());
const churn = seeded.find((p) => p.slug === 'churn-survey-analysis')!;
const recipes = seeded.find((p) => p.slug === 'recipe-card-copy-edit')!;
const boots = seeded.find((p) => p.slug === 'gear-return-reasons')!;

describe('secret-key application reads', () => {
  let server: TestServer;
  let key: string;
  const submitted: string[] = [];
  before(async () => {
    server = await startTestServer();
    key = await server.secretKey('forkful');
    const mi = server.client();
    for (let i = 0; i < 5; i++) {
      const project = i % 2 ? recipes : churn;
      submitted.push((await mi.applications.submit(project.id, { applicant: { name: `Applicant ${i}`, email: `a${i}@example.edu` }, answers: {}, consent: true })).id);
    }
    // Another company's applicant, who must never show up in forkful's lists.
    await mi.applications.submit(boots.id, { applicant: { name: 'Tideline Applicant', email: 'tide@example.edu' }, answers: {}, consent: true });
    // Hostile content for the CSV export.
    submitted.push(
      (
        await mi.applications.submit(churn.id, {
          applicant: { name: '=HYPERLINK("http://evil.example","click")', email: 'eve@example.edu', school: '+1 "Quoted", school\nnext line' },
          coverNote: '@SUM(A1:A9)',
          answers: { sample: 'https://eve.example/work' },
          consent: true,
        })
      ).id,
    );
  });
  after(() => server.close());

  it('pages through the company’s applications, oldest first, with opaque cursors', async () => {
    const mi = server.client({ company: 'forkful', key });
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await mi.applications.list(undefined, { limit: 2, ...(cursor ? { cursor } : {}) });
      assert.ok(page.items.length <= 2);
      seen.push(...page.items.map((a) => a.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    assert.deepEqual(seen, submitted);
  });

  it('filters by project', async () => {
    const page = await server.client({ company: 'forkful', key }).applications.list(recipes.id, { limit: 100 });
    assert.deepEqual(page.items.map((a) => a.projectId), [recipes.id, recipes.id]);
  });

  it('refuses a cursor from another listing with 400', async () => {
    const mi = server.client({ company: 'forkful', key });
    const first = await mi.applications.list(undefined, { limit: 1 });
    assert.ok(first.nextCursor);
    await assert.rejects(mi.applications.list(recipes.id, { cursor: first.nextCursor }), (error: unknown) => {
      assert.ok(isMiHttpError(error));
      assert.equal(error.status, 400);
      assert.equal(error.problem.title, 'Invalid cursor');
      return true;
    });
  });

  it('exports CSV that quotes properly and neutralises spreadsheet formulas', async () => {
    const response = await fetch(`${server.url}/v1/companies/forkful/applications.csv`, { headers: { authorization: `Bearer ${key}` } });
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /^text\/csv/);
    assert.match(response.headers.get('content-disposition') ?? '', /attachment; filename="forkful-applications.csv"/);
    assert.equal(response.headers.get('cache-control'), 'no-store');
    const csv = await response.text();
    const lines = csv.split('\r\n');
    assert.equal(lines[0], 'id,projectId,status,submittedAt,name,email,portfolioUrl,school,graduationYear,coverNote,answers,timeZone');
    assert.ok(!csv.includes('Tideline Applicant'), 'only this company’s applications');
    const hostile = csv.slice(csv.indexOf(submitted.at(-1)!));
    assert.ok(hostile.includes(`"'=HYPERLINK(""http://evil.example"",""click"")"`), hostile);
    assert.ok(hostile.includes(`"'+1 ""Quoted"", school\nnext line"`), hostile);
    assert.ok(hostile.includes(`,'@SUM(A1:A9),`), hostile);
    assert.ok(hostile.includes(`"{""sample"":""https://eve.example/work""}"`), hostile);
    for (const id of submitted) assert.ok(csv.includes(id));
  });

  it('counts the applications of every one of the company’s gigs, open or not, per status, zeros included', async () => {
    const mi = server.client({ company: 'forkful', key });
    await mi.applications.setStatus(submitted[1]!, { status: 'reviewing' });
    await mi.applications.setStatus(submitted[3]!, { status: 'declined' });
    const response = await fetch(`${server.url}/v1/companies/forkful/application-counts`, { headers: { authorization: `Bearer ${key}` } });
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('cache-control'), 'no-store');
    const { items } = (await response.json()) as { items: unknown[] };
    assert.deepEqual(await mi.applications.counts(), items, 'the client reads the same answer');

    const forkful = seeded.filter((p) => p.company.slug === 'forkful');
    assert.ok(forkful.some((p) => p.status !== 'open'), 'the seed has a closed or filled gig to count');
    const newestFirst = [...forkful].sort((a, b) => Date.parse(b.postedAt) - Date.parse(a.postedAt) || (a.id < b.id ? -1 : 1));
    const zero = Object.fromEntries(APPLICATION_STATUSES.map((status) => [status, 0]));
    const expected = newestFirst.map((p) => {
      if (p.id === churn.id) return { projectId: p.id, total: 4, byStatus: { ...zero, received: 4 } };
      if (p.id === recipes.id) return { projectId: p.id, total: 2, byStatus: { ...zero, reviewing: 1, declined: 1 } };
      return { projectId: p.id, total: 0, byStatus: zero };
    });
    assert.deepEqual(items, expected);
  });

  it('exports the CSV through the client, whole or for one project', async () => {
    const mi = server.client({ company: 'forkful', key });
    const direct = await fetch(`${server.url}/v1/companies/forkful/applications.csv`, { headers: { authorization: `Bearer ${key}` } });
    assert.equal(await mi.applications.exportCsv(), await direct.text());
    const lines = (await mi.applications.exportCsv(recipes.id)).split('\r\n').filter(Boolean);
    assert.equal(lines.length, 3, 'the header and the two applications to that gig');
    assert.ok(lines.slice(1).every((line) => line.split(',')[1] === recipes.id));
  });

  it('answers the client’s secret reads without the right key with an MiHttpError', async () => {
    const other = await server.secretKey('tideline');
    const wrong = `${key.slice(0, -1)}${key.endsWith('x') ? 'y' : 'x'}`;
    for (const [client, status] of [[server.client({ company: 'forkful', key: wrong }), 401], [server.client({ company: 'forkful', key: other }), 403]] as const) {
      for (const call of [() => client.applications.counts(), () => client.applications.exportCsv()]) {
        await assert.rejects(call(), (error: unknown) => isMiHttpError(error) && error.status === status);
      }
    }
  });

  it('needs the company’s key for all three, and takes no query parameters for the counts', async () => {
    const counts = await fetch(`${server.url}/v1/companies/forkful/application-counts?projectId=${churn.id}`, { headers: { authorization: `Bearer ${key}` } });
    assert.deepEqual((await expectProblem(counts, 422, 'validation')).errors?.map((e) => e.path), ['projectId']);
    for (const path of ['applications', 'applications.csv', 'application-counts']) {
      await expectProblem(await fetch(`${server.url}/v1/companies/forkful/${path}`), 401, 'unauthorized');
    }
  });

  it('refuses unknown query parameters', async () => {
    const response = await fetch(`${server.url}/v1/companies/forkful/applications?limit=500&sort=email`, { headers: { authorization: `Bearer ${key}` } });
    const problem = await expectProblem(response, 422, 'validation');
    assert.deepEqual(problem.errors?.map((e) => e.path).sort(), ['limit', 'sort']);
  });
});
