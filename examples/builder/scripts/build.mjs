#!/usr/bin/env node
// Builds the builder into a static folder: index.html, builder.css, builder.js and its chunks,
// all linked relatively, so the folder works at /builder/ on the reference server and anywhere
// else (docs/builder/ with `npm run docs`).
//
//   node scripts/build.mjs [--out DIR] [--api URL] [--feed URL] [--script URL]
//
// --api, --feed and --script fill the page's <meta name="mi-builder-…"> defaults, for a copy
// served away from the reference API; without them the page uses its own origin.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const here = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { out: { type: 'string' }, api: { type: 'string' }, feed: { type: 'string' }, script: { type: 'string' } } });
const out = resolve(values.out ?? join(here, 'dist'));

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
await build({
  entryPoints: { builder: join(here, 'src/main.ts') },
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
const escape = (value) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
let page = readFileSync(join(here, 'index.html'), 'utf8');
for (const name of ['api', 'feed', 'script']) {
  if (values[name] === undefined) continue;
  if (!/^https?:\/\/\S+$/i.test(values[name])) throw new Error(`--${name} must be an http(s) URL, not "${values[name]}"`);
  page = page.replace(`<meta name="mi-builder-${name}" content="">`, `<meta name="mi-builder-${name}" content="${escape(values[name])}">`);
}
writeFileSync(join(out, 'index.html'), page);
for (const file of ['builder.css', 'favicon.svg']) copyFileSync(join(here, file), join(out, file));
console.log(`examples/builder: built ${out}`);
