import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

/** A PostgreSQL server for tests, and how to reach it. */
export interface TestPostgres {
  /** `postgres://postgres@127.0.0.1:PORT/postgres`, what `DATABASE_URL` would be. */
  url: string;
  /**
   * Resolves once the server has let go of its last connection. A closed pool's socket can
   * still be open on the server side for a moment, and the next connection would be turned
   * away: call this between opening stores.
   */
  idle(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Starts a real PostgreSQL for tests without installing one: PGlite (PostgreSQL compiled to
 * WebAssembly, shipped in its npm package) behind a socket that speaks the PostgreSQL wire
 * protocol, so the store connects with the same `pg` driver and URL a deployment uses. PGlite
 * has one session, so the socket takes one connection at a time: open stores on it with a pool
 * of one connection. Starting takes a few seconds.
 *
 * @example
 * ```ts
 * const pg = await startTestPostgres();
 * const store = await openPostgresStore(pg.url, { maxConnections: 1 });
 * ```
 */
export async function startTestPostgres(): Promise<TestPostgres> {
  const db = await PGlite.create();
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0 });
  await server.start();
  return {
    url: `postgres://postgres@${server.getServerConn()}/postgres`,
    async idle() {
      for (let waited = 0; server.getStats().activeConnections > 0; waited += 10) {
        if (waited > 5000) throw new Error('The test PostgreSQL still has a connection open after 5 s');
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    },
    async close() {
      await server.stop();
      await db.close();
    },
  };
}
