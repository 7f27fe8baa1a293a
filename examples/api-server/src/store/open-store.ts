import { resolve } from 'node:path';
import { openPostgresStore } from './postgres-store.js';
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
  /** Most connections to PostgreSQL (`DATABASE_POOL_MAX`). Default 10. */
  poolSize?: number;
}

/**
 * Opens the store the deployment asks for. SQLite by default: one file, no server, right for a
 * single instance. A `DATABASE_URL` selects PostgreSQL, for several instances behind a load
 * balancer. Both are the same `KyselyStore`; only migrations and full-text search differ.
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
    return openPostgresStore(url, location.poolSize !== undefined ? { maxConnections: location.poolSize } : {});
  }
  const path = location.dbPath?.trim() || DEFAULT_DB_PATH;
  return openSqliteStore(path === ':memory:' ? path : resolve(path));
}

/**
 * Where to keep data, as the environment says: `MI_DB` (a SQLite file), `DATABASE_URL`
 * (PostgreSQL, which wins) and `DATABASE_POOL_MAX` (its connections per instance, 1–1000).
 * Read the same way by the server, `npm start` and the admin command. Throws on a bad pool size.
 *
 * @example
 * ```ts
 * const store = await openStore(storeLocationFromEnv(process.env));
 * ```
 */
export function storeLocationFromEnv(env: NodeJS.ProcessEnv): StoreLocation {
  const location: StoreLocation = {};
  if (env.MI_DB) location.dbPath = env.MI_DB;
  if (env.DATABASE_URL) location.databaseUrl = env.DATABASE_URL;
  if (env.DATABASE_POOL_MAX) {
    const n = Number(env.DATABASE_POOL_MAX);
    if (!Number.isInteger(n) || n < 1 || n > 1000) throw new Error(`DATABASE_POOL_MAX must be a whole number from 1 to 1000, not "${env.DATABASE_POOL_MAX}"`);
    location.poolSize = n;
  }
  return location;
}
