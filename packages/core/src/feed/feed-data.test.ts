import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { isMiInputError } from '../errors/mi-input-error.js';
import type { InvalidItem } from '../models/page.js';
import type { Project } from '../models/project.js';
import { sampleProject } from '../test-support/fixtures.js';
import { createFeedSource, type FeedInput } from './create-feed-source.js';
import type { JobPostingJsonLd } from './feed-data.js';

const now = () => new Date('2026-12-01T12:00:00Z');

// Five kinds of broken item, so the report is checked for more than one kind of issue.
function breakProject(project: Project, i: number): unknown {
  switch (i % 5) {
    case 0:
      return { ...project, title: '' };
    case 1:
      return { ...project, compensation: { kind: 'hourly', min: { amount: 12.5, currency: 'USD' } } };
    case 2:
      return { ...project, company: { ...project.company, slug: 'Not A Slug' } };
    case 3:
      return { ...project, effort: { min: 10, max: 5 } };
    default:
      return { ...project, status: 'archived' };
  }
}

const EXPECTED_PATH = ['title', 'compensation.min.amount', 'company.slug', 'effort.max', 'status'];

function posting(overrides: Record<string, unknown> = {}): JobPostingJsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'JobPosting',
    title: 'Write three blog posts about budgeting',
    description: '<p>Write three short posts for students.</p><p>Each about 800 words.</p>',
    identifier: { '@type': 'PropertyValue', name: 'Penny', value: 'jp_blog' },
    datePosted: '2026-11-18T09:00:00Z',
    validThrough: '2026-12-20T23:59:00Z',
    hiringOrganization: { '@type': 'Organization', name: 'Penny Finance', sameAs: 'https://penny.example' },
    jobLocationType: 'TELECOMMUTE',
    baseSalary: { '@type': 'MonetaryAmount', currency: 'USD', value: { '@type': 'QuantitativeValue', minValue: 20, maxValue: 25, unitText: 'HOUR' } },
    occupationalCategory: 'writing',
    skills: 'writing, personal finance',
    workHours: '6–9 hours in total, on weekends',
    ...overrides,
  };
}

const issuesOf = (item: InvalidItem) => item.issues.map((i) => i.path);

