import { sql, type Kysely, type Migration, type MigrationProvider } from 'kysely';

// Migrations live in code rather than in a folder of files so the built server is one `dist`
// tree with nothing to locate at run time. They are SQLite's: FTS5 and its triggers have no
// portable form, so a PostgreSQL store brings its own (tsvector instead of FTS5).

const initial: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('companies')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('slug', 'text', (c) => c.notNull().unique())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('website', 'text')
      .addColumn('logo_url', 'text')
      .addColumn('allowed_origins', 'text', (c) => c.notNull().defaultTo('[]'))
      .addColumn('created_at', 'integer', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('api_keys')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('company_id', 'text', (c) => c.notNull().references('companies.id'))
      .addColumn('hash', 'text', (c) => c.notNull().unique())
      .addColumn('prefix', 'text', (c) => c.notNull())
      .addColumn('mode', 'text', (c) => c.notNull())
      .addColumn('created_at', 'integer', (c) => c.notNull())
      .addColumn('revoked_at', 'integer')
      .execute();

    await db.schema
      .createTable('projects')
      .addColumn('seq', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('id', 'text', (c) => c.notNull().unique())
      .addColumn('company_id', 'text', (c) => c.notNull().references('companies.id'))
      .addColumn('slug', 'text', (c) => c.notNull())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('summary', 'text', (c) => c.notNull())
      .addColumn('skills_text', 'text', (c) => c.notNull())
      .addColumn('category', 'text', (c) => c.notNull())
      .addColumn('schedule', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('remote', 'integer', (c) => c.notNull())
      .addColumn('currency', 'text', (c) => c.notNull())
      .addColumn('rate_min', 'integer', (c) => c.notNull())
      .addColumn('rate_max', 'integer', (c) => c.notNull())
      .addColumn('effort_max', 'real', (c) => c.notNull())
      .addColumn('apply_by', 'integer')
      .addColumn('deadline_sort', 'integer', (c) => c.notNull())
      .addColumn('posted_at', 'integer', (c) => c.notNull())
      .addColumn('updated_at', 'integer', (c) => c.notNull())
      .addColumn('data', 'text', (c) => c.notNull())
      .addUniqueConstraint('projects_company_slug', ['company_id', 'slug'])
      .execute();

    // Every list is filtered by status (default open), optionally by company, then sorted; one
    // index per sort with the id tie-break lets SQLite walk pages in order without a sort step.
    // Pay sorts highest first with ties by ascending id, hence its descending column.
    for (const [name, column] of [
      ['newest', 'posted_at'],
      ['pay', 'rate_max desc'],
      ['shortest', 'effort_max'],
      ['deadline', 'deadline_sort'],
    ] as const) {
      await db.schema.createIndex(`projects_company_${name}`).on('projects').columns(['company_id', 'status', column, 'id']).execute();
      await db.schema.createIndex(`projects_market_${name}`).on('projects').columns(['status', column, 'id']).execute();
    }
    await db.schema.createIndex('projects_slug').on('projects').columns(['slug']).execute();

    await db.schema
      .createTable('project_skills')
      .addColumn('project_id', 'text', (c) => c.notNull().references('projects.id').onDelete('cascade'))
      .addColumn('skill', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('project_skills_pk', ['project_id', 'skill'])
      .execute();
    await db.schema.createIndex('project_skills_skill').on('project_skills').columns(['skill', 'project_id']).execute();

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

    await db.schema
      .createTable('applications')
      .addColumn('seq', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('id', 'text', (c) => c.notNull().unique())
      .addColumn('project_id', 'text', (c) => c.notNull().references('projects.id'))
      .addColumn('company_id', 'text', (c) => c.notNull().references('companies.id'))
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('email', 'text', (c) => c.notNull())
      .addColumn('submitted_at', 'integer', (c) => c.notNull())
      .addColumn('data', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('applications_company').on('applications').columns(['company_id', 'seq']).execute();
    await db.schema.createIndex('applications_project').on('applications').columns(['company_id', 'project_id', 'seq']).execute();

    await db.schema
      .createTable('idempotency_keys')
      .addColumn('scope', 'text', (c) => c.notNull())
      .addColumn('key', 'text', (c) => c.notNull())
      .addColumn('fingerprint', 'text', (c) => c.notNull())
      .addColumn('state', 'text', (c) => c.notNull())
      .addColumn('status', 'integer')
      .addColumn('headers', 'text')
      .addColumn('body', 'text')
      .addColumn('created_at', 'integer', (c) => c.notNull())
      .addColumn('expires_at', 'integer', (c) => c.notNull())
      .addColumn('locked_until', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('idempotency_keys_pk', ['scope', 'key'])
      .execute();
    await db.schema.createIndex('idempotency_keys_expiry').on('idempotency_keys').columns(['expires_at']).execute();

    await db.schema
      .createTable('settings')
      .addColumn('name', 'text', (c) => c.primaryKey())
      .addColumn('value', 'text', (c) => c.notNull())
      .execute();
  },
};

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
    return { '0001_initial': initial };
  },
};
