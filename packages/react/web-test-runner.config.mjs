// Browser tests: every src/**/*.test.tsx (the Node suite takes the *.test.ts files), compiled by
// esbuild with React's automatic JSX runtime, run in the system Chromium with React 19, or with
// React 18 when MI_REACT=18 (scripts/test.mjs runs both: the peer range names both majors).
// The dev server's root is the monorepo, so the workspace links (widgets, core) and pnpm's
// store under node_modules/.pnpm are servable. The closing `N passed, N failed` line comes from
// the widgets' count reporter, which the monorepo's test runner adds up.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultReporter } from '@web/test-runner';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { countReporter } from '../widgets/scripts/count-reporter.mjs';
import { reactEsmPlugin } from './scripts/react-esm-plugin.mjs';
import { chromiumLaunchOptions } from '../../scripts/chromium.mjs';

const here = dirname(fileURLToPath(import.meta.url));

export default {
  rootDir: join(here, '..', '..'),
  files: [join(here, 'src/**/*.test.tsx')],
  nodeResolve: true,
  // One page at a time: the machine is small and shared.
  concurrency: 1,
  concurrentBrowsers: 1,
  browserStartTimeout: 120_000,
  testsStartTimeout: 120_000,
  testsFinishTimeout: 300_000,
  testFramework: { config: { timeout: 20_000 } },
  plugins: [
    // React comes from this package (19) or from ./react-18, a private workspace package that
    // installs React 18; every `react` import of the tests and the wrappers gets that copy.
    reactEsmPlugin({ packageDir: process.env.MI_REACT === '18' ? join(here, 'react-18') : here }),
    // tsconfig.json sets `"jsx": "react-jsx"`, which esbuild reads for the automatic runtime.
    esbuildPlugin({ ts: true, tsx: true, target: 'es2022', tsconfig: join(here, 'tsconfig.json') }),
  ],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: chromiumLaunchOptions(),
    }),
  ],
  // Tells the page which major it is meant to run, so a test can check it really does.
  testRunnerHtml: (framework) =>
    `<!doctype html><html><body><script>window.__MI_REACT = ${JSON.stringify(process.env.MI_REACT === '18' ? '18' : '19')};</script><script type="module" src="${framework}"></script></body></html>`,
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode') && !String(args[0]).includes('React DevTools'),
  reporters: [defaultReporter(), countReporter({ resultFile: process.env.MI_WTR_RESULT_FILE })],
};
