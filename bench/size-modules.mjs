#!/usr/bin/env node
// Where the bytes of the CDN board build go: every chunk of dist/cdn/mi-project-board.js (as
// packages/widgets/scripts/bundle.mjs splits it) with each module it holds, minified and gzipped
// on its own. Gzip figures per module overstate a little (each restarts its dictionary), but they
// rank well. `--all` does the same for dist/cdn/mi-widgets.js (one file, nothing split), with a
// total per package at the end. Run: node bench/size-modules.mjs [--all] [chunk-name-part]
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const widgets = join(dirname(fileURLToPath(import.meta.url)), '..', 'packages', 'widgets');
const require = createRequire(join(widgets, 'package.json'));
const { rollup } = require('rollup');
const { transform } = require('esbuild');
const { ALL_ENTRY, BOARD_ENTRY, inputOptions, outputOptions } = await import(join(widgets, 'scripts', 'bundle.mjs'));
const all = process.argv.includes('--all');
const only = process.argv.slice(2).find((arg) => !arg.startsWith('--'));

// The build exactly as bundle.mjs makes it, before minification.
const build = await rollup({ ...inputOptions(all ? ALL_ENTRY : BOARD_ENTRY), logLevel: 'silent' });
const { output } = await build.generate(outputOptions(!all));
const packages = new Map();
const kb = (n) => `${(n / 1024).toFixed(1)} KB`.padStart(9);
for (const chunk of output) {
  if (chunk.type !== 'chunk' || (only && !chunk.fileName.includes(only))) continue;
  const rows = [];
  for (const [id, mod] of Object.entries(chunk.modules)) {
    if (!mod.code) continue;
    const { code } = await transform(mod.code, { minify: true, loader: 'js' });
    rows.push({ min: code.length, gzip: gzipSync(code, { level: 9 }).length, id: id.replace(/.*node_modules\/(\.pnpm\/[^/]+\/node_modules\/)?/, '').replace(/.*\/packages\//, '') });
  }
  rows.sort((a, b) => b.gzip - a.gzip);
  console.log(`\n${chunk.fileName}`);
  for (const r of rows) {
    console.log(kb(r.min), kb(r.gzip), ' ', r.id);
    const name = r.id.startsWith('core/') || r.id.startsWith('widgets/') ? r.id.split('/').slice(0, 3).join('/') : r.id.split('/')[0];
    packages.set(name, (packages.get(name) ?? 0) + r.gzip);
  }
}
await build.close();
if (all) {
  console.log('\nby package or folder (sum of per-module gzip)');
  for (const [name, gzip] of [...packages].sort((a, b) => b[1] - a[1])) console.log(kb(gzip), ' ', name);
}
