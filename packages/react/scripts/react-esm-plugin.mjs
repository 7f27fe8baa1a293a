// A web-test-runner plugin that serves React to the browser tests as ES modules.
//
// React and React DOM are published as CommonJS only, which a browser cannot import and the
// dev server does not convert. esbuild bundles them once at start-up into ES modules, with
// code splitting so `react`, `react/jsx-runtime` and `react-dom/client` share one copy of
// React (two copies would break hooks). CommonJS has no static export list, so each entry
// re-exports the names the package has when Node loads it.
import { createRequire } from 'node:module';
import { join } from 'node:path';

const PREFIX = '/__mi-react/';
const MODULES = ['react', 'react/jsx-runtime', 'react/jsx-dev-runtime', 'react-dom', 'react-dom/client'];
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

const fileOf = (id) => `${id.replaceAll('/', '__')}.js`;

/** @param {{ packageDir: string }} options the package whose React is served. */
export function reactEsmPlugin({ packageDir }) {
  const require = createRequire(join(packageDir, 'package.json'));
  // esbuild comes with @web/dev-server-esbuild; it is not a direct dependency of this package.
  const esbuildPath = createRequire(require.resolve('@web/dev-server-esbuild')).resolve('esbuild');
  /** @type {Map<string, string>} */
  let files = new Map();

  async function bundle() {
    const { build } = await import(esbuildPath);
    const entry = (id) => {
      const names = Object.keys(require(id)).filter((name) => name !== 'default' && IDENTIFIER.test(name));
      return `import m from ${JSON.stringify(id)};\nexport default m;\nexport const { ${names.join(', ')} } = m;\n`;
    };
    const result = await build({
      entryPoints: MODULES.map((id) => ({ in: `mi-react-entry:${id}`, out: fileOf(id).slice(0, -3) })),
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      write: false,
      outdir: '/out',
      define: { 'process.env.NODE_ENV': '"development"' },
      logLevel: 'warning',
      plugins: [
        {
          name: 'mi-react-entries',
          setup(b) {
            b.onResolve({ filter: /^mi-react-entry:/ }, (args) => ({ path: args.path.slice('mi-react-entry:'.length), namespace: 'mi-react-entry' }));
            b.onLoad({ filter: /.*/, namespace: 'mi-react-entry' }, (args) => ({ contents: entry(args.path), resolveDir: packageDir, loader: 'js' }));
          },
        },
      ],
    });
    files = new Map(result.outputFiles.map((file) => [PREFIX + file.path.slice('/out/'.length), file.text]));
  }

  return {
    name: 'mi-react-esm',
    async serverStart() {
      await bundle();
    },
    resolveImport({ source }) {
      return MODULES.includes(source) ? PREFIX + fileOf(source) : undefined;
    },
    serve(context) {
      const body = files.get(context.path);
      return body === undefined ? undefined : { body, type: 'js' };
    },
  };
}
