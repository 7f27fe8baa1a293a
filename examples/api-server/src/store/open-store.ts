import { resolve } from 'node:path';
import { openSqliteStore } from './sqlite-store.js';
import type { Store } from './store.js';

/** Where the SQLite file lives unless told otherwise, relative to the working directory. */
export const DEFAULT_DB_PATH = '.data/microintern.sqlite';

/** Where to keep data: a SQLite file, or a database server named by URL. */
export interface StoreLocation {
  /** A SQLite file path, or `:memory:`. */
  dbPath?: string;
  /** A `postgres://` URL (`DATABASE_URL`); takes precedence over `dbPath`. */
  databaseUrl?: string;
}

/**
 * Opens the store the deployment asks for. SQLite by default: one file, no server, right for a
 * single instance. A `DATABASE_URL` selects PostgreSQL, for several instances behind a load
 * balancer; the handlers only see the `Store` interface, so adding it means one more class
 * (Kysely's `PostgresDialect` over `pg`, a tsvector search, the same idempotency logic) and
 * one more branch here.
 *
 * @example
 * ```ts
 * const store = await openStore({ dbPath: process.env.MI_DB, databaseUrl: process.env.DATABASE_URL });
 * ```
 */
export async function openStore(location: StoreLocation): Promise<Store> {
  const url = location.databaseUrl?.trim();
  if (url) {
    if (!/^postgres(?:ql)?:\/\//i.test(url)) {
      throw new Error('DATABASE_URL must be a postgres:// or postgresql:// URL (unset it to use the SQLite file)');
    }
    throw new Error('PostgreSQL support needs the pg driver: not bundled in this example. Unset DATABASE_URL to use the SQLite file (MI_DB).');
  }
  const path = location.dbPath?.trim() || DEFAULT_DB_PATH;
  return openSqliteStore(path === ':memory:' ? path : resolve(path));
}
