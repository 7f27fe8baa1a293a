// What the size benchmarks measure in the widgets' CDN build: the files a page fetches (a
// file plus the chunks it imports statically), the lazy chunk an import() names, and an
// element's own code minified with its dependencies left out. Shared by bench/size.mjs and
// bench/apply.mjs so both count bytes the same way.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { requireFromWidgets, widgets } from './support.mjs';

/** The CDN build's folder. */
export const cdn = join(widgets, 'dist', 'cdn');

export const KB = 1024;

/** Gzipped size, gzip -9. */
export const gz = (bytes) => gzipSync(bytes, { level: 9 }).length;

/** Builds the CDN files fresh (bundle.mjs); exits when the build fails. */
export function buildCdn() {
  const built = spawnSync(process.execPath, [join(widgets, 'scripts', 'bundle.mjs')], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

/** A file plus every chunk it imports statically, transitively (dynamic `import()` excluded). */
export function closure(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const m of code.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[\w*${}\s,]*from\s*)?["'](\.[^"']+)["']/g)) {
    closure(join(dirname(file), m[1]), seen);
  }
  return seen;
}

/** The lazily imported chunk whose name starts with `prefix`, as the `entry` file's chunks name it (the board's by default). */
export function lazyChunk(prefix, entry = 'mi-project-board.js') {
  for (const file of closure(join(cdn, entry))) {
    const m = readFileSync(file, 'utf8').match(new RegExp(`import\\(["'](\\./(?:chunks/)?${prefix}[^"']+)["']\\)`));
    if (m) return join(dirname(file), m[1]);
  }
  throw new Error(`The ${entry} bundle has no lazy ${prefix} chunk`);
}

/** Files, minified bytes and gzipped bytes (each file gzipped alone, as each is fetched). */
export function measure(files) {
  let min = 0;
  let zipped = 0;
  for (const file of files) {
    const bytes = readFileSync(file);
    min += bytes.length;
    zipped += gz(bytes);
  }
  return { files: files.size ?? files.length, min, gzip: zipped };
}

const NPM = ['lit', 'lit/*', '@lit/*', '@microintern/core'];

/** An element's own code: `entry` (relative to the widgets package) minified, npm packages and `more` left out. */
export async function ownCode(entry, more = []) {
  const { build } = requireFromWidgets('esbuild');
  const { cdnOptions } = await import(join(widgets, 'scripts', 'bundle.mjs'));
  const result = await build({ ...cdnOptions, entryPoints: [join(widgets, entry)], external: [...NPM, ...more], write: false, sourcemap: false, legalComments: 'none', outdir: '/mi-size' });
  const code = result.outputFiles.find((f) => f.path.endsWith('.js')).contents;
  return { files: 1, min: code.length, gzip: gz(code) };
}
