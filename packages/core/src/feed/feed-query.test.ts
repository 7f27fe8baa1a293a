import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { isMiInputError } from '../errors/mi-input-error.js';
import { isMiHttpError } from '../errors/mi-http-error.js';
import type { Project } from '../models/project.js';
import type { ProjectQuery } from '../models/query.js';
import { effectiveHourly } from '../rates/effective-hourly.js';
import { sampleProject } from '../test-support/fixtures.js';
import { createFeedSource } from './create-feed-source.js';

const NOW = new Date('2026-12-01T12:00:00Z');
const now = () => NOW;
const CATEGORIES = ['market-research', 'data', 'writing', 'design', 'marketing', 'software', 'other'] as const;
const SCHEDULES = ['weekend', 'evenings', 'flexible'] as const;
const STATUSES = ['open', 'open', 'open', 'closed', 'filled'] as const;

/** 50 varied projects; fields cycle with different periods so filters cut across each other. */
function catalogue(count = 50): Project[] {
  return Array.from({ length: count }, (_, i) => {
    const hours = 4 + (i % 9) * 3;
    const day = String(1 + (i % 28)).padStart(2, '0');
    return sampleProject({
      id: `p_${String(i).padStart(3, '0')}`,
      slug: `gig-${i}`,
      title: `Gig ${i} ${['survey analysis', 'blog post', 'logo design', 'crm cleanup'][i % 4]}`,
      category: CATEGORIES[i % 7]!,
      schedule: SCHEDULES[i % 3]!,
      skills: i % 5 === 0 ? ['Excel', 'SQL'] : ['writing'],
      effort: { min: hours, max: hours + (i % 4) },
      compensation:
        i % 2 === 0
          ? { kind: 'hourly', min: { amount: 1500 + (i % 6) * 100, currency: 'USD' } }
          : { kind: 'fixed', amount: { amount: 20000 + (i % 5) * 5000, currency: 'USD' } },
      remote: i % 4 !== 1,
      status: STATUSES[i % 5]!,
      postedAt: `2026-11-${day}T10:00:00Z`,
      ...(i % 6 === 0 ? { applyBy: undefined } : { applyBy: `2027-01-${day}T23:59:00Z` }),
    });
  });
}

const feedOf = (projects: Project[]) => createFeedSource({ version: 1, projects }, { now });

async function walk(source: ReturnType<typeof feedOf>, query: ProjectQuery): Promise<Project[]> {
  const seen: Project[] = [];
  let cursor: string | undefined;
  let pages = 0;
  do {
    const page = await source.page(cursor ? { ...query, cursor } : query);
    seen.push(...page.items);
    cursor = page.nextCursor ?? undefined;
    assert.ok(++pages < 1000, 'paging does not end');
  } while (cursor);
  return seen;
}

