#!/usr/bin/env node
// Where the bytes of the CDN board build go: every chunk of dist/cdn/mi-project-board.js (as
// packages/widgets/scripts/bundle.mjs splits it) with each module it holds, minified and gzipped
// on its own. Gzip figures per module overstate a little (each restarts its dictionary), but they
// rank well. Run: node bench/size-modules.mjs [chunk-name-part]
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const widgets = join(dirname(fileURLToPath(import.meta.url)), '..', 'packages', 'widgets');
const require = createRequire(join(widgets, 'package.json'));
const { rollup } = require('rollup');
const { transform } = require('esbuild');
const { BOARD_ENTRY, inputOptions, outputOptions } = await import(join(widgets, 'scripts', 'bundle.mjs'));
const only = process.argv[2];

// The board build exactly as bundle.mjs makes it, before minification.
const build = await rollup({ ...inputOptions(BOARD_ENTRY), logLevel: 'silent' });
const { output } = await build.generate(outputOptions(true));
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
  for (const r of rows) console.log(kb(r.min), kb(r.gzip), ' ', r.id);
}
await build.close();
