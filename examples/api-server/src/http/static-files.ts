import { stat } from 'node:fs/promises';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Context, MiddlewareHandler } from 'hono';
import { COMPRESSIBLE_CONTENT_TYPE_REGEX } from 'hono/utils/compress';
import { CompressedBodies, negotiateEncoding } from './compressed-bodies.js';
import type { AppEnv } from './env.js';
import { etagMatches, fileEtag, IMMUTABLE_CACHE_CONTROL, isHashedAsset, REVALIDATE_CACHE_CONTROL } from './static-caching.js';

/** Below this, compressing saves fewer bytes than a round trip's headers (Hono's `compress` agrees). */
const MIN_COMPRESSED_SIZE = 1024;

/**
 * Folders served outside `/v1`: one folder at `/`, or several under URL prefixes
 * (`{ '/': 'examples/home', '/cdn/': 'packages/widgets/dist/cdn' }`), so `npm start` can serve
 * every example and the widget bundle from one origin without copying files.
 */
export type StaticMounts = string | Readonly<Record<string, string>>;

/**
 * Static files for GET and HEAD through `@hono/node-server`'s `serveStatic`, which refuses `..`
 * segments and encoded separators and sets the content type from the extension. The longest
 * matching prefix wins; a prefix asked for without its trailing slash is redirected to it.
 * Registered with `use` (not `get`) so it does not turn every unknown POST into a 405.
 *
 * On top, what a CDN would do, so pages load as they will in production:
 * - hashed build files ({@link isHashedAsset}) get `Cache-Control: public, max-age=31536000,
 *   immutable`; everything else gets `no-cache`, and every file a weak `ETag` from its size and
 *   mtime, so a repeat `If-None-Match` is answered `304` without a body;
 * - text of 1 KB or more (Hono's list of compressible types: JS, CSS, HTML, JSON, SVG, source
 *   maps, plain text; not PNG, JPEG, WebP or WOFF2, which are compressed already) is sent
 *   brotli- or gzip-encoded as `Accept-Encoding` allows, with `Vary: Accept-Encoding`, HEAD
 *   included. Compressed bodies are kept in a bounded {@link CompressedBodies} cache.
 *
 * Range requests still get `serveStatic`'s uncompressed `206`.
 *
 * @example
 * ```ts
 * app.use('/*', staticFiles({ '/': 'site', '/cdn/': 'dist/cdn' }));
 * ```
 */
export function staticFiles(mounts: StaticMounts): MiddlewareHandler<AppEnv> {
  const bodies = new CompressedBodies();
  const table = Object.entries(typeof mounts === 'string' ? { '/': mounts } : mounts)
    .map(([prefix, root]) => {
      const normalised = `/${prefix.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
      return {
        prefix: normalised,
        serve: serveStatic<AppEnv>({
          root,
          rewriteRequestPath: (path) => `/${path.slice(normalised.length)}`,
          onFound: (file, c) => c.set('staticFile', file),
        }),
      };
    })
    .sort((a, b) => b.prefix.length - a.prefix.length);

  return async (c, next) => {
    if ((c.req.method !== 'GET' && c.req.method !== 'HEAD') || c.req.path.startsWith('/v1/')) return next();
    const path = c.req.path;
    if (path !== '/' && table.some((m) => m.prefix === `${path}/`)) return c.redirect(`${path}/`, 301);
    const mount = table.find((m) => path.startsWith(m.prefix));
    if (!mount) return next();
    const res = await mount.serve(c, next);
    const file = c.get('staticFile');
    return res && file ? cdnAnswer(c, res, file, bodies) : res;
  };
}

/** `serveStatic`'s answer for `file` with cache headers, a 304 when revalidated, and compressed when it pays. */
async function cdnAnswer(c: Context<AppEnv>, res: Response, file: string, bodies: CompressedBodies): Promise<Response> {
  const stats = await stat(file);
  const etag = fileEtag(stats);
  const caching = new Headers({ 'cache-control': isHashedAsset(c.req.path) ? IMMUTABLE_CACHE_CONTROL : REVALIDATE_CACHE_CONTROL, etag });
  const compressible = stats.size >= MIN_COMPRESSED_SIZE && COMPRESSIBLE_CONTENT_TYPE_REGEX.test(res.headers.get('content-type') ?? '');
  if (compressible) caching.set('vary', 'Accept-Encoding');

  if (etagMatches(c.req.header('if-none-match'), etag)) {
    await res.body?.cancel();
    return new Response(null, { status: 304, headers: caching });
  }
  for (const [name, value] of caching) res.headers.set(name, value);
  const encoding = compressible && res.status === 200 ? negotiateEncoding(c.req.header('accept-encoding')) : undefined;
  if (!encoding) return res;

  const body = await bodies.get({ path: file, mtimeMs: stats.mtimeMs, size: stats.size }, encoding);
  const headers = new Headers(res.headers);
  headers.set('content-encoding', encoding);
  headers.set('content-length', String(body.length));
  // Closes the file stream serveStatic opened for the identity body.
  await res.body?.cancel();
  // zlib's Buffers sit on plain ArrayBuffers; the DOM types only want that spelled out.
  return new Response(c.req.method === 'HEAD' ? null : (body as Uint8Array<ArrayBuffer>), { status: 200, headers });
}
