import { strict as assert } from 'node:assert';
import { after, before, describe, it } from 'node:test';
import { buildSeedProjects, seedStore } from '../seed.js';
import type { KyselyStore } from '../store/kysely-store.js';
import type { IdempotencyClaim, OutboxEvent, ProjectSearch, WebhookRecord } from '../store/store.js';
import type { Application, ApplicationStatus, Project } from '@microintern/core';

export const SEED_DATE = new Date('2026-03-01T12:00:00Z');

/**
 * A set of searches that covers every sort, every filter and the text search, for comparing
 * what two stores answer.
 */
export const SEARCHES: ProjectSearch[] = (() => {
  const searches: ProjectSearch[] = [];
  for (const sort of ['newest', 'pay', 'shortest', 'deadline'] as const) {
    searches.push({ filters: { status: ['open'] }, sort, limit: 7 });
    searches.push({ filters: { status: ['open', 'closed', 'filled'] }, sort, limit: 100 });
  }
  const open = { status: ['open' as const] };
  searches.push(
    { filters: { ...open, q: 'survey' }, sort: 'newest', limit: 20 },
    { filters: { ...open, q: 'SPREAD' }, sort: 'pay', limit: 20 },
    { filters: { ...open, q: 'data clean' }, sort: 'newest', limit: 20 },
    { filters: { ...open, q: 'zqxj OR " * -' }, sort: 'newest', limit: 20 },
    { filters: { ...open, category: ['data', 'writing'] }, sort: 'newest', limit: 20 },
    { filters: { ...open, schedule: ['weekend'], category: ['design'] }, sort: 'deadline', limit: 20 },
    { filters: { ...open, skills: ['spreadsheets', 'figma'] }, sort: 'shortest', limit: 20 },
    { filters: { ...open, minRate: 2000, maxHours: 10, remote: true }, sort: 'pay', limit: 20 },
  );
  return searches;
})();

/** Every page of `search`, following the store's keyset cursor: ids in order, total and facets of the first page. */
export async function walk(store: KyselyStore, search: ProjectSearch): Promise<{ ids: string[]; total: number; facets: unknown }> {
  const ids: string[] = [];
  let page = await store.searchProjects(search);
  const { total, facets } = page;
  ids.push(...page.items.map((p) => p.id));
  while (page.next) {
    page = await store.searchProjects({ ...search, after: page.next });
    ids.push(...page.items.map((p) => p.id));
  }
  return { ids, total, facets };
}

/**
 * The behaviour every store must have, whatever database is under it. `open` returns an empty
 * store (the suite seeds it) and how to dispose of it.
 */
