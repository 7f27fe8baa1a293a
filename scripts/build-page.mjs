// Builds a Lit app page (the embed builder, the company console) into a static folder:
// index.html, its stylesheet and favicon, `<name>.js` and hashed chunks, all linked relatively,
// so the folder works under any path of the reference server and from any static host.
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Bundles `entry` as `<name>.js` (ES modules, code-split, minified, with source maps and the
 * licences linked) into `out`, emptied first, with the caller's esbuild `build` (each app
 * depends on esbuild itself; the repository's root does not), and copies `index.html` (through `page` when
 * given, to fill in its defaults) and the other `files` from `dir`.
 *
 * @example
 * ```js
 * await buildPage({ build, dir: here, out: join(here, 'dist'), name: 'console', entry: 'src/main.ts', files: ['console.css', 'favicon.svg'] });
 * ```
 */
export async function buildPage({ build, dir, out, name, entry, files = [], page = (html) => html }) {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  await build({
    entryPoints: { [name]: join(dir, entry) },
    bundle: true,
    splitting: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    sourcemap: true,
    outdir: out,
    chunkNames: 'chunks/[name]-[hash]',
    legalComments: 'linked',
    logLevel: 'warning',
  });
  writeFileSync(join(out, 'index.html'), page(readFileSync(join(dir, 'index.html'), 'utf8')));
  for (const file of files) copyFileSync(join(dir, file), join(out, file));
}
