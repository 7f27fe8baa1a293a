import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { buildSeedProjects, seedStore } from '../seed.js';
import { openStore } from './open-store.js';
import { SORTS } from './sqlite-project-search.js';
import { openSqliteStore, type SqliteStore } from './sqlite-store.js';
import type { IdempotencyClaim } from './store.js';

describe('SQLite store', () => {
  let dir: string;
  let store: SqliteStore;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'mi-store-test-'));
    store = await openSqliteStore(join(dir, 'nested', 'db.sqlite'));
    await seedStore(store, { now: new Date('2026-03-01T12:00:00Z') });
  });
  after(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('runs in WAL mode with foreign keys on, and reopens without migrating twice', async () => {
    const mode = await sql<{ journal_mode: string }>`PRAGMA journal_mode`.execute(store.db);
    assert.equal(mode.rows[0]?.journal_mode, 'wal');
    const fk = await sql<{ foreign_keys: number }>`PRAGMA foreign_keys`.execute(store.db);
    assert.equal(fk.rows[0]?.foreign_keys, 1);
    const second = await openSqliteStore(join(dir, 'nested', 'db.sqlite'));
    assert.equal(await second.isEmpty(), false);
    await second.close();
  });

  it('walks an index for company and marketplace listings in every sort order', async () => {
    for (const [sort, spec] of Object.entries(SORTS)) {
      const order = sql.raw(`${spec.column} ${spec.direction}, id ${spec.idDirection}`);
      for (const scope of [sql`company_id = 'x' AND status IN ('open')`, sql`status IN ('open')`]) {
        const plan = await sql<{ detail: string }>`EXPLAIN QUERY PLAN SELECT data FROM projects WHERE ${scope} ORDER BY ${order} LIMIT 21`.execute(store.db);
        const details = plan.rows.map((r) => r.detail).join(' | ');
        assert.match(details, /USING INDEX projects_(company|market)_/, `${sort}: ${details}`);
        assert.doesNotMatch(details, /TEMP B-TREE FOR ORDER BY/, `${sort} sorts without a temporary b-tree: ${details}`);
      }
    }
  });

  it('keeps a setting once made', async () => {
    const first = await store.getOrCreateSetting('cursor-secret', () => 'one');
    const second = await store.getOrCreateSetting('cursor-secret', () => 'two');
    assert.equal(first, 'one');
    assert.equal(second, 'one');
  });

  it('resolves ids before slugs, and a shared slug to the company whose slug sorts first', async () => {
    const seeded = buildSeedProjects(new Date('2026-03-01T12:00:00Z'));
    const forkfulGig = seeded.find((p) => p.company.slug === 'forkful' && p.status === 'open')!;
    const tidelineGig = seeded.find((p) => p.company.slug === 'tideline')!;
    // Give tideline a gig with forkful's slug: the marketplace picks forkful ('f' < 't').
    assert.equal(await store.insertProject({ ...tidelineGig, id: 'p_clash', slug: forkfulGig.slug }), 'ok');
    assert.equal((await store.findProject(forkfulGig.slug))?.company.slug, 'forkful');
    assert.equal((await store.findProject(forkfulGig.slug, tidelineGig.company.id))?.id, 'p_clash');
    assert.equal((await store.findProject('p_clash'))?.company.slug, 'tideline');
    // Within one company a slug is unique.
    assert.equal(await store.insertProject({ ...tidelineGig, id: 'p_clash2', slug: forkfulGig.slug }), 'slug-taken');
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
      // Another scope is another key.
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

describe('openStore', () => {
  it('explains that PostgreSQL needs a driver this example does not bundle', async () => {
    await assert.rejects(openStore({ databaseUrl: 'postgres://mi:secret@db.example:5432/mi' }), /PostgreSQL support needs the pg driver: not bundled in this example/);
    await assert.rejects(openStore({ databaseUrl: 'mysql://db.example/mi' }), /postgres:\/\//);
  });

  it('opens an in-memory SQLite store', async () => {
    const store = await openStore({ dbPath: ':memory:' });
    assert.equal(await store.isEmpty(), true);
    await store.close();
  });
});
