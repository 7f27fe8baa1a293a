// What `npm start` serves besides the API, shared with the end-to-end tests and the screenshot
// script so that they test exactly the site a user gets.
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The static folders of the site: the home page at `/`, each example with a page at
 * `/<name>/` (its built `dist/index.html` when it has one, as the React app does, else its own
 * `index.html`), the widget bundle at `/cdn/` and the docs at `/docs/`.
 *
 * @example
 * ```js
 * const { mounts, pages } = siteMounts(repoRoot);
 * // mounts: { '/': '…/examples/home', '/careers-page/': '…/examples/careers-page', … }
 * ```
 */
export function siteMounts(root = repoRoot) {
  const mounts = { '/': join(root, 'examples/home'), '/docs/': join(root, 'docs') };
  const pages = [];
  for (const name of readdirSync(join(root, 'examples')).sort()) {
    if (name === 'home') continue;
    const dir = join(root, 'examples', name);
    const folder = existsSync(join(dir, 'dist', 'index.html')) ? join(dir, 'dist') : existsSync(join(dir, 'index.html')) ? dir : undefined;
    if (!folder) continue;
    mounts[`/${name}/`] = folder;
    pages.push(name);
  }
  const cdn = join(root, 'packages/widgets/dist/cdn');
  if (existsSync(cdn)) mounts['/cdn/'] = cdn;
  return { mounts, pages };
}

/**
 * Starts the reference API (from its build) with the site's static folders on one origin.
 * Options are `startServer`'s; `staticDir` is filled in.
 *
 * @example
 * ```js
 * const { server, pages } = await startSite({ port: 0, dbPath: '/tmp/mi.sqlite' });
 * console.log(`${server.url}/careers-page/`);
 * await server.close();
 * ```
 */
export async function startSite(options = {}, root = repoRoot) {
  const entry = join(root, 'examples/api-server/dist/server.js');
  if (!existsSync(entry)) throw new Error(`${entry} is missing: build the workspace first (npm run build).`);
  const { startServer } = await import(pathToFileURL(entry).href);
  const { mounts, pages } = siteMounts(root);
  const server = await startServer({ ...options, staticDir: mounts });
  return { server, pages, mounts };
}
