import { strict as assert } from 'node:assert';
import { after, before, describe, it } from 'node:test';
import { CATEGORIES, effectiveHourly, isMiHttpError, type Project } from '@microintern/core';
import { buildSeedProjects, SEED_COMPANIES } from '../seed.js';
import { startTestServer, type TestServer } from '../test-support/test-server.js';

const seeded = buildSeedProjects(new Date());
const openSeeded = seeded.filter((p) => p.status === 'open');
const bestRate = (p: Project) => effectiveHourly(p.compensation, p.effort).max.amount;

describe('public project reads through the core client', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(() => server.close());

  it('pages through every open project of every company exactly once', async () => {
    const mi = server.client();
    const ids: string[] = [];
    for await (const project of mi.projects.list({ limit: 7 })) ids.push(project.id);
    assert.equal(ids.length, openSeeded.length);
    assert.equal(new Set(ids).size, ids.length);
    assert.deepEqual([...ids].sort(), openSeeded.map((p) => p.id).sort());

    const first = await mi.projects.page({ limit: 7 });
    assert.equal(first.total, openSeeded.length);
    assert.equal(first.items.length, 7);
    assert.equal(typeof first.nextCursor, 'string');
  });

  it('pages through one company and never shows another company’s gigs', async () => {
    const mi = server.client({ company: 'forkful' });
    const projects: Project[] = [];
    for await (const project of mi.projects.list({ limit: 2, status: ['open', 'closed', 'filled'] })) projects.push(project);
    const expected = seeded.filter((p) => p.company.slug === 'forkful');
    assert.deepEqual(projects.map((p) => p.id).sort(), expected.map((p) => p.id).sort());
    assert.ok(projects.every((p) => p.company.slug === 'forkful'));
  });

  it('sorts newest first, by best hourly pay, by fewest hours and by nearest deadline', async () => {
    const mi = server.client();
    const all = async (sort: 'newest' | 'pay' | 'shortest' | 'deadline') => (await mi.projects.page({ sort, limit: 100 })).items;

    const newest = await all('newest');
    for (let i = 1; i < newest.length; i++) assert.ok(Date.parse(newest[i - 1]!.postedAt) >= Date.parse(newest[i]!.postedAt), 'newest');

    const pay = await all('pay');
    for (let i = 1; i < pay.length; i++) {
      const [a, b] = [pay[i - 1]!, pay[i]!];
      assert.ok(bestRate(a) > bestRate(b) || (bestRate(a) === bestRate(b) && a.id < b.id), `pay order at ${i}`);
    }

    const shortest = await all('shortest');
    for (let i = 1; i < shortest.length; i++) {
      const [a, b] = [shortest[i - 1]!, shortest[i]!];
      assert.ok(a.effort.max < b.effort.max || (a.effort.max === b.effort.max && a.id < b.id), `shortest order at ${i}`);
    }

    const deadline = await all('deadline');
    const due = (p: Project) => (p.applyBy ? Date.parse(p.applyBy) : Number.POSITIVE_INFINITY);
    for (let i = 1; i < deadline.length; i++) assert.ok(due(deadline[i - 1]!) <= due(deadline[i]!), `deadline order at ${i}`);

    for (const list of [newest, pay, shortest, deadline]) assert.equal(list.length, openSeeded.length);
  });

  it('keeps the sort order across pages', async () => {
    const mi = server.client();
    const paged: string[] = [];
    for await (const project of mi.projects.list({ sort: 'pay', limit: 5 })) paged.push(project.id);
    const whole = (await mi.projects.page({ sort: 'pay', limit: 100 })).items.map((p) => p.id);
    assert.deepEqual(paged, whole);
  });

  it('filters by category, schedule, skills, pay floor, hours, remote and status', async () => {
    const mi = server.client();
    const ids = async (query: Parameters<typeof mi.projects.page>[0]) => (await mi.projects.page({ ...query, limit: 100 })).items.map((p) => p.id).sort();
    const expect = (keep: (p: Project) => boolean, pool = openSeeded) => pool.filter(keep).map((p) => p.id).sort();

    assert.deepEqual(await ids({ category: ['data', 'design'] }), expect((p) => p.category === 'data' || p.category === 'design'));
    assert.deepEqual(await ids({ schedule: ['weekend'] }), expect((p) => p.schedule === 'weekend'));
    assert.deepEqual(await ids({ skills: ['Figma'] }), expect((p) => p.skills.includes('figma')));
    assert.deepEqual(await ids({ minRate: 2800 }), expect((p) => bestRate(p) >= 2800));
    assert.deepEqual(await ids({ maxHours: 8 }), expect((p) => p.effort.max <= 8));
    assert.deepEqual(await ids({ remote: false }), expect((p) => !p.remote));
    assert.deepEqual(await ids({ status: ['closed', 'filled'] }), expect((p) => p.status !== 'open', seeded));
    assert.deepEqual(
      await ids({ category: ['software'], schedule: ['weekend', 'evenings'], minRate: 2500 }),
      expect((p) => p.category === 'software' && p.schedule !== 'flexible' && bestRate(p) >= 2500),
    );
    assert.ok((await ids({ minRate: 2800 })).length > 0, 'the pay filter is exercised on real matches');
  });

  it('searches title, summary and skills by word prefix', async () => {
    const mi = server.client();
    const titles = async (q: string) => (await mi.projects.page({ q, limit: 100 })).items.map((p) => p.slug);
    assert.deepEqual(await titles('meal-kit pricing'), ['competitor-pricing-scan']);
    assert.ok((await titles('kayak')).includes('rental-demand-forecast'), 'summary match');
    assert.ok((await titles('leaflet')).includes('store-locator-bugfix') === false, 'filled gigs are not listed by default');
    assert.ok((await titles('typescr')).includes('bank-csv-parsers-tests'), 'prefix of a skill');
    assert.deepEqual(await titles('zzzunknownword'), []);
  });

  it('counts facets for category and schedule, each ignoring its own filter', async () => {
    const mi = server.client();
    const page = await mi.projects.page({ category: ['data'], schedule: ['weekend'] });
    assert.ok(page.facets);
    for (const category of CATEGORIES) {
      assert.equal(page.facets.category[category], openSeeded.filter((p) => p.category === category && p.schedule === 'weekend').length, category);
    }
    for (const schedule of ['weekend', 'evenings', 'flexible'] as const) {
      assert.equal(page.facets.schedule[schedule], openSeeded.filter((p) => p.schedule === schedule && p.category === 'data').length, schedule);
    }
    assert.equal(page.total, openSeeded.filter((p) => p.category === 'data' && p.schedule === 'weekend').length);
  });

  it('gets one project by slug within a company, and by id or slug across companies', async () => {
    const target = seeded.find((p) => p.slug === 'competitor-pricing-scan')!;
    const bySlug = await server.client({ company: 'forkful' }).projects.get('competitor-pricing-scan');
    assert.equal(bySlug.id, target.id);
    assert.equal(bySlug.company.name, 'Forkful');
    assert.equal((await server.client().projects.get(target.id)).slug, target.slug);
    assert.equal((await server.client().projects.get('competitor-pricing-scan')).id, target.id);
    // A closed gig can still be read (a shared link shows it as closed).
    const closed = seeded.find((p) => p.status === 'closed')!;
    assert.equal((await server.client().projects.get(closed.id)).status, 'closed');
  });

  it('answers 404 for a project of another company or no project at all', async () => {
    const other = seeded.find((p) => p.company.slug === 'tideline')!;
    for (const [company, idOrSlug] of [['forkful', other.id], ['forkful', 'no-such-gig'], ['no-such-company', other.id]] as const) {
      await assert.rejects(server.client({ company }).projects.get(idOrSlug), (error: unknown) => {
        assert.ok(isMiHttpError(error));
        assert.equal(error.status, 404);
        assert.doesNotMatch(JSON.stringify(error.problem), /tideline|Tideline/);
        return true;
      });
    }
  });

  it('lists companies with their open gig counts', async () => {
    const companies = await server.client().companies.list();
    assert.equal(companies.length, SEED_COMPANIES.length);
    for (const company of companies) {
      assert.equal(company.openProjects, openSeeded.filter((p) => p.company.slug === company.slug).length, company.slug);
      assert.ok(!('allowedOrigins' in company), 'allow-lists stay private');
    }
  });

  it('sends an ETag, cache headers and CORS for any origin, and 304 on If-None-Match', async () => {
    const url = `${server.url}/v1/companies/forkful/projects?sort=pay`;
    const first = await fetch(url, { headers: { origin: 'https://anyone.example' } });
    assert.equal(first.status, 200);
    await first.arrayBuffer();
    const etag = first.headers.get('etag');
    assert.match(etag ?? '', /^(W\/)?"[^"]+"$/);
    assert.equal(first.headers.get('cache-control'), 'public, max-age=30, stale-while-revalidate=300');
    assert.equal(first.headers.get('access-control-allow-origin'), '*');
    assert.match(first.headers.get('access-control-expose-headers') ?? '', /ETag/i);

    const second = await fetch(url, { headers: { 'if-none-match': etag! } });
    assert.equal(second.status, 304);
    assert.equal(await second.text(), '');
    assert.equal(second.headers.get('etag'), etag);
    assert.equal(second.headers.get('cache-control'), 'public, max-age=30, stale-while-revalidate=300');

    const changed = await fetch(`${server.url}/v1/companies/forkful/projects?sort=newest`, { headers: { 'if-none-match': etag! } });
    assert.equal(changed.status, 200, 'another body has another ETag');
    await changed.arrayBuffer();
  });

  it('answers a preflight for reads from any origin', async () => {
    const response = await fetch(`${server.url}/v1/projects`, {
      method: 'OPTIONS',
      headers: { origin: 'https://blog.example', 'access-control-request-method': 'GET', 'access-control-request-headers': 'if-none-match' },
    });
    assert.equal(response.status, 204);
    assert.equal(response.headers.get('access-control-allow-origin'), '*');
    assert.match(response.headers.get('access-control-allow-headers') ?? '', /if-none-match/i);
  });
});
