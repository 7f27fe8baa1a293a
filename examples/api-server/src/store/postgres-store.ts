import { Kysely, PostgresDialect, sql, type SqlBool } from 'kysely';
import { tsQueryExpression } from './fts-query.js';
import { openKyselyStore, type KyselyStore, type StoreDialect } from './kysely-store.js';
import { postgresMigrations } from './postgres-migrations.js';
import type { Database } from './schema.js';

/** pg's type id of `bigint` (int8), which it returns as a string unless told otherwise. */
const INT8 = 20;

/**
 * Connects to PostgreSQL at `url` (`postgres://user:password@host:5432/db`), brings the schema
 * up to date and returns the store. For deployments with several instances behind a load
 * balancer: they share the database, and every guarantee the handlers rely on (idempotency
 * claims, unique slugs) is a constraint the database enforces across connections.
 *
 * The `pg` driver is imported here, on first use, so a SQLite deployment never loads it.
 * Epoch-millisecond `bigint` columns are read back as numbers (exact: they are far below 2^53).
 *
 * @example
 * ```ts
 * const store = await openPostgresStore(process.env.DATABASE_URL!);
 * ```
 */
export async function openPostgresStore(url: string, { maxConnections = 10 }: { maxConnections?: number } = {}): Promise<KyselyStore> {
  const { default: pg } = await import('pg');
  const pool = new pg.Pool({
    connectionString: url,
    max: maxConnections,
    connectionTimeoutMillis: 10_000,
    types: { getTypeParser: ((oid: number, format?: 'text' | 'binary') => (oid === INT8 ? Number : pg.types.getTypeParser(oid, format))) as typeof pg.types.getTypeParser },
  });
  // An idle connection the server drops must not crash the process: the pool discards it and
  // opens another when needed. Said on stderr, so an operator sees the database going away.
  pool.on('error', (error) => console.error(`PostgreSQL: an idle connection failed (${error.message}); the pool will reconnect`));
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  try {
    await sql`SELECT 1`.execute(db);
  } catch (error) {
    await db.destroy();
    throw new Error(`Could not connect to PostgreSQL at ${redact(url)}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  return openKyselyStore(db, postgresMigrations, postgresDialect);
}

/** The URL without its password, for messages and logs. */
function redact(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'the DATABASE_URL';
  }
}

/**
 * PostgreSQL's part of the store: words matched as prefixes against the stored `search`
 * tsvector (GIN-indexed), and the SQLSTATE of a unique violation.
 */
export const postgresDialect: StoreDialect = {
  textMatch(q) {
    const query = tsQueryExpression(q);
    return query === undefined ? undefined : sql<SqlBool>`projects.search @@ to_tsquery('simple', ${query})`;
  },
  isUniqueViolation(error) {
    return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '23505';
  },
};