describe('feed data', () => {
  it('drops 5% invalid items of a 1,000 item feed and reports each with its id, position and field', async () => {
    const projects: unknown[] = [];
    for (let i = 0; i < 1000; i++) {
      const project = sampleProject({ id: `p_${i}`, slug: `gig-${i}` });
      projects.push(i % 20 === 7 ? breakProject(project, (i - 7) / 20) : project);
    }
    const reports: { skipped: InvalidItem[]; context: { url?: string } }[] = [];
    const source = createFeedSource({ version: 1, projects }, { now, onInvalid: (skipped, context) => reports.push({ skipped, context }) });
    assert.equal(reports.length, 0, 'nothing is reported before the first read');

    const first = await source.page({ limit: 100 });
    assert.equal(first.total, 950);
    assert.equal(reports.length, 1);
    const [report] = reports;
    assert.deepEqual(report?.context, {});
    assert.equal(report?.skipped.length, 50);
    report?.skipped.forEach((item, n) => {
      const i = n * 20 + 7;
      assert.equal(item.index, i);
      assert.equal(item.id, `p_${i}`);
      assert.deepEqual(issuesOf(item), [EXPECTED_PATH[n % 5]], `item ${i}`);
      assert.ok(item.issues.every((issue) => issue.message.length > 0));
    });
    assert.deepEqual(first.skipped, report?.skipped);

    // The skipped list belongs to the first page only; later pages and reads do not repeat it.
    assert.ok(first.nextCursor);
    const second = await source.page({ limit: 100, cursor: first.nextCursor });
    assert.deepEqual(second.skipped, []);
    let count = 0;
    for await (const project of source.list({ limit: 100 })) count += project.id.startsWith('p_') ? 1 : 0;
    assert.equal(count, 950);
    assert.equal(reports.length, 1);
  });

  it('keeps a gig whose only fault is an unsafe logo or website, without it, and reports a warning; any other fault still drops it', async () => {
    const company = { id: 'c_acme', name: 'Acme', slug: 'acme', logoUrl: 'https://acme.example/logo.png', website: 'https://acme.example' };
    const gig = (id: string, over: Record<string, unknown> = {}, companyOver: Record<string, unknown> = {}) => ({ ...sampleProject({ id, slug: id.replace('_', '-') }), company: { ...company, ...companyOver }, ...over });
    const { summary: _summary, ...noSummary } = gig('p_no-summary', {}, { website: 'javascript:alert(1)' });
    const reported: InvalidItem[][] = [];
    const source = createFeedSource(
      {
        version: 1,
        projects: [
          gig('p_logo', {}, { logoUrl: 'javascript:alert(1)' }),
          gig('p_both', {}, { logoUrl: 'data:image/svg+xml,<svg onload=alert(1)>', website: 'JaVaScRiPt:alert(1)' }),
          gig('p_two-faults', { title: '' }, { logoUrl: 'javascript:alert(1)' }),
          noSummary,
          gig('p_fine'),
        ],
      },
      { now, onInvalid: (skipped) => reported.push(skipped) },
    );
    const page = await source.page({ limit: 10 });
    assert.deepEqual(page.items.map((p) => p.id).sort(), ['p_both', 'p_fine', 'p_logo']);
    const logo = await source.get('p_logo');
    assert.deepEqual(logo.company, { id: 'c_acme', name: 'Acme', slug: 'acme', website: 'https://acme.example' });
    assert.deepEqual((await source.get('p_both')).company, { id: 'c_acme', name: 'Acme', slug: 'acme' });
    assert.deepEqual(
      page.skipped.map((s) => ({ index: s.index, id: s.id, severity: s.severity, paths: issuesOf(s).sort() })),
      [
        { index: 0, id: 'p_logo', severity: 'warning', paths: ['company.logoUrl'] },
        { index: 1, id: 'p_both', severity: 'warning', paths: ['company.logoUrl', 'company.website'] },
        { index: 2, id: 'p_two-faults', severity: undefined, paths: ['company.logoUrl', 'title'] },
        { index: 3, id: 'p_no-summary', severity: undefined, paths: ['company.website', 'summary'] },
      ],
    );
    const [warning] = page.skipped;
    assert.deepEqual(warning?.issues, [{ path: 'company.logoUrl', message: 'Must be an http:// or https:// address; left out, the gig is shown without it', code: 'dropped_field' }]);
    assert.deepEqual(reported, [page.skipped]);
  });

  it('keeps a JobPosting whose logo or website is unsafe, without them, and reports a warning at their paths in the posting', async () => {
    const source = createFeedSource(
      [
        posting({ hiringOrganization: { '@type': 'Organization', name: 'Penny Finance', logo: 'javascript:alert(1)', sameAs: ['javascript:alert(2)', 'https://penny.example'] } }),
        posting({ identifier: 'jp_image', hiringOrganization: { '@type': 'Organization', name: 'Penny Finance', logo: { '@type': 'ImageObject', url: 'data:image/png;base64,AA' }, url: 'https://penny.example' } }),
      ],
      { now },
    );
    const page = await source.page({ limit: 10 });
    assert.deepEqual(page.items.map((p) => p.id).sort(), ['jp_blog', 'jp_image']);
    assert.deepEqual((await source.get('jp_blog')).company, { id: 'c_penny-finance', name: 'Penny Finance', slug: 'penny-finance', website: 'https://penny.example' });
    assert.deepEqual(
      page.skipped.map((s) => ({ index: s.index, id: s.id, severity: s.severity, paths: issuesOf(s), codes: s.issues.map((i) => i.code) })),
      [
        { index: 0, id: 'jp_blog', severity: 'warning', paths: ['hiringOrganization.logo', 'hiringOrganization.sameAs.0'], codes: ['dropped_field', 'dropped_field'] },
        { index: 1, id: 'jp_image', severity: 'warning', paths: ['hiringOrganization.logo.url'], codes: ['dropped_field'] },
      ],
    );
  });

  it('keeps the first of two projects with the same id and reports the second', async () => {
    const reported: InvalidItem[][] = [];
    const source = createFeedSource(
      { version: 1, projects: [sampleProject({ title: 'First' }), sampleProject({ title: 'Second' })] },
      { now, onInvalid: (skipped) => reported.push(skipped) },
    );
    const page = await source.page();
    assert.deepEqual(page.items.map((p) => p.title), ['First']);
    assert.deepEqual(page.skipped, [
      { index: 1, id: 'p_clean-data', issues: [{ path: 'id', message: 'Duplicate id: an earlier project in this feed already uses "p_clean-data"', code: 'duplicate_id' }] },
    ]);
    assert.equal(reported.length, 1);
  });

  it('refuses a feed of another version, or a document that is not a feed, where it is passed in', () => {
    const cases: [unknown, RegExp][] = [
      [{ version: 2, projects: [] }, /Unsupported feed version 2: .* reads version 1/],
      [{ version: '1', projects: [] }, /Unsupported feed version "1"/],
      [{ projects: [] }, /no "version": add "version": 1/],
      [{ version: 1, projects: {} }, /needs a "projects" array, got an object/],
      [{ '@graph': {} }, /"@graph" must be an array/],
      [{ title: 'gigs' }, /Not a feed/],
      [42, /Not a feed: .* got a number/],
      [null, /got null/],
    ];
    for (const [input, message] of cases) {
      assert.throws(() => createFeedSource(input as FeedInput), (error: unknown) => {
        assert.ok(isMiInputError(error), String(error));
        assert.match(error.message, message);
        return true;
      });
    }
    assert.throws(() => createFeedSource('not a url'), /outside a browser it must be absolute/);
    assert.throws(() => createFeedSource('{"version":1,"projects":[]}'), /JSON text, not a URL: pass JSON\.parse\(text\)/);
    assert.throws(() => createFeedSource([], { fetch: 'fetch' as never }), /options\.fetch must be a function/);
  });

  it('reads an array of JobPosting JSON-LD and reports the postings it cannot map', async () => {
    const reported: InvalidItem[][] = [];
    const source = createFeedSource(
      [
        posting(),
        posting({ identifier: 'jp_no_org', hiringOrganization: undefined }),
        { '@type': 'Organization', name: 'Not a posting' },
        posting({ identifier: { value: 'jp_hourly' }, title: 'Café survey', datePosted: '2026-11-19' }),
      ],
      { now, onInvalid: (skipped) => reported.push(skipped) },
    );
    const page = await source.page({ limit: 10 });
    assert.deepEqual(page.items.map((p) => p.id), ['jp_hourly', 'jp_blog']);
    const blog = await source.get('jp_blog');
    assert.equal(blog.company.name, 'Penny Finance');
    assert.equal(blog.category, 'writing');
    assert.equal(blog.schedule, 'weekend');
    assert.deepEqual(blog.compensation, { kind: 'hourly', min: { amount: 2000, currency: 'USD' }, max: { amount: 2500, currency: 'USD' } });
    assert.equal((await source.page({ q: 'cafe' })).items[0]?.id, 'jp_hourly');
    assert.deepEqual(
      page.skipped.map((s) => ({ index: s.index, id: s.id, paths: issuesOf(s) })),
      [
        { index: 1, id: 'jp_no_org', paths: ['hiringOrganization.name'] },
        { index: 2, id: undefined, paths: ['@type'] },
      ],
    );
    assert.deepEqual(reported, [page.skipped]);
  });

  it('reads one JobPosting, and the JobPosting nodes of a @graph', async () => {
    const single = createFeedSource(posting(), { now });
    assert.deepEqual((await single.page()).items.map((p) => p.id), ['jp_blog']);

    const graph = createFeedSource(
      {
        '@context': 'https://schema.org',
        '@graph': [
          { '@type': 'WebPage', name: 'Careers' },
          posting({ '@type': ['JobPosting', 'Thing'], identifier: 'jp_a' }),
          posting({ '@type': 'https://schema.org/JobPosting', identifier: 'jp_b', datePosted: 'last week' }),
        ],
      },
      { now },
    );
    const page = await graph.page();
    assert.deepEqual(page.items.map((p) => p.id), ['jp_a']);
    assert.deepEqual(page.skipped.map((s) => [s.index, s.id, issuesOf(s)]), [[2, 'jp_b', ['datePosted']]]);
  });

  it('passes fallbackCurrency to postings whose salary names no currency', async () => {
    const noCurrency = posting({ baseSalary: { '@type': 'MonetaryAmount', value: { '@type': 'QuantitativeValue', value: 18, unitText: 'HOUR' } } });
    const source = createFeedSource([noCurrency], { now, fallbackCurrency: 'EUR' });
    const [project] = (await source.page()).items;
    assert.deepEqual(project?.compensation, { kind: 'hourly', min: { amount: 1800, currency: 'EUR' } });
  });

  it('re-reads data passed in on refresh and reports again', async () => {
    const projects: unknown[] = [sampleProject()];
    let reports = 0;
    const source = createFeedSource({ version: 1, projects }, { now, onInvalid: () => reports++ });
    assert.equal((await source.page()).total, 1);
    projects.push(sampleProject({ id: 'p_new', slug: 'new-gig' }), { id: 'broken' });
    assert.equal((await source.page()).total, 1, 'reads answer from the copy read first');
    await source.refresh();
    const page = await source.page();
    assert.equal(page.total, 2);
    assert.deepEqual(page.skipped.map((s) => s.id), ['broken']);
    assert.equal(reports, 1);
  });
});
