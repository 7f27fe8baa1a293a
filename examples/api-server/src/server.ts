import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import type { Hono } from 'hono';
import { createApp } from './app.js';
import { resolveConfig, type AppConfig } from './config.js';
import { randomSecret } from './domain/secret-keys.js';
import type { AppEnv } from './http/env.js';
import { seedStore } from './seed.js';
import { openStore, type StoreLocation } from './store/open-store.js';
import type { Store } from './store/store.js';
import type { StaticMounts } from './http/static-files.js';
import { WebhookDispatcher } from './webhooks/dispatcher.js';

/** Options of {@link startServer}: where to keep data (a SQLite file by default), and how to serve. */
export interface StartServerOptions extends StoreLocation {
  /** 0 picks a free port. Default 8787. */
  port?: number;
  /** Loopback by default: exposing the API on a network is a deliberate choice. */
  host?: string;
  /** A folder served at `/` (the example pages). */
  staticDir?: StaticMounts;
  /** Overrides of the app settings (rate limit, extra origins…). */
  config?: Partial<AppConfig>;
  /** Seed an empty database with the example gigs. Default true. */
  seed?: boolean;
  /** Send the webhook outbox's deliveries from this process. Default true. */
  webhooks?: boolean;
  /** Called once the server accepts connections. */
  onListen?: (info: { url: string; port: number; host: string }) => void;
}

/** A running server. */
export interface RunningServer {
  url: string;
  port: number;
  store: Store;
  app: Hono<AppEnv>;
  /** Sends the webhook outbox (started unless `webhooks: false`). */
  webhooks: WebhookDispatcher;
  /** Stops accepting connections, lets open requests finish (5 s at most), then closes the database. */
  close(): Promise<void>;
}

/**
 * Opens the store (migrating and, when empty, seeding it), builds the app and serves it with
 * `@hono/node-server`. The cursor secret is kept in the database so cursors survive restarts
 * and work across instances that share it.
 *
 * @example
 * ```ts
 * const server = await startServer({ port: 0, dbPath: '/tmp/mi.sqlite' });
 * console.log(server.url); // http://127.0.0.1:54321
 * await server.close();
 * ```
 */
export async function startServer(options: StartServerOptions = {}): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1';
  const store = await openStore(options);
  let server: ServerType | undefined;
  try {
    if (options.seed !== false && (await store.isEmpty())) {
      await seedStore(store, { origins: options.config?.extraAllowedOrigins ?? [] });
    }
    const cursorSecret = Buffer.from(await store.getOrCreateSetting('cursor-secret', randomSecret), 'base64url');
    const config = resolveConfig({ ...options.config, cursorSecret });
    const webhooks = new WebhookDispatcher(store, { settings: config.webhooks, now: config.now, logError: config.logError });
    const app = createApp({ store, config, outbox: webhooks, ...(options.staticDir ? { staticDir: options.staticDir } : {}) });
    const listening = serve({ fetch: app.fetch, port: options.port ?? 8787, hostname: host });
    server = listening;
    await new Promise<void>((resolve, reject) => {
      listening.once('listening', resolve);
      listening.once('error', reject);
    });
    const { port } = listening.address() as AddressInfo;
    const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
    // Started once the server listens: deliveries a previous process left pending go out now.
    if (options.webhooks !== false) webhooks.start();
    options.onListen?.({ url, port, host });
    return { url, port, store, app, webhooks, close: () => closeAll(listening, store, webhooks) };
  } catch (error) {
    server?.close();
    await store.close();
    throw error;
  }
}

async function closeAll(server: ServerType, store: Store, webhooks: WebhookDispatcher): Promise<void> {
  await new Promise<void>((resolve) => {
    const force = setTimeout(() => {
      if ('closeAllConnections' in server) server.closeAllConnections();
    }, 5000);
    server.close(() => {
      clearTimeout(force);
      resolve();
    });
    // Idle keep-alive sockets would otherwise hold `close` open until they time out.
    if ('closeIdleConnections' in server) server.closeIdleConnections();
  });
  await webhooks.stop();
  await store.close();
}

/** Messages {@link closeOnSignals} prints. */
export interface CloseOnSignalsMessages {
  stopping?: (signal: NodeJS.Signals) => string;
  stopped?: string;
}

/**
 * Closes `server` on the first SIGINT or SIGTERM (Ctrl-C), then exits 0, or 1 when closing
 * failed. Later signals while it closes are ignored, so a second Ctrl-C does not cut the
 * database close short.
 *
 * @example
 * ```ts
 * closeOnSignals(await startServer({ port: 8787 }));
 * ```
 */
export function closeOnSignals(server: Pick<RunningServer, 'close'>, messages: CloseOnSignalsMessages = {}): void {
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    console.log(messages.stopping?.(signal) ?? `\n${signal}: stopping`);
    server.close().then(
      () => {
        if (messages.stopped) console.log(messages.stopped);
        process.exit(0);
      },
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
