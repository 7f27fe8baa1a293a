import { sql, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import { addStatusTokens, createRateBuckets, createTables, createWebhooks } from './tables.js';

// PostgreSQL's migrations: the tables shared with SQLite (tables.ts) in PostgreSQL's types, and
// a stored tsvector column with a GIN index in place of SQLite's FTS5 table and triggers.

const initial: Migration = {
  async up(db: Kysely<unknown>) {
    await createTables(db, {
      int64: 'bigint',
      float: 'double precision',
      serial: 'serial',
      serialKey: (c) => c.primaryKey(),
    });
    // Words of the searchable columns, kept by PostgreSQL itself (no trigger to forget), with
    // accents folded as SQLite's tokenizer folds them (`café` is found by `cafe`): decomposed
    // (NFKD) and the combining marks removed, with built-in immutable functions, since the
    // `unaccent` extension is not on every host.
    await sql`ALTER TABLE projects ADD COLUMN search tsvector GENERATED ALWAYS AS (to_tsvector('simple',
      regexp_replace(normalize(title || ' ' || summary || ' ' || skills_text, NFKD), '[\u0300-\u036f]', '', 'g'))) STORED`.execute(db);
    await db.schema.createIndex('projects_search').on('projects').using('gin').column('search').execute();
  },
};

const rateBuckets: Migration = {
  async up(db: Kysely<unknown>) {
    await createRateBuckets(db, { int64: 'bigint', float: 'double precision' });
  },
};

const statusTokens: Migration = { up: addStatusTokens };
const webhooks: Migration = { up: (db) => createWebhooks(db, { int64: 'bigint' }) };

/**
 * The PostgreSQL schema's migrations, in order, for Kysely's `Migrator` (which takes a lock, so
 * several instances starting at once migrate once). Add a new entry for every change; never edit
 * one that has shipped, and make the same change in `sqlite-migrations.ts`.
 *
 * @example
 * ```ts
 * const { error } = await new Migrator({ db, provider: postgresMigrations }).migrateToLatest();
 * ```
 */
export const postgresMigrations: MigrationProvider = {
  async getMigrations() {
    return { '0001_initial': initial, '0002_rate_buckets': rateBuckets, '0003_status_tokens': statusTokens, '0004_webhooks': webhooks };
  },
};
