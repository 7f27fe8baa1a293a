import type { HttpBindings } from '@hono/node-server';
import type { Project } from '@microintern/core';
import type { AppConfig } from '../config.js';
import type { CursorCodec } from '../domain/cursor.js';
import type { ApiKeyRecord, CompanyRecord, Store } from '../store/store.js';
import type { KeyedLock } from './keyed-lock.js';
import type { RateLimiter } from './rate-limit.js';
import type { ReadCache } from './read-cache.js';

/** What middleware leaves for the handlers on the request context. */
export interface AppVariables {
  /** The company the request is about (from the path, or from the project on marketplace routes). */
  company: CompanyRecord;
  /** The authenticated secret key, on secret-key routes. */
  apiKey: ApiKeyRecord | undefined;
  /** The project an application is for. */
  project: Project;
  /** The parsed JSON body. */
  body: unknown;
  /** Set to `false` by a handler whose answer must not be stored for idempotent replay. */
  idempotencyStore: boolean;
  /** Set by a handler whose answer holds a secret: what is stored for replay instead of the body. */
  idempotencyBody: string | undefined;
  /** The file `serveStatic` found for this request, for the static layer's headers and encodings. */
  staticFile: string | undefined;
}

/** The Hono environment of this app. Bindings are Node's when served by `@hono/node-server`. */
export interface AppEnv {
  Bindings: Partial<HttpBindings>;
  Variables: AppVariables;
}

/** Shared services the route modules are built with. */
export interface AppDeps {
  store: Store;
  config: AppConfig;
  cursors: CursorCodec;
  rateLimiter: RateLimiter;
  /** Status-link lookups, per client IP. */
  statusRateLimiter: RateLimiter;
  /** Failed secret-key attempts, per client IP and company. */
  authRateLimiter: RateLimiter;
  locks: KeyedLock;
  /** Public read answers; cleared by writes. */
  readCache: ReadCache;
  /** Told when events were written to the webhook outbox, so they go out at once. */
  outbox: { kick(): void };
}
