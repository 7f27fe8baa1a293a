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
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildPage } from '../../../scripts/build-page.mjs';

const here = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { out: { type: 'string' }, api: { type: 'string' }, feed: { type: 'string' }, script: { type: 'string' } } });
const out = resolve(values.out ?? join(here, 'dist'));

const escape = (value) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
for (const name of ['api', 'feed', 'script']) {
  if (values[name] !== undefined && !/^https?:\/\/\S+$/i.test(values[name])) throw new Error(`--${name} must be an http(s) URL, not "${values[name]}"`);
}
function fillDefaults(page) {
  for (const name of ['api', 'feed', 'script']) {
    if (values[name] === undefined) continue;
    page = page.replace(`<meta name="mi-builder-${name}" content="">`, `<meta name="mi-builder-${name}" content="${escape(values[name])}">`);
  }
  return page;
}
await buildPage({ build, dir: here, out, name: 'builder', entry: 'src/main.ts', files: ['builder.css', 'favicon.svg'], page: fillDefaults });
console.log(`examples/builder: built ${out}`);
