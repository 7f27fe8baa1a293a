import { sql, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import { addStatusTokens, createRateBuckets, createTables, createWebhooks } from './tables.js';

// Migrations live in code rather than in a folder of files so the built server is one `dist`
// tree with nothing to locate at run time. The tables are shared with PostgreSQL (tables.ts);
// the full-text search is SQLite's own: an FTS5 table kept in step by triggers.

const initial: Migration = {
  async up(db: Kysely<unknown>) {
    await createTables(db, {
      int64: 'integer',
      float: 'real',
      serial: 'integer',
      serialKey: (c) => c.primaryKey().autoIncrement(),
    });

    // External-content FTS5 index over the searchable columns; triggers keep it in step.
    await sql`CREATE VIRTUAL TABLE projects_fts USING fts5(
      title, summary, skills_text,
      content='projects', content_rowid='seq', tokenize='unicode61 remove_diacritics 2'
    )`.execute(db);
    await sql`CREATE TRIGGER projects_fts_insert AFTER INSERT ON projects BEGIN
      INSERT INTO projects_fts(rowid, title, summary, skills_text) VALUES (new.seq, new.title, new.summary, new.skills_text);
    END`.execute(db);
    await sql`CREATE TRIGGER projects_fts_delete AFTER DELETE ON projects BEGIN
      INSERT INTO projects_fts(projects_fts, rowid, title, summary, skills_text) VALUES ('delete', old.seq, old.title, old.summary, old.skills_text);
    END`.execute(db);
    await sql`CREATE TRIGGER projects_fts_update AFTER UPDATE OF title, summary, skills_text ON projects BEGIN
      INSERT INTO projects_fts(projects_fts, rowid, title, summary, skills_text) VALUES ('delete', old.seq, old.title, old.summary, old.skills_text);
      INSERT INTO projects_fts(rowid, title, summary, skills_text) VALUES (new.seq, new.title, new.summary, new.skills_text);
    END`.execute(db);
  },
};

const rateBuckets: Migration = {
  async up(db: Kysely<unknown>) {
    await createRateBuckets(db, { int64: 'integer', float: 'real' });
  },
};

const statusTokens: Migration = { up: addStatusTokens };
const webhooks: Migration = { up: (db) => createWebhooks(db, { int64: 'integer' }) };

/**
 * The SQLite schema's migrations, in order, for Kysely's `Migrator`. Add a new entry for every
 * change; never edit one that has shipped.
 *
 * @example
 * ```ts
 * const { error } = await new Migrator({ db, provider: sqliteMigrations }).migrateToLatest();
 * ```
 */
export const sqliteMigrations: MigrationProvider = {
  async getMigrations() {
    return { '0001_initial': initial, '0002_rate_buckets': rateBuckets, '0003_status_tokens': statusTokens, '0004_webhooks': webhooks };
  },
};
