import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import { methodNotAllowed } from 'hono/method-not-allowed';
import { resolveConfig, type AppConfig, type RateLimitSettings } from './config.js';
import { CursorCodec } from './domain/cursor.js';
import type { AppDeps, AppEnv } from './http/env.js';
import { KeyedLock } from './http/keyed-lock.js';
import { ProblemError, problemResponse } from './http/problem.js';
import { RateLimiter } from './http/rate-limit.js';
import { staticFiles, type StaticMounts } from './http/static-files.js';
import { ReadCache } from './http/read-cache.js';
import { applicationChangeRoutes } from './routes/application-changes.js';
import { applicationStatusRoutes } from './routes/application-status.js';
import { applicationReadRoutes } from './routes/applications-read.js';
import { applicationRoutes } from './routes/applications.js';
import { companyRoutes } from './routes/companies.js';
import { projectReadRoutes } from './routes/projects-read.js';
import { projectWriteRoutes } from './routes/projects-write.js';
import { webhookRoutes } from './routes/webhooks.js';
import type { Store } from './store/store.js';

/** Options of {@link createApp}. */
export interface CreateAppOptions {
  store: Store;
  /** Defaults are filled by `resolveConfig`. */
  config?: Partial<AppConfig>;
  /** Folders served outside `/v1` (the example pages): one folder at `/`, or prefix → folder. */
  staticDir?: StaticMounts;
  /** Told after events are written to the webhook outbox (the server's `WebhookDispatcher`). */
  outbox?: { kick(): void };
}

/**
 * The Micro-Internship API as a Hono app: a `fetch(request) => response` function, so it can be
 * served by Node (`startServer`), tested in process (`app.request('/v1/companies')`) or deployed
 * to an edge runtime with another store.
 *
 * Every error, including unknown routes, wrong methods, oversized bodies and unexpected failures,
 * is an `application/problem+json` document; a 500 never carries the error's message or stack.
 *
 * @example
 * ```ts
 * const app = createApp({ store: await openSqliteStore(':memory:') });
 * const res = await app.request('/v1/companies');
 * ```
 */
export function createApp({ store, config: partial, staticDir, outbox = { kick: () => undefined } }: CreateAppOptions): Hono<AppEnv> {
  const config = resolveConfig(partial);
  // The limiters share one table of buckets, so none may sweep before the slowest has refilled.
  const limits = [config.rateLimit, config.statusRateLimit, config.authRateLimit];
  const sweepAfterMs = Math.max(...limits.map((limit) => limit.windowMs));
  const limiter = (limit: RateLimitSettings) => new RateLimiter(store, limit, config.now, sweepAfterMs);
  const deps: AppDeps = {
    store,
    config,
    cursors: new CursorCodec(config.cursorSecret),
    rateLimiter: limiter(config.rateLimit),
    statusRateLimiter: limiter(config.statusRateLimit),
    authRateLimiter: limiter(config.authRateLimit),
    locks: new KeyedLock(),
    readCache: new ReadCache({ ttlMs: config.readCacheTtlMs, maxSize: config.readCacheMaxSize, now: config.now }),
    outbox,
  };
  const app = new Hono<AppEnv>();

  // Headers added after `next()` go straight onto the response: `c.header()` at that point
  // would rebuild the whole Response, which costs more than the rest of a cached read.
  app.use('*', async (c, next) => {
    await next();
    c.res.headers.set('X-Content-Type-Options', 'nosniff');
  });
  app.use(
    '*',
    methodNotAllowed({
      app,
      onMethodNotAllowed: (c, methods) =>
        problemResponse(
          { status: 405, type: 'method-not-allowed', title: 'Method not allowed', detail: `${c.req.method} is not supported here`, headers: { allow: methods.join(', ') } },
        ),
    }),
  );
  const limitBody = bodyLimit({
    maxSize: config.bodyLimitBytes,
    onError: () => {
      throw new ProblemError({ status: 413, type: 'payload-too-large', title: 'Payload too large', detail: `The body may be at most ${config.bodyLimitBytes} bytes` });
    },
  });
  // Only writes carry bodies; asking a GET for its body would make @hono/node-server build a
  // full Request object, a measurable cost on the hottest path.
  app.use('/v1/*', (c, next) => (c.req.method === 'POST' || c.req.method === 'PATCH' || c.req.method === 'PUT' ? limitBody(c, next) : next()));

  companyRoutes(app, deps);
  projectReadRoutes(app, deps);
  applicationRoutes(app, deps);
  projectWriteRoutes(app, deps);
  applicationReadRoutes(app, deps);
  applicationChangeRoutes(app, deps);
  applicationStatusRoutes(app, deps);
  webhookRoutes(app, deps);
  if (staticDir) app.use('/*', staticFiles(staticDir));

  app.notFound((c) => problemResponse({ status: 404, type: 'not-found', title: 'Not found', detail: `Nothing at ${c.req.path}` }));
  app.onError((error) => {
    if (error instanceof ProblemError) return problemResponse(error.init);
    if (error instanceof HTTPException && error.status < 500) {
      return problemResponse({ status: error.status, type: 'bad-request', title: 'Bad request' });
    }
    config.logError(error);
    return problemResponse({ status: 500, type: 'internal', title: 'Internal server error', detail: 'Something went wrong on our side; try again later' });
  });
  return app;
}
