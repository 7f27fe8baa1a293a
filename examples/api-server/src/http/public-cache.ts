import type { MiddlewareHandler } from 'hono';
import { etag } from 'hono/etag';
import type { AppEnv } from './env.js';
import { cachedRead, type ReadCache } from './read-cache.js';

/** Lets browsers and CDNs reuse a board page for 30 s and serve it stale while refreshing. */
export const PUBLIC_CACHE_CONTROL = 'public, max-age=30, stale-while-revalidate=300';

/**
 * Headers for public reads: any origin may read them (they hold nothing private), they are
 * cacheable, and they carry an ETag (a hash of the body, from Hono's `etag` middleware) so a
 * repeat request with `If-None-Match` gets an empty 304.
 *
 * `Access-Control-Allow-Origin` is set last, on the way out, so 304 and error answers carry it
 * too and a browser can read them. Answers come from the {@link ReadCache} when fresh there.
 *
 * @example
 * ```ts
 * app.get('/v1/companies', ...publicRead(cache), (c) => c.json(companies));
 * ```
 */
export function publicRead(cache: ReadCache): [MiddlewareHandler<AppEnv>, MiddlewareHandler<AppEnv>, MiddlewareHandler<AppEnv>, MiddlewareHandler<AppEnv>] {
  const cacheControl: MiddlewareHandler<AppEnv> = async (c, next) => {
    await next();
    if (c.res.ok) c.res.headers.set('Cache-Control', PUBLIC_CACHE_CONTROL);
  };
  const anyOrigin: MiddlewareHandler<AppEnv> = async (c, next) => {
    await next();
    c.res.headers.set('Access-Control-Allow-Origin', '*');
    c.res.headers.set('Access-Control-Expose-Headers', 'ETag');
  };
  return [anyOrigin, etag(), cacheControl, cachedRead(cache)];
}

/** Marks private answers (secret-key reads) as never to be stored by any cache. */
export const noStore: MiddlewareHandler<AppEnv> = async (c, next) => {
  await next();
  c.res.headers.set('Cache-Control', 'no-store');
};
