import type { ColumnDataType, ColumnDefinitionBuilder, Kysely } from 'kysely';

// The tables, columns and indexes both databases share, written once. Each database's migration
// calls this with its own names for a few types and adds its full-text search on top
// (sqlite-migrations.ts, postgres-migrations.ts).

/** The column types that are spelled differently in SQLite and PostgreSQL. */
export interface ColumnTypes {
  /** Epoch milliseconds and money in minor units: SQLite `integer` (64-bit), PostgreSQL `bigint`. */
  int64: ColumnDataType;
  float: ColumnDataType;
  /** An auto-numbered integer key: SQLite `integer … autoincrement`, PostgreSQL `serial`. */
  serial: ColumnDataType;
  serialKey(column: ColumnDefinitionBuilder): ColumnDefinitionBuilder;
}

/** Creates every table and index of the first schema version. */
export async function createTables(db: Kysely<unknown>, t: ColumnTypes): Promise<void> {
  await db.schema
    .createTable('companies')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('website', 'text')
    .addColumn('logo_url', 'text')
    .addColumn('allowed_origins', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('created_at', t.int64, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('api_keys')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('company_id', 'text', (c) => c.notNull().references('companies.id'))
    .addColumn('hash', 'text', (c) => c.notNull().unique())
    .addColumn('prefix', 'text', (c) => c.notNull())
    .addColumn('mode', 'text', (c) => c.notNull())
    .addColumn('created_at', t.int64, (c) => c.notNull())
    .addColumn('revoked_at', t.int64)
    .execute();

  await db.schema
    .createTable('projects')
    .addColumn('seq', t.serial, (c) => t.serialKey(c))
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
    .addColumn('rate_min', t.int64, (c) => c.notNull())
    .addColumn('rate_max', t.int64, (c) => c.notNull())
    .addColumn('effort_max', t.float, (c) => c.notNull())
    .addColumn('apply_by', t.int64)
    .addColumn('deadline_sort', t.int64, (c) => c.notNull())
    .addColumn('posted_at', t.int64, (c) => c.notNull())
    .addColumn('updated_at', t.int64, (c) => c.notNull())
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

  await db.schema
    .createTable('applications')
    .addColumn('seq', t.serial, (c) => t.serialKey(c))
    .addColumn('id', 'text', (c) => c.notNull().unique())
    .addColumn('project_id', 'text', (c) => c.notNull().references('projects.id'))
    .addColumn('company_id', 'text', (c) => c.notNull().references('companies.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('submitted_at', t.int64, (c) => c.notNull())
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
    .addColumn('created_at', t.int64, (c) => c.notNull())
    .addColumn('expires_at', t.int64, (c) => c.notNull())
    .addColumn('locked_until', t.int64, (c) => c.notNull())
    .addPrimaryKeyConstraint('idempotency_keys_pk', ['scope', 'key'])
    .execute();
  await db.schema.createIndex('idempotency_keys_expiry').on('idempotency_keys').columns(['expires_at']).execute();

  await db.schema
    .createTable('settings')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .execute();
}

/** The second schema version: token buckets of the application rate limit (rate-buckets.ts). */
export async function createRateBuckets(db: Kysely<unknown>, t: Pick<ColumnTypes, 'int64' | 'float'>): Promise<void> {
  await db.schema
    .createTable('rate_buckets')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('tokens', t.float, (c) => c.notNull())
    .addColumn('allowed', 'integer', (c) => c.notNull())
    .addColumn('updated_at', t.int64, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('rate_buckets_updated').on('rate_buckets').columns(['updated_at']).execute();
}

/** The third schema version: the hash of each application's status-link token. */
export async function addStatusTokens(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('applications').addColumn('status_token_hash', 'text').execute();
}

/**
 * The fourth schema version: companies' webhook endpoints, and the outbox of their deliveries.
 * A delivery row is written in the same transaction as the change it reports, so an event is
 * never lost between storing an application and telling the company; it stays `pending` until
 * an endpoint answers 2xx, or `failed` after the last attempt.
 */
export async function createWebhooks(db: Kysely<unknown>, t: Pick<ColumnTypes, 'int64'>): Promise<void> {
  await db.schema
    .createTable('webhooks')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('company_id', 'text', (c) => c.notNull().references('companies.id'))
    .addColumn('url', 'text', (c) => c.notNull())
    .addColumn('secret', 'text', (c) => c.notNull())
    .addColumn('events', 'text', (c) => c.notNull())
    .addColumn('created_at', t.int64, (c) => c.notNull())
    .addColumn('deleted_at', t.int64)
    .execute();
  await db.schema.createIndex('webhooks_company').on('webhooks').columns(['company_id', 'created_at']).execute();

  await db.schema
    .createTable('webhook_deliveries')
    .addColumn('event_id', 'text', (c) => c.notNull())
    .addColumn('webhook_id', 'text', (c) => c.notNull().references('webhooks.id'))
    .addColumn('company_id', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull())
    .addColumn('next_attempt_at', t.int64, (c) => c.notNull())
    .addColumn('locked_until', t.int64, (c) => c.notNull())
    .addColumn('last_status', 'integer')
    .addColumn('last_error', 'text')
    .addColumn('created_at', t.int64, (c) => c.notNull())
    .addColumn('delivered_at', t.int64)
    .addPrimaryKeyConstraint('webhook_deliveries_pk', ['event_id', 'webhook_id'])
    .execute();
  await db.schema.createIndex('webhook_deliveries_due').on('webhook_deliveries').columns(['state', 'next_attempt_at']).execute();
}
