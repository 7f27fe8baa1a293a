import { strict as assert } from 'node:assert';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { createClient } from '@microintern/core';
import { seedStore } from '../seed.js';
import { startServer, type RunningServer } from '../server.js';
import { receiptWithoutToken } from '../test-support/http.js';
import { startTestPostgres, type TestPostgres } from '../test-support/postgres.js';
import { describeStoreContract, SEARCHES, SEED_DATE, walk } from '../test-support/store-contract.js';
import type { KyselyStore } from './kysely-store.js';
import { openPostgresStore } from './postgres-store.js';
import { openSqliteStore } from './sqlite-store.js';

// A real PostgreSQL 18 (PGlite behind the wire protocol, see test-support/postgres.ts), reached
// through the pg driver and a postgres:// URL like a deployment's DATABASE_URL.
let pg: TestPostgres;
before(async () => {
  pg = await startTestPostgres();
});
after(() => pg?.close());

/** Empties the database, so suites on one server do not see each other's rows. */
async function emptyDatabase(): Promise<void> {
  await pg.idle();
  const admin = await openPostgresStore(pg.url, { maxConnections: 1 });
  await sql`DROP SCHEMA public CASCADE`.execute(admin.db);
  await sql`CREATE SCHEMA public`.execute(admin.db);
  await admin.close();
  await pg.idle();
}

/** A store on an empty, freshly migrated database. One connection: PGlite has one session. */
async function freshStore(): Promise<KyselyStore> {
  await emptyDatabase();
  return openPostgresStore(pg.url, { maxConnections: 1 });
}

describeStoreContract('PostgreSQL', async () => {
  const store = await freshStore();
  return { store, dispose: () => store.close() };
});

describe('PostgreSQL store', () => {
  let postgres: KyselyStore;
  let sqlite: KyselyStore;
  before(async () => {
    postgres = await freshStore();
    sqlite = await openSqliteStore(':memory:');
    await seedStore(postgres, { now: SEED_DATE });
    await seedStore(sqlite, { now: SEED_DATE });
  });
  after(async () => {
    await postgres?.close();
    await sqlite?.close();
  });

  it('answers every search exactly as the SQLite store does: same projects in the same order, totals and facets', async () => {
    for (const search of SEARCHES) {
      assert.deepEqual(await walk(postgres, search), await walk(sqlite, search), JSON.stringify(search));
    }
    const one = (await postgres.searchProjects(SEARCHES[0]!)).items[0]!;
    assert.deepEqual(await postgres.findProject(one.id), await sqlite.findProject(one.id));
    assert.deepEqual(await postgres.listCompanies(), await sqlite.listCompanies());
  });

  it('reads epoch-millisecond bigints back as numbers', async () => {
    const company = (await postgres.listCompanies())[0]!;
    const record = await postgres.findCompany(company.slug);
    assert.equal(typeof record?.createdAt, 'number');
  });

  it('reopens without migrating twice', async () => {
    await postgres.close();
    await pg.idle();
    postgres = await openPostgresStore(pg.url, { maxConnections: 1 });
    assert.equal(await postgres.isEmpty(), false);
  });
});

describe('the API server with DATABASE_URL', () => {
  let server: RunningServer;
  before(async () => {
    await emptyDatabase();
    server = await startServer({ port: 0, databaseUrl: pg.url, poolSize: 1, config: { logError: () => {}, rateLimit: { max: 1_000_000, windowMs: 60_000 } } });
  });
  after(() => server?.close());

  it('seeds PostgreSQL, lists and searches gigs, and takes one application per idempotency key', async () => {
    const mi = createClient({ baseUrl: server.url, company: 'forkful' });
    const page = await mi.projects.page({ q: 'recipe', limit: 5 });
    assert.ok(page.items.length > 0 && page.items.every((p) => p.company.slug === 'forkful'));
    assert.equal(page.skipped.length, 0);
    const gig = page.items[0]!;
    const body = JSON.stringify({ projectId: gig.id, applicant: { name: 'Ada Lovelace', email: 'ada@example.edu' }, answers: {}, consent: true });
    const post = () =>
      fetch(`${server.url}/v1/companies/forkful/projects/${gig.id}/applications`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': 'pg-e2e-1' },
        body,
      });
    const first = await post();
    const again = await post();
    assert.equal(first.status, 201, await first.clone().text());
    assert.equal(again.status, 201);
    assert.equal(receiptWithoutToken(await again.text()), receiptWithoutToken(await first.text()), 'the retry replays the first answer');
    assert.equal(await server.store.countApplications(), 1);
  });
});
