import { serveStatic } from '@hono/node-server/serve-static';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './env.js';

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
 * @example
 * ```ts
 * app.use('/*', staticFiles({ '/': 'site', '/cdn/': 'dist/cdn' }));
 * ```
 */
export function staticFiles(mounts: StaticMounts): MiddlewareHandler<AppEnv> {
  const table = Object.entries(typeof mounts === 'string' ? { '/': mounts } : mounts)
    .map(([prefix, root]) => {
      const normalised = `/${prefix.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
      return {
        prefix: normalised,
        serve: serveStatic<AppEnv>({ root, rewriteRequestPath: (path) => `/${path.slice(normalised.length)}` }),
      };
    })
    .sort((a, b) => b.prefix.length - a.prefix.length);

  return async (c, next) => {
    if ((c.req.method !== 'GET' && c.req.method !== 'HEAD') || c.req.path.startsWith('/v1/')) return next();
    const path = c.req.path;
    if (path !== '/' && table.some((m) => m.prefix === `${path}/`)) return c.redirect(`${path}/`, 301);
    const mount = table.find((m) => path.startsWith(m.prefix));
    return mount ? mount.serve(c, next) : next();
  };
}
