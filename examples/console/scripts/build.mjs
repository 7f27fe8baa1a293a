#!/usr/bin/env node
// Builds the console into a static folder (index.html, console.css, console.js and its chunks,
// linked relatively) that `npm start` serves at /console/, next to the API it calls.
//
//   node scripts/build.mjs [--out DIR]
import { build } from 'esbuild';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildPage } from '../../../scripts/build-page.mjs';

const here = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { out: { type: 'string' } } });
const out = resolve(values.out ?? join(here, 'dist'));
await buildPage({ build, dir: here, out, name: 'console', entry: 'src/main.ts', files: ['console.css', 'favicon.svg'] });
console.log(`examples/console: built ${out}`);
