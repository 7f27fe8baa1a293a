import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect, sql, type SqlBool } from 'kysely';
import { ftsMatchExpression } from './fts-query.js';
import { openKyselyStore, type KyselyStore, type StoreDialect } from './kysely-store.js';
import type { Database } from './schema.js';
import { sqliteMigrations } from './sqlite-migrations.js';
import { cacheStatements } from './statement-cache.js';

/**
 * Opens (creating when missing) a SQLite file and brings its schema up to date.
 *
 * WAL mode lets readers (the admin command, a backup) work while the server writes;
 * `synchronous = NORMAL` is durable across application crashes in WAL mode and much faster than
 * FULL; `busy_timeout` makes a second process wait for the write lock instead of failing.
 *
 * @example
 * ```ts
 * const store = await openSqliteStore('.data/microintern.sqlite');
 * ```
 */
export async function openSqliteStore(path: string): Promise<KyselyStore> {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const database = new BetterSqlite3(path);
  try {
    database.pragma('journal_mode = WAL');
    database.pragma('synchronous = NORMAL');
    database.pragma('foreign_keys = ON');
    database.pragma('busy_timeout = 5000');
  } catch (error) {
    database.close();
    throw error;
  }
  cacheStatements(database);
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database }) });
  return openKyselyStore(db, sqliteMigrations, sqliteDialect);
}

/**
 * SQLite's part of the store: words matched as prefixes through the FTS5 index (`projects_fts`,
 * kept in step by triggers), and better-sqlite3's constraint code.
 */
export const sqliteDialect: StoreDialect = {
  textMatch(q) {
    const match = ftsMatchExpression(q);
    return match === undefined ? undefined : sql<SqlBool>`projects.seq IN (SELECT rowid FROM projects_fts WHERE projects_fts MATCH ${match})`;
  },
  isUniqueViolation(error) {
    return error instanceof Error && 'code' in error && (error as { code: unknown }).code === 'SQLITE_CONSTRAINT_UNIQUE';
  },
};
