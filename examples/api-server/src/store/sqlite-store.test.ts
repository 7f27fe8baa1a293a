import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect, sql } from 'kysely';
import { describeStoreContract } from '../test-support/store-contract.js';
import { openStore, storeLocationFromEnv } from './open-store.js';
import { SORTS } from './project-search.js';
import { openSqliteStore } from './sqlite-store.js';
import type { KyselyStore } from './kysely-store.js';
import type { Database } from './schema.js';
import { sqliteMigrations } from './sqlite-migrations.js';

describeStoreContract('SQLite', async () => {
  const store = await openSqliteStore(':memory:');
  return { store, dispose: () => store.close() };
});

describe('SQLite store', () => {
  let dir: string;
  let store: KyselyStore;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'mi-store-test-'));
    store = await openSqliteStore(join(dir, 'nested', 'db.sqlite'));
    await store.getOrCreateSetting('made', () => 'yes');
  });
  after(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('brings a database of the first schema version up to date, keeping its rows', async () => {
    const path = join(dir, 'first-version.sqlite');
    const database = new BetterSqlite3(path);
    const old = new Kysely<Database>({ dialect: new SqliteDialect({ database }) });
    const { error } = await new Migrator({ db: old, provider: sqliteMigrations }).migrateTo('0001_initial');
    assert.equal(error, undefined);
    await old.insertInto('settings').values({ name: 'kept', value: 'yes' }).execute();
    await old.destroy();

    const upgraded = await openSqliteStore(path);
    try {
      assert.equal(await upgraded.getOrCreateSetting('kept', () => 'lost'), 'yes');
      assert.deepEqual(await upgraded.takeRateToken('ip|acme', { max: 1, windowMs: 60_000 }, 0), { allowed: true });
    } finally {
      await upgraded.close();
    }
  });

  it('runs in WAL mode with foreign keys on, and reopens without migrating twice', async () => {
    const mode = await sql<{ journal_mode: string }>`PRAGMA journal_mode`.execute(store.db);
    assert.equal(mode.rows[0]?.journal_mode, 'wal');
    const fk = await sql<{ foreign_keys: number }>`PRAGMA foreign_keys`.execute(store.db);
    assert.equal(fk.rows[0]?.foreign_keys, 1);
    const second = await openSqliteStore(join(dir, 'nested', 'db.sqlite'));
    assert.equal(await second.getOrCreateSetting('made', () => 'again'), 'yes');
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
});

describe('openStore', () => {
  it('refuses a DATABASE_URL that is not PostgreSQL, and names the host when it cannot connect', async () => {
    await assert.rejects(openStore({ databaseUrl: 'mysql://db.example/mi' }), /postgres:\/\//);
    // Nothing listens on port 1; the password never appears in the message.
    await assert.rejects(openStore({ databaseUrl: 'postgres://mi:s3cret@127.0.0.1:1/mi' }), (error: Error) => {
      assert.match(error.message, /Could not connect to PostgreSQL at postgres:\/\/mi:\*\*\*@127\.0\.0\.1:1\/mi/);
      assert.doesNotMatch(error.message, /s3cret/);
      return true;
    });
  });

  it('reads MI_DB, DATABASE_URL and DATABASE_POOL_MAX from the environment, refusing a bad pool size', () => {
    assert.deepEqual(storeLocationFromEnv({}), {});
    assert.deepEqual(storeLocationFromEnv({ MI_DB: '/tmp/a.sqlite', DATABASE_URL: 'postgres://db/mi', DATABASE_POOL_MAX: '4' }), {
      dbPath: '/tmp/a.sqlite',
      databaseUrl: 'postgres://db/mi',
      poolSize: 4,
    });
    for (const bad of ['0', '1.5', 'ten', '1001']) assert.throws(() => storeLocationFromEnv({ DATABASE_POOL_MAX: bad }), /DATABASE_POOL_MAX must be a whole number from 1 to 1000/);
  });

  it('opens an in-memory SQLite store', async () => {
    const store = await openStore({ dbPath: ':memory:' });
    assert.equal(await store.isEmpty(), true);
    await store.close();
  });
});
