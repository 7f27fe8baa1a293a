#!/usr/bin/env node
// Builds the script-tag files with esbuild, every dependency inside (Lit, @lit/task,
// @lit/context, floating-ui, @microintern/core with zod/mini and ky):
//
//   dist/cdn/mi-widgets.js        every element, registered on load: one self-contained file
//   dist/cdn/mi-project-board.js  <mi-project-board> and <mi-project-card> only, code-split:
//                                 what a board needs to render comes in this file; the feed
//                                 reader or the API client (whichever the board uses), the
//                                 popover positioning and the JSON-LD mapping come from
//                                 dist/cdn/chunks/ when first needed
//
// Both are minified ES modules for `<script type="module" src="…">`. Lit's production build is
// used (no `development` export condition), and the static text of css``/html`` templates is
// minified too (scripts/minify-templates.mjs). Licence comments are collected into
// `*.LEGAL.txt` next to each file instead of bloating it.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { coreImportsPlugin } from './core-imports.mjs';
import { minifyTemplatesPlugin } from './minify-templates.mjs';

const here = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The self-contained CDN file: every element. */
export const ALL_ENTRY = { in: 'src/index.ts', out: 'mi-widgets' };
/** The code-split CDN file for pages that show only a board (and cards). */
export const BOARD_ENTRY = { in: 'src/components/project-board/project-board.ts', out: 'mi-project-board' };

/** esbuild options shared by the CDN build and the size benchmark. */
export const cdnOptions = {
  absWorkingDir: here,
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2022',
  platform: 'browser',
  conditions: ['production'],
  legalComments: 'linked',
  sourcemap: 'linked',
  tsconfig: join(here, 'tsconfig.build.json'),
  logLevel: 'warning',
  plugins: [minifyTemplatesPlugin(), coreImportsPlugin(here)],
};

async function main() {
  const started = Date.now();
  const outdir = join(here, 'dist', 'cdn');
  rmSync(outdir, { recursive: true, force: true });
  await Promise.all([
    build({ ...cdnOptions, entryPoints: [ALL_ENTRY], outdir }),
    build({ ...cdnOptions, entryPoints: [BOARD_ENTRY], outdir, splitting: true, chunkNames: 'chunks/[name]-[hash]' }),
  ]);
  console.log(`bundled dist/cdn/mi-widgets.js and dist/cdn/mi-project-board.js (+ chunks) in ${Date.now() - started} ms`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
