// An esbuild plugin that points each `import { … } from '@microintern/core'` in the widgets at
// the core modules that define those names, instead of core's index.
//
// Why: esbuild's code splitting places whole files in chunks by which entry points reach them,
// and core's index re-exports every module (`export * from …`). Through the index, the board's
// entry "reaches" the feed reader, the HTTP client and the JSON-LD mapping, so they would all
// land in a chunk the board loads up front even though only lazy imports use them. Importing
// the defining modules directly lets the lazy parts stay in their own chunks. The names and
// modules come from core's built index, so nothing here is hand-maintained.
import { build } from 'esbuild';
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const IMPORT = /(?:import|export)\s*\{([^}]*)\}\s*from\s*['"]@microintern\/core['"]/g;

/** Maps every value export of core's index to the absolute path of the module defining it. */
async function exportMap(fromDir) {
  const index = fileURLToPath(import.meta.resolve('@microintern/core', pathToFileURL(join(fromDir, 'package.json')).href));
  const source = await readFile(index, 'utf8');
  const map = new Map();
  const starFiles = [];
  for (const m of source.matchAll(/export\s+(\*|\{[^}]*\})\s+from\s+['"]([^'"]+)['"]/g)) {
    const file = resolve(dirname(index), m[2]);
    if (m[1] === '*') starFiles.push(file);
    else for (const spec of m[1].slice(1, -1).split(',')) {
      const [name, alias] = spec.trim().replace(/^type\s+/, '').split(/\s+as\s+/);
      if (name && !spec.trim().startsWith('type ')) map.set((alias ?? name).trim(), file);
    }
  }
  // esbuild reports each module's export names in its metafile; type-only names are gone by then.
  const result = await build({ entryPoints: starFiles, bundle: false, write: false, metafile: true, outdir: '/mi-core-exports', format: 'esm', logLevel: 'silent' });
  for (const output of Object.values(result.metafile.outputs)) {
    if (!output.entryPoint) continue;
    const file = resolve(output.entryPoint);
    for (const name of output.exports) if (!map.has(name)) map.set(name, file);
  }
  return map;
}

/** The esbuild plugin. `fromDir` is the package whose `@microintern/core` dependency is used. */
export function coreImportsPlugin(fromDir) {
  return {
    name: 'mi-core-imports',
    setup(pluginBuild) {
      let names;
      pluginBuild.onResolve({ filter: /^@microintern\/core$/ }, (args) => {
        if (!args.importer || args.namespace !== 'file') return undefined;
        return { path: args.importer, namespace: 'mi-core-imports' };
      });
      pluginBuild.onLoad({ filter: /.*/, namespace: 'mi-core-imports' }, async (args) => {
        names ??= await exportMap(fromDir);
        const importer = await readFile(args.path, 'utf8');
        const lines = [];
        for (const m of importer.matchAll(IMPORT)) {
          for (const spec of m[1].split(',')) {
            const trimmed = spec.trim();
            if (!trimmed || trimmed.startsWith('type ')) continue;
            const name = trimmed.split(/\s+as\s+/)[0].trim();
            const file = names.get(name);
            if (!file) throw new Error(`@microintern/core has no export "${name}" (imported by ${args.path})`);
            lines.push(`export { ${name} } from ${JSON.stringify(file)};`);
          }
        }
        return { contents: lines.join('\n'), loader: 'js', resolveDir: dirname(args.path) };
      });
    },
  };
}
