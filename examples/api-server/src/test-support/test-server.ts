import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient, type ClientOptions } from '@microintern/core';
import type { AppConfig } from '../config.js';
import { newId } from '../domain/ids.js';
import { generateSecretKey } from '../domain/secret-keys.js';
import { startServer, type RunningServer } from '../server.js';
import type { CompanyRecord } from '../store/store.js';
import type { StaticMounts } from '../http/static-files.js';

/** Settings that keep tests independent of the rate limit unless a test asks for one. */
const TEST_CONFIG: Partial<AppConfig> = { rateLimit: { max: 1_000_000, windowMs: 60_000 } };

export interface TestServerOptions {
  config?: Partial<AppConfig>;
  seed?: boolean;
  staticDir?: StaticMounts;
}

/** A real server on 127.0.0.1 and a free port, over a SQLite file in a fresh temporary folder. */
export interface TestServer {
  url: string;
  dbPath: string;
  running: RunningServer;
  /** Unexpected errors the app reported (a 500 happened when this is not empty). */
  errors: unknown[];
  /** A client for this server; `company` and `key` as given. */
  client(options?: Partial<ClientOptions>): ReturnType<typeof createClient>;
  company(slug: string): Promise<CompanyRecord>;
  /** Makes a secret key for a company and returns it. */
  secretKey(companySlug: string): Promise<string>;
  /** Closes the server and the database, keeping the file. */
  stop(): Promise<void>;
  /** Starts a new server on the same file (after {@link stop}). */
  restart(): Promise<TestServer>;
  /** Stops the server and deletes the folder. */
  close(): Promise<void>;
}

async function start(dir: string, options: TestServerOptions): Promise<TestServer> {
  const dbPath = join(dir, 'microintern.sqlite');
  const errors: unknown[] = [];
  const running = await startServer({
    port: 0,
    dbPath,
    seed: options.seed ?? true,
    ...(options.staticDir ? { staticDir: options.staticDir } : {}),
    config: { ...TEST_CONFIG, logError: (error) => errors.push(error), ...options.config },
  });
  let stopped = false;
  const server: TestServer = {
    url: running.url,
    dbPath,
    running,
    errors,
    client: (clientOptions = {}) => createClient({ baseUrl: running.url, retry: 0, timeout: 30_000, ...clientOptions }),
    async company(slug) {
      const company = await running.store.findCompany(slug);
      if (!company) throw new Error(`No company ${slug}`);
      return company;
    },
    async secretKey(companySlug) {
      const company = await server.company(companySlug);
      const key = generateSecretKey('test');
      await running.store.createApiKey({ id: newId('key'), companyId: company.id, hash: key.hash, prefix: key.prefix, mode: key.mode, createdAt: Date.now(), revokedAt: null });
      return key.secret;
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      await running.close();
    },
    async restart() {
      await server.stop();
      const next = await start(dir, options);
      next.close = async () => {
        await next.stop();
        rmSync(dir, { recursive: true, force: true });
      };
      return next;
    },
    async close() {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return server;
}

/**
 * Starts a seeded test server. Close it in `after()`.
 *
 * @example
 * ```ts
 * const server = await startTestServer();
 * const page = await server.client({ company: 'forkful' }).projects.page();
 * await server.close();
 * ```
 */
export function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  return start(mkdtempSync(join(tmpdir(), 'mi-api-test-')), options);
}