export function describeStoreContract(name: string, open: () => Promise<{ store: KyselyStore; dispose(): Promise<void> }>): void {
  describe(`${name} store: the shared contract`, () => {
    let store: KyselyStore;
    let dispose: () => Promise<void>;
    before(async () => {
      ({ store, dispose } = await open());
      await seedStore(store, { now: SEED_DATE });
    });
    after(() => dispose());

    it('keeps a setting once made', async () => {
      assert.equal(await store.getOrCreateSetting('cursor-secret', () => 'one'), 'one');
      assert.equal(await store.getOrCreateSetting('cursor-secret', () => 'two'), 'one');
    });

    it('walks every page once in each sort, in order, and its facets add up to the total', async () => {
      for (const search of SEARCHES) {
        const { ids, total, facets } = await walk(store, search);
        assert.equal(new Set(ids).size, ids.length, `${JSON.stringify(search)}: no project twice`);
        assert.equal(ids.length, total, `${JSON.stringify(search)}: the pages hold the total`);
        if (!search.filters.category?.length) {
          const counts = Object.values((facets as { category: Record<string, number> }).category);
          assert.equal(counts.reduce((a, b) => a + b, 0), total);
        }
      }
      const newest = await store.searchProjects({ filters: { status: ['open'] }, sort: 'newest', limit: 100 });
      const posted = newest.items.map((p) => Date.parse(p.postedAt));
      assert.deepEqual(posted, [...posted].sort((a, b) => b - a));
    });

    it('finds words as prefixes, case-insensitively, and treats query syntax as plain words', async () => {
      const { items } = await store.searchProjects({ filters: { status: ['open'], q: 'SPREAD' }, sort: 'newest', limit: 100 });
      assert.ok(items.length > 0);
      for (const p of items) assert.match(`${p.title} ${p.summary} ${p.skills.join(' ')}`, /\bspread/i);
      // Every word must match: no gig has a word starting "zqxj", and the operators are words or nothing.
      const syntax = await store.searchProjects({ filters: { status: ['open'], q: 'zqxj OR " * -' }, sort: 'newest', limit: 5 });
      assert.equal(syntax.total, 0);
      const none = await store.searchProjects({ filters: { status: ['open'], q: '" * -' }, sort: 'newest', limit: 100 });
      const all = await store.searchProjects({ filters: { status: ['open'] }, sort: 'newest', limit: 100 });
      assert.equal(none.total, all.total, 'nothing searchable: no text filter at all');
    });

    it('folds accents in both directions: "cafe" finds "Café", "CRÊPE" finds "crepe"', async () => {
      const base = buildSeedProjects(SEED_DATE).find((p) => p.status === 'open')!;
      assert.equal(await store.insertProject({ ...base, id: 'p_accents', slug: 'accents', title: 'Café menu for a crêperie', skills: ['crepe tasting'] }), 'ok');
      const ids = async (q: string) => (await store.searchProjects({ filters: { status: ['open'], q }, sort: 'newest', limit: 100 })).items.map((p) => p.id);
      assert.ok((await ids('cafe crep')).includes('p_accents'));
      assert.ok((await ids('CAFÉ')).includes('p_accents'));
      assert.ok((await ids('CRÊPE tast')).includes('p_accents'));
    });

    it('keeps the countries of a remote gig and finds it among the remote gigs, never the on-site ones', async () => {
      const seeded = buildSeedProjects(SEED_DATE).filter((p) => typeof p.remote === 'object' && p.status === 'open');
      assert.ok(seeded.length >= 3);
      const remote = await walk(store, { filters: { status: ['open'], remote: true }, sort: 'newest', limit: 100 });
      const onSite = await walk(store, { filters: { status: ['open'], remote: false }, sort: 'newest', limit: 100 });
      for (const gig of seeded) {
        assert.deepEqual((await store.findProject(gig.id))?.remote, gig.remote);
        assert.ok(remote.ids.includes(gig.id) && !onSite.ids.includes(gig.id), gig.slug);
      }
    });

    it('resolves ids before slugs, a shared slug to the company whose slug sorts first, and keeps slugs unique per company', async () => {
      const seeded = buildSeedProjects(SEED_DATE);
      const forkfulGig = seeded.find((p) => p.company.slug === 'forkful' && p.status === 'open')!;
      const tidelineGig = seeded.find((p) => p.company.slug === 'tideline')!;
      assert.equal(await store.insertProject({ ...tidelineGig, id: 'p_clash', slug: forkfulGig.slug }), 'ok');
      assert.equal((await store.findProject(forkfulGig.slug))?.company.slug, 'forkful');
      assert.equal((await store.findProject(forkfulGig.slug, tidelineGig.company.id))?.id, 'p_clash');
      assert.equal((await store.findProject('p_clash'))?.company.slug, 'tideline');
      assert.equal(await store.insertProject({ ...tidelineGig, id: 'p_clash2', slug: forkfulGig.slug }), 'slug-taken');
      assert.equal(await store.updateProject({ ...tidelineGig, id: 'p_clash', slug: tidelineGig.slug }), 'slug-taken');
      assert.equal(await store.updateProject({ ...tidelineGig, id: 'p_nowhere' }), 'missing');
    });

    it('pages a company’s applications oldest first and counts them', async () => {
      const gig = buildSeedProjects(SEED_DATE).find((p) => p.status === 'open')!;
      const before = await store.countApplications(gig.company.id);
      for (let i = 0; i < 3; i++) {
        await store.insertApplication(
          {
            id: `a_contract_${i}`,
            projectId: gig.id,
            status: 'received',
            submittedAt: new Date(SEED_DATE.getTime() + i * 1000).toISOString(),
            applicant: { name: `Applicant ${i}`, email: `a${i}@example.edu` },
            answers: {},
          } satisfies Application,
          gig.company.id,
        );
      }
      assert.equal(await store.countApplications(gig.company.id), before + 3);
      const first = await store.listApplications({ companyId: gig.company.id, projectId: gig.id, limit: 2 });
      assert.deepEqual(first.items.map((a) => a.id), ['a_contract_0', 'a_contract_1']);
      const second = await store.listApplications({ companyId: gig.company.id, projectId: gig.id, limit: 2, after: first.next! });
      assert.deepEqual(second.items.map((a) => a.id), ['a_contract_2']);
      assert.equal(second.next, null);
    });

    it('counts each project’s applications per status, zeros and closed gigs included, newest project first, never another company’s', async () => {
      const base = buildSeedProjects(SEED_DATE).find((p) => p.status === 'open')!;
      const company = { id: 'c_counts', name: 'Counted Co', slug: 'counted-co' };
      assert.equal(await store.createCompany({ ...company, allowedOrigins: [], createdAt: 1_000 }), 'ok');
      const project = (id: string, status: Project['status'], day: number): Project =>
        ({ ...base, id, slug: id.replace('_', '-'), status, company, postedAt: new Date(Date.UTC(2026, 1, day)).toISOString() });
      for (const p of [project('p_count_old', 'closed', 1), project('p_count_new', 'open', 3), project('p_count_none', 'filled', 2)]) {
        assert.equal(await store.insertProject(p), 'ok');
      }
      const apply = (id: string, projectId: string, status: ApplicationStatus, companyId = company.id) =>
        store.insertApplication(
          { id, projectId, status, submittedAt: SEED_DATE.toISOString(), applicant: { name: 'Katherine Johnson', email: `${id}@example.edu` }, answers: {} },
          companyId,
        );
      await apply('a_count_1', 'p_count_new', 'received');
      await apply('a_count_2', 'p_count_new', 'received');
      await apply('a_count_3', 'p_count_new', 'accepted');
      await apply('a_count_4', 'p_count_old', 'declined');
      // Another company's application to another gig must not leak into these counts.
      await apply('a_count_5', base.id, 'reviewing', base.company.id);

      const zero = { received: 0, reviewing: 0, accepted: 0, declined: 0 };
      assert.deepEqual(await store.countApplicationsByProject(company.id), [
        { projectId: 'p_count_new', total: 3, byStatus: { ...zero, received: 2, accepted: 1 } },
        { projectId: 'p_count_none', total: 0, byStatus: zero },
        { projectId: 'p_count_old', total: 1, byStatus: { ...zero, declined: 1 } },
      ]);
      assert.deepEqual(await store.countApplicationsByProject('c_nobody'), []);
      // The seeded company's counts add up to what countApplications says.
      const seededCounts = await store.countApplicationsByProject(base.company.id);
      assert.equal(seededCounts.reduce((sum, c) => sum + c.total, 0), await store.countApplications(base.company.id));
      assert.ok(seededCounts.some((c) => c.projectId === base.id && c.byStatus.reviewing >= 1));
    });

    it('finds an application by id, scoped to its company, and changes its status only from the status it was decided on', async () => {
      const gig = buildSeedProjects(SEED_DATE).find((p) => p.status === 'open')!;
      const submittedAt = SEED_DATE.toISOString();
      const application: Application = {
        id: 'a_contract_status', projectId: gig.id, status: 'received', submittedAt,
        applicant: { name: 'Grace Hopper', email: 'grace@example.edu' }, answers: {}, timeline: [{ status: 'received', at: submittedAt }],
      };
      await store.insertApplication(application, gig.company.id, { statusTokenHash: 'ab'.repeat(32) });
      assert.deepEqual(await store.findApplication(application.id), { application, companyId: gig.company.id, statusTokenHash: 'ab'.repeat(32) });
      assert.equal(await store.findApplication(application.id, 'c_someone_else'), undefined);
      const reviewing: Application = { ...application, status: 'reviewing', timeline: [...application.timeline!, { status: 'reviewing', message: 'Reading it', at: submittedAt }] };
      assert.equal(await store.updateApplicationStatus({ companyId: 'c_someone_else', from: 'received', application: reviewing }), 'stale');
      assert.equal(await store.updateApplicationStatus({ companyId: gig.company.id, from: 'received', application: reviewing }), 'ok');
      assert.equal(await store.updateApplicationStatus({ companyId: gig.company.id, from: 'received', application: { ...reviewing, status: 'declined' } }), 'stale');
      assert.deepEqual((await store.findApplication(application.id))?.application, reviewing);
      // A row stored before timelines existed reads with its received entry.
      const old = await store.findApplication('a_contract_0');
      assert.deepEqual(old?.application.timeline, [{ status: 'received', at: old?.application.submittedAt }]);
      assert.equal(old?.statusTokenHash, null);
    });

    it('writes webhook events with the change they report, hands each due delivery to one claimant, and records how it went', async () => {
      const gig = buildSeedProjects(SEED_DATE).find((p) => p.status === 'open')!;
      const companyId = gig.company.id;
      const hook = (id: string, events: WebhookRecord['events']): WebhookRecord => ({ id, companyId, url: `https://hooks.example/${id}`, secret: `whsec_${id}`, events, createdAt: 1_000 });
      await store.createWebhook(hook('wh_all', ['application.received', 'application.status_changed']));
      await store.createWebhook(hook('wh_changes', ['application.status_changed']));
      assert.deepEqual((await store.listWebhooks(companyId)).map((w) => w.id), ['wh_all', 'wh_changes']);

      const submittedAt = SEED_DATE.toISOString();
      const application: Application = { id: 'a_contract_hook', projectId: gig.id, status: 'received', submittedAt, applicant: { name: 'Mary Jackson', email: 'mj@example.edu' }, answers: {} };
      const event = (id: string, type: OutboxEvent['type']): OutboxEvent => ({ id, type, companyId, body: `{"id":"${id}"}`, createdAt: 2_000 });
      await store.insertApplication(application, companyId, { events: [event('evt_received', 'application.received')] });
      // A change that loses its compare-and-set writes no event.
      assert.equal(await store.updateApplicationStatus({ companyId, from: 'reviewing', application: { ...application, status: 'declined' }, events: [event('evt_lost', 'application.status_changed')] }), 'stale');
      assert.equal(await store.updateApplicationStatus({ companyId, from: 'received', application: { ...application, status: 'reviewing' }, events: [event('evt_changed', 'application.status_changed')] }), 'ok');

      assert.deepEqual(await store.claimWebhookDeliveries(1_999, 60_000, 10), [], 'nothing is due before its time');
      const [first, second] = await Promise.all([store.claimWebhookDeliveries(2_000, 60_000, 10), store.claimWebhookDeliveries(2_000, 60_000, 10)]);
      const claimed = [...first!, ...second!].map((j) => `${j.eventId}>${j.webhookId}`).sort();
      assert.deepEqual(claimed, ['evt_changed>wh_all', 'evt_changed>wh_changes', 'evt_received>wh_all'], 'each delivery claimed once, for the endpoints that asked');
      const job = [...first!, ...second!].find((j) => j.eventId === 'evt_received')!;
      assert.deepEqual({ url: job.url, secret: job.secret, body: job.body, attempts: job.attempts }, { url: 'https://hooks.example/wh_all', secret: 'whsec_wh_all', body: '{"id":"evt_received"}', attempts: 0 });

      await store.finishWebhookDelivery(job, { delivered: false, status: 500, error: 'The endpoint answered 500', retryAt: 5_000, at: 2_100 });
      assert.deepEqual(await store.claimWebhookDeliveries(4_999, 60_000, 10), [], 'a failed attempt waits for its retry');
      const retry = await store.claimWebhookDeliveries(5_000, 60_000, 10);
      assert.deepEqual(retry.map((j) => [j.eventId, j.attempts]), [['evt_received', 1]]);
      await store.finishWebhookDelivery(retry[0]!, { delivered: true, status: 204, at: 5_100 });
      // A claim whose holder died runs out: the delivery is claimed again (at least once).
      const reclaimed = await store.claimWebhookDeliveries(62_001, 60_000, 10);
      assert.deepEqual(reclaimed.map((j) => j.eventId).sort(), ['evt_changed', 'evt_changed']);

      assert.equal(await store.deleteWebhook(companyId, 'wh_changes', 70_000), true);
      assert.equal(await store.deleteWebhook(companyId, 'wh_changes', 70_000), false);
      const states = (await store.listWebhookDeliveries(companyId)).map((d) => [d.eventId, d.webhookId, d.state, d.attempts, d.lastStatus]);
      assert.deepEqual(states, [
        ['evt_changed', 'wh_all', 'pending', 0, null],
        ['evt_changed', 'wh_changes', 'failed', 0, null],
        ['evt_received', 'wh_all', 'delivered', 2, 204],
      ]);
    });

    describe('rate-limit buckets', () => {
      const limit = { max: 3, windowMs: 60_000 };

      it('spends a burst of max, refills evenly, and says when the next token comes', async () => {
        for (let i = 0; i < 3; i++) assert.deepEqual(await store.takeRateToken('burst', limit, 0), { allowed: true });
        assert.deepEqual(await store.takeRateToken('burst', limit, 0), { allowed: false, retryAfterSeconds: 20 });
        assert.deepEqual(await store.takeRateToken('burst', limit, 19_000), { allowed: false, retryAfterSeconds: 1 });
        assert.deepEqual(await store.takeRateToken('burst', limit, 20_000), { allowed: true });
        assert.equal((await store.takeRateToken('burst', limit, 20_000)).allowed, false);
        // Idle for longer than a window: full again, never more than max.
        for (let i = 0; i < 3; i++) assert.equal((await store.takeRateToken('burst', limit, 500_000)).allowed, true);
        assert.equal((await store.takeRateToken('burst', limit, 500_000)).allowed, false);
      });

      it('refills nothing for a clock that is behind the last take', async () => {
        assert.equal((await store.takeRateToken('skew', { max: 1, windowMs: 1_000 }, 10_000)).allowed, true);
        assert.equal((await store.takeRateToken('skew', { max: 1, windowMs: 1_000 }, 5_000)).allowed, false);
        assert.equal((await store.takeRateToken('skew', { max: 1, windowMs: 1_000 }, 10_999)).allowed, false);
        assert.equal((await store.takeRateToken('skew', { max: 1, windowMs: 1_000 }, 11_000)).allowed, true);
      });

      it('never hands the same token to two requests at once', async () => {
        const decisions = await Promise.all(Array.from({ length: 12 }, () => store.takeRateToken('race', { max: 5, windowMs: 3_600_000 }, 1_000)));
        assert.equal(decisions.filter((d) => d.allowed).length, 5);
      });

      it('takes a token back for a request that did not count, never filling past max', async () => {
        for (let i = 0; i < 3; i++) assert.equal((await store.takeRateToken('refund', limit, 0)).allowed, true);
        assert.equal((await store.takeRateToken('refund', limit, 0)).allowed, false);
        await store.returnRateToken('refund', limit);
        assert.deepEqual(await store.takeRateToken('refund', limit, 0), { allowed: true });
        assert.equal((await store.takeRateToken('refund', limit, 0)).allowed, false);
        // More tokens given back than were taken still make a bucket of max.
        for (let i = 0; i < 5; i++) await store.returnRateToken('refund', limit);
        const burst = await Promise.all(Array.from({ length: 5 }, () => store.takeRateToken('refund', limit, 0)));
        assert.equal(burst.filter((d) => d.allowed).length, 3);
        await store.returnRateToken('no-such-bucket', limit);
        assert.equal((await store.db.selectFrom('rate_buckets').select('key').where('key', '=', 'no-such-bucket').execute()).length, 0);
      });

      it('sweeps buckets last used before a time', async () => {
        await store.takeRateToken('old', limit, 1_000);
        await store.takeRateToken('recent', limit, 2_000);
        assert.ok((await store.sweepRateBuckets(1_000)) >= 1);
        const left = await store.db.selectFrom('rate_buckets').select('key').where('key', 'in', ['old', 'recent']).execute();
        assert.deepEqual(left.map((row) => row.key), ['recent']);
      });
    });

    describe('idempotency claims', () => {
      const claim = (over: Partial<IdempotencyClaim> = {}): IdempotencyClaim => ({
        scope: 'c_1',
        key: 'k',
        fingerprint: 'f1',
        now: 1_000,
        expiresAt: 1_000 + 86_400_000,
        lockedUntil: 1_000 + 60_000,
        ...over,
      });

      it('claims once, then reports in flight, mismatch and finally the stored answer', async () => {
        assert.deepEqual(await store.claimIdempotencyKey(claim()), { kind: 'claimed' });
        assert.deepEqual(await store.claimIdempotencyKey(claim({ now: 2_000 })), { kind: 'in-flight' });
        assert.deepEqual(await store.claimIdempotencyKey(claim({ now: 2_000, fingerprint: 'f2' })), { kind: 'mismatch' });
        await store.completeIdempotencyKey('c_1', 'k', { status: 201, headers: { 'content-type': 'application/json' }, body: '{"id":"a"}' });
        assert.deepEqual(await store.claimIdempotencyKey(claim({ now: 3_000 })), {
          kind: 'replay',
          response: { status: 201, headers: { 'content-type': 'application/json' }, body: '{"id":"a"}' },
        });
        assert.deepEqual(await store.claimIdempotencyKey(claim({ scope: 'c_2' })), { kind: 'claimed' });
      });

      it('lets a newcomer take over an expired answer or an abandoned claim', async () => {
        assert.equal((await store.claimIdempotencyKey(claim({ key: 'old' }))).kind, 'claimed');
        await store.completeIdempotencyKey('c_1', 'old', { status: 201, headers: {}, body: '{}' });
        assert.equal((await store.claimIdempotencyKey(claim({ key: 'old', now: 1_000 + 86_400_000 }))).kind, 'claimed');
        assert.equal((await store.claimIdempotencyKey(claim({ key: 'crashed' }))).kind, 'claimed');
        assert.equal((await store.claimIdempotencyKey(claim({ key: 'crashed', now: 30_000 }))).kind, 'in-flight');
        assert.equal((await store.claimIdempotencyKey(claim({ key: 'crashed', now: 61_000 }))).kind, 'claimed');
      });

      it('releases only unfinished claims, and purges expired answers', async () => {
        assert.equal((await store.claimIdempotencyKey(claim({ key: 'gone' }))).kind, 'claimed');
        await store.releaseIdempotencyKey('c_1', 'gone');
        assert.equal((await store.claimIdempotencyKey(claim({ key: 'gone', fingerprint: 'other' }))).kind, 'claimed');
        assert.equal((await store.claimIdempotencyKey(claim({ key: 'kept' }))).kind, 'claimed');
        await store.completeIdempotencyKey('c_1', 'kept', { status: 201, headers: {}, body: '{}' });
        await store.releaseIdempotencyKey('c_1', 'kept');
        assert.equal((await store.claimIdempotencyKey(claim({ key: 'kept', now: 5_000 }))).kind, 'replay');
        assert.ok((await store.purgeIdempotencyKeys(1_000 + 86_400_000)) > 0);
        assert.equal((await store.claimIdempotencyKey(claim({ key: 'kept', fingerprint: 'new' }))).kind, 'claimed');
      });
    });
  });
}