describe('feed queries', () => {
  it('walks every open project exactly once with limit 7, in newest-first order', async () => {
    const projects = catalogue();
    const open = projects.filter((p) => p.status === 'open');
    const source = feedOf(projects);
    const first = await source.page({ limit: 7 });
    assert.equal(first.total, open.length);
    assert.equal(first.items.length, 7);
    const seen = await walk(source, { limit: 7 });
    const ids = seen.map((p) => p.id);
    assert.equal(new Set(ids).size, ids.length, 'a project appeared twice');
    assert.deepEqual([...ids].sort(), open.map((p) => p.id).sort());
    for (let i = 1; i < seen.length; i++) {
      const [a, b] = [seen[i - 1]!, seen[i]!];
      assert.ok(a.postedAt > b.postedAt || (a.postedAt === b.postedAt && a.id < b.id), `${a.id} before ${b.id}`);
    }
    const all = [];
    for await (const p of source.list({ limit: 7, status: ['open', 'closed', 'filled'] })) all.push(p.id);
    assert.equal(all.length, 50);
    assert.equal(new Set(all).size, 50);
  });

  it('searches title, summary, skills and company name, ignoring case and accents, all terms required', async () => {
    const source = feedOf([
      sampleProject({ id: 'a', slug: 'a', title: 'Résumé review for a Café', skills: ['Proofreading'] }),
      sampleProject({ id: 'b', slug: 'b', title: 'Resume screening', summary: 'Read CVs', skills: ['HR'] }),
      sampleProject({ id: 'c', slug: 'c', title: 'Logo', summary: 'Design a logo', skills: ['Figma'], company: { id: 'c_z', name: 'Zürich Bäckerei', slug: 'zurich' } }),
    ]);
    const ids = async (q: string) => (await source.page({ q })).items.map((p) => p.id).sort();
    assert.deepEqual(await ids('resume'), ['a', 'b']);
    assert.deepEqual(await ids('RÉSUMÉ cafe'), ['a']);
    assert.deepEqual(await ids('proofreading'), ['a']);
    assert.deepEqual(await ids('zurich baeckerei'), []);
    assert.deepEqual(await ids('ZURICH backerei'), ['c']);
    assert.deepEqual(await ids('resume logo'), []);
    assert.deepEqual(await ids('   '), ['a', 'b', 'c']);
  });

  it('filters by category, skills, pay floor, hours, schedule, remote and status', async () => {
    const projects = catalogue();
    const source = feedOf(projects);
    const open = projects.filter((p) => p.status === 'open');
    const check = async (query: ProjectQuery, expected: Project[]) => {
      const page = await source.page({ ...query, limit: 100 });
      assert.deepEqual(page.items.map((p) => p.id).sort(), expected.map((p) => p.id).sort(), JSON.stringify(query));
      assert.equal(page.total, expected.length);
      assert.ok(expected.length > 0, `query ${JSON.stringify(query)} should match something`);
    };
    await check({ category: ['data', 'design'] }, open.filter((p) => p.category === 'data' || p.category === 'design'));
    await check({ skills: ['excel', 'PYTHON'] }, open.filter((p) => p.skills.includes('Excel')));
    await check({ minRate: 2500 }, open.filter((p) => effectiveHourly(p.compensation, p.effort).max.amount >= 2500));
    await check({ maxHours: 10 }, open.filter((p) => p.effort.max <= 10));
    await check({ schedule: ['weekend'], remote: false }, open.filter((p) => p.schedule === 'weekend' && !p.remote));
    await check({ status: ['closed', 'filled'] }, projects.filter((p) => p.status !== 'open'));
    await check({ category: [], schedule: [] }, open);
  });

  it('treats an open gig whose deadline has passed as closed', async () => {
    const late = sampleProject({ id: 'late', slug: 'late', applyBy: '2026-11-30T23:59:00Z' });
    const source = createFeedSource({ version: 1, projects: [late, sampleProject()] }, { now });
    assert.deepEqual((await source.page()).items.map((p) => p.id), ['p_clean-data']);
    const closed = await source.page({ status: ['closed'] });
    assert.equal(closed.items[0]?.status, 'closed');
    assert.equal((await source.get('late')).status, 'closed');
  });

  it('counts category facets ignoring the category filter and schedule facets ignoring the schedule filter', async () => {
    const projects = catalogue();
    const source = feedOf(projects);
    const page = await source.page({ category: ['data'], schedule: ['weekend'], remote: true });
    const base = projects.filter((p) => p.status === 'open' && p.remote);
    for (const category of CATEGORIES) {
      const expected = base.filter((p) => p.schedule === 'weekend' && p.category === category).length;
      assert.equal(page.facets?.category[category], expected, category);
    }
    for (const schedule of SCHEDULES) {
      const expected = base.filter((p) => p.category === 'data' && p.schedule === schedule).length;
      assert.equal(page.facets?.schedule[schedule], expected, schedule);
    }
    assert.equal(page.total, base.filter((p) => p.category === 'data' && p.schedule === 'weekend').length);
  });

  it('sorts by pay, shortest and deadline with ties broken by id', async () => {
    const hourly = (min: number, max?: number): Project['compensation'] => ({
      kind: 'hourly',
      min: { amount: min, currency: 'USD' },
      ...(max ? { max: { amount: max, currency: 'USD' } } : {}),
    });
    const source = feedOf([
      sampleProject({ id: 'd', slug: 'd', compensation: hourly(2000, 3000), effort: { min: 5, max: 10 }, applyBy: undefined }),
      sampleProject({ id: 'b', slug: 'b', compensation: hourly(2500, 3000), effort: { min: 2, max: 4 }, applyBy: '2026-12-20T00:00:00Z' }),
      sampleProject({ id: 'c', slug: 'c', compensation: { kind: 'fixed', amount: { amount: 30000, currency: 'USD' } }, effort: { min: 10, max: 20 }, applyBy: '2026-12-10T00:00:00Z' }),
      sampleProject({ id: 'a', slug: 'a', compensation: hourly(2000, 3000), effort: { min: 2, max: 4 }, applyBy: '2026-12-10T00:00:00+01:00' }),
    ]);
    const order = async (sort: ProjectQuery['sort']) => (await source.page({ sort })).items.map((p) => p.id);
    // best rates: d 3000, b 3000, c 3000 (30000/10), a 3000; worst: b 2500, c 1500, a/d 2000.
    assert.deepEqual(await order('pay'), ['b', 'a', 'd', 'c']);
    assert.deepEqual(await order('shortest'), ['a', 'b', 'd', 'c']);
    // a's deadline is an hour before c's once offsets are taken into account.
    assert.deepEqual(await order('deadline'), ['a', 'c', 'b', 'd']);
  });

  it('refuses a cursor from another query or one edited by hand', async () => {
    const source = feedOf(catalogue());
    const first = await source.page({ limit: 5, sort: 'pay' });
    assert.ok(first.nextCursor);
    const second = await source.page({ limit: 5, sort: 'pay', cursor: first.nextCursor });
    assert.equal(second.items.length, 5);
    assert.deepEqual(second.skipped, []);
    // A different page size keeps the walk going: the cursor holds an offset, not a page number.
    assert.equal((await source.page({ limit: 9, sort: 'pay', cursor: first.nextCursor })).items[0]?.id, second.items[0]?.id);
    const json = JSON.parse(Buffer.from(first.nextCursor, 'base64url').toString()) as { o: number; h: string };
    const tampered = Buffer.from(JSON.stringify({ ...json, o: 40 })).toString('base64url');
    for (const [query, cursor] of [
      [{ sort: 'newest' }, first.nextCursor],
      [{ sort: 'pay', q: 'survey' }, first.nextCursor],
      [{ sort: 'pay' }, tampered],
      [{ sort: 'pay' }, 'not a cursor'],
      [{ sort: 'pay' }, Buffer.from('[1,2]').toString('base64url')],
    ] as const) {
      await assert.rejects(source.page({ ...query, limit: 5, cursor }), (error: unknown) => {
        assert.ok(isMiInputError(error));
        assert.match(error.message, /cursor does not belong to this query/);
        return true;
      });
    }
  });

  it('rejects an invalid query with MiInputError naming the field', async () => {
    const source = feedOf(catalogue());
    for (const bad of [{ limit: 0 }, { limit: 101 }, { sort: 'cheapest' }, { category: ['cooking'] }, { minRate: -1 }, { colour: 'red' }]) {
      await assert.rejects(source.page(bad as ProjectQuery), (error: unknown) => {
        assert.ok(isMiInputError(error), String(error));
        assert.match(error.message, /^Invalid project query/);
        assert.ok(error.issues.length > 0);
        return true;
      });
    }
  });

  it('gets a project by id or slug and answers 404 for an unknown one', async () => {
    const source = feedOf(catalogue());
    assert.equal((await source.get('p_003')).slug, 'gig-3');
    assert.equal((await source.get('gig-3')).id, 'p_003');
    await assert.rejects(source.get('nope'), (error: unknown) => {
      assert.ok(isMiHttpError(error));
      assert.equal(error.status, 404);
      assert.equal(error.problem.title, 'Project not found');
      assert.equal(error.request.url, 'feed:');
      return true;
    });
  });

  it('rejects with the signal reason when aborted', async () => {
    const source = feedOf(catalogue());
    const controller = new AbortController();
    const reason = new Error('stop');
    controller.abort(reason);
    await assert.rejects(source.page({}, { signal: controller.signal }), (error) => error === reason);
    await assert.rejects(source.get('p_003', { signal: controller.signal }), (error) => error === reason);
    const iterator = source.list({}, { signal: controller.signal })[Symbol.asyncIterator]();
    await assert.rejects(iterator.next(), (error) => error === reason);
  });

  it('pages through random queries exactly once, every item matching', async () => {
    const projects = catalogue();
    const source = feedOf(projects);
    const query = fc.record(
      {
        category: fc.subarray([...CATEGORIES]),
        schedule: fc.subarray([...SCHEDULES]),
        minRate: fc.integer({ min: 0, max: 4000 }),
        maxHours: fc.integer({ min: 1, max: 40 }),
        remote: fc.boolean(),
        sort: fc.constantFrom('newest', 'pay', 'shortest', 'deadline' as const),
        limit: fc.integer({ min: 1, max: 12 }),
      },
      { requiredKeys: ['sort', 'limit'] },
    );
    await fc.assert(
      fc.asyncProperty(query, async (q) => {
        const seen = await walk(source, q);
        const { total } = await source.page(q);
        assert.equal(seen.length, total);
        assert.equal(new Set(seen.map((p) => p.id)).size, seen.length);
        for (const p of seen) {
          assert.ok(!q.category?.length || q.category.includes(p.category));
          assert.ok(!q.schedule?.length || q.schedule.includes(p.schedule));
          assert.ok(q.maxHours === undefined || p.effort.max <= q.maxHours);
          assert.ok(q.remote === undefined || p.remote === q.remote);
        }
      }),
      { numRuns: 60, seed: 20261201 },
    );
  });
});
