#!/usr/bin/env node
// Builds the script-tag files, every dependency inside (Lit, @lit/task, @lit/context,
// @microintern/core with zod/mini and ky):
//
//   dist/cdn/mi-widgets.js        every element, registered on load: one self-contained file
//   dist/cdn/mi-application-status.js  <mi-application-status> alone, code-split, for the
//                                 applicant's status page
//   dist/cdn/mi-project-board.js  <mi-project-board> and <mi-project-card> only, code-split:
//                                 what a board needs to render comes in this file; the feed
//                                 reader or the API client (whichever the board uses), the
//                                 JSON-LD mapping, other languages and
//                                 the apply dialog come from dist/cdn/chunks/ when first needed
//
// Rollup bundles and esbuild minifies. Rollup rather than esbuild's own splitter: esbuild makes
// every dynamic import an entry point, so each module shared by the board and one of its lazy
// parts becomes a chunk of its own, and the board's first load was seven files that compress
// separately. Rollup keeps what the board file already holds in the board file and lets the
// lazy chunks import it from there: the first load is one file, the API client one more.
//
// Lit's production build is used (no `development` export condition), and the static text of
// css``/html`` templates is minified too (scripts/minify-templates.mjs). Licence comments are
// collected into `*.LEGAL.txt` next to each file instead of bloating it.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { transform } from 'esbuild';
import { existsSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rollup } from 'rollup';
import { minify as terser } from 'terser';
import { minifyTemplates, minifyTemplatesPlugin } from './minify-templates.mjs';

const here = join(dirname(fileURLToPath(import.meta.url)), '..');
const src = join(here, 'src');

/** The self-contained CDN file: every element. */
export const ALL_ENTRY = { in: 'src/index.ts', out: 'mi-widgets' };
/** The code-split CDN file for pages that show only a board (and cards). */
export const BOARD_ENTRY = { in: 'src/components/project-board/project-board.ts', out: 'mi-project-board' };
/**
 * The applicant's status page: `<mi-application-status>` alone, its client and schema in lazy
 * chunks. Not part of `mi-widgets.js`, which is what careers pages load: a status page is a page
 * of its own and needs nothing else.
 */
export const STATUS_ENTRY = { in: 'src/components/application-status/application-status.ts', out: 'mi-application-status' };

/**
 * esbuild options for measuring one module on its own (bench/size.mjs and bench/apply.mjs build
 * each element's own code with its dependencies left out); the CDN files are built by rollup.
 */
export const cdnOptions = {
  absWorkingDir: here,
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2022',
  platform: 'browser',
  conditions: ['production'],
  tsconfig: join(here, 'tsconfig.build.json'),
  logLevel: 'warning',
  plugins: [minifyTemplatesPlugin()],
};

/** This package's TypeScript: `./x.js` specifiers name `./x.ts`; templates minified; types stripped. */
function sourcesPlugin() {
  return {
    name: 'mi-sources',
    resolveId(source, importer) {
      if (!importer?.startsWith(src) || !source.startsWith('.') || !source.endsWith('.js')) return null;
      const file = resolve(dirname(importer), source.slice(0, -3) + '.ts');
      return existsSync(file) ? file : null;
    },
    async transform(code, id) {
      if (!id.startsWith(src) || !id.endsWith('.ts')) return null;
      const result = await transform(minifyTemplates(code), {
        loader: 'ts',
        format: 'esm',
        target: 'es2022',
        sourcefile: id,
        sourcemap: true,
        tsconfigRaw: { compilerOptions: { verbatimModuleSyntax: true } },
      });
      return { code: result.code, map: result.map };
    },
  };
}

/**
 * Minifies each finished chunk and moves its licence comments to `<file>.LEGAL.txt` (the chunk
 * ends with a comment naming that file). esbuild
 * minifies first (and collects the licence comments), then terser's compressor takes another
 * 2-3 % off (mi-widgets.js 72.8 -> 71.0 KB min+gzip) with its default, safe options; the source
 * maps of both steps are chained.
 */
function minifyPlugin() {
  const legal = new Map();
  return {
    name: 'mi-minify',
    async renderChunk(code, chunk) {
      const result = await transform(code, { minify: true, format: 'esm', target: 'es2022', sourcemap: true, legalComments: 'external' });
      const tersed = await terser(result.code, {
        module: true,
        ecma: 2020,
        format: { comments: false },
        sourceMap: { content: result.map, asObject: true },
      });
      const map = tersed.map;
      if (!result.legalComments?.trim()) return { code: tersed.code, map };
      const name = chunk.fileName.split('/').pop();
      legal.set(chunk.fileName, result.legalComments);
      return { code: `${tersed.code}/*! ${name}.LEGAL.txt */`, map };
    },
    generateBundle(_options, files) {
      // Names still held hash placeholders in renderChunk; the chunks now carry their real names.
      for (const file of Object.values(files)) {
        const text = file.type === 'chunk' && legal.get(file.preliminaryFileName);
        if (text) this.emitFile({ type: 'asset', fileName: `${file.fileName}.LEGAL.txt`, source: text });
      }
      legal.clear();
    },
  };
}

/** Rollup's input options for one CDN file (also what bench/size-modules.mjs analyses). */
export function inputOptions(entry) {
  return {
    input: { [entry.out]: join(here, entry.in) },
    plugins: [sourcesPlugin(), nodeResolve({ exportConditions: ['production'], browser: true })],
    preserveEntrySignatures: 'allow-extension',
    // Warnings only: not the report of which small chunks were merged.
    logLevel: 'warn',
    onwarn(warning, warn) {
      // zod's own sources: a circular import between two of its core files, and comments that
      // merely mention `@__PURE__`. Neither affects the output.
      if ((warning.code === 'CIRCULAR_DEPENDENCY' || warning.code === 'INVALID_ANNOTATION') && /[\\/]zod[\\/]/.test(warning.message + (warning.id ?? ''))) return;
      warn(warning);
    },
  };
}

const ZOD = /[\\/]node_modules[\\/](?:\.pnpm[\\/][^\\/]+[\\/]node_modules[\\/])?zod[\\/]/;
/**
 * zod is needed only by lazily loaded code (answers the quick readers doubt, the apply form),
 * but several lazy chunks share it, and rollup's merging of small shared chunks would put it in
 * the board file: it gets a chunk of its own.
 */
function manualChunks(id) {
  if (ZOD.test(id)) return 'zod';
  return undefined;
}

/** Rollup's output options: `split` puts lazily imported code in `chunks/`, otherwise it is inlined. */
export function outputOptions(split) {
  return {
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    inlineDynamicImports: !split,
    experimentalMinChunkSize: 1024,
    ...(split ? { manualChunks } : {}),
  };
}

/** Builds one CDN file, minified, with source maps and its licence file. */
async function bundle(entry, outdir, split) {
  const build = await rollup(inputOptions(entry));
  await build.write({ ...outputOptions(split), dir: outdir, sourcemap: true, plugins: [minifyPlugin()] });
  await build.close();
}

async function main() {
  const started = Date.now();
  const outdir = join(here, 'dist', 'cdn');
  rmSync(outdir, { recursive: true, force: true });
  // The two split entries write into one chunks/ folder; rollup names chunks by content hash, so
  // they cannot overwrite each other.
  await Promise.all([bundle(ALL_ENTRY, outdir, false), bundle(BOARD_ENTRY, outdir, true), bundle(STATUS_ENTRY, outdir, true)]);
  console.log(`bundled dist/cdn/mi-widgets.js, mi-project-board.js and mi-application-status.js (+ chunks) in ${Date.now() - started} ms`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
