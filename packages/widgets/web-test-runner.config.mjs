// Browser tests: every src/**/*.test.ts, compiled by esbuild, run in the system Chromium.
// The dev server's root is the monorepo, so the workspace link to packages/core/dist and pnpm's
// store under node_modules/.pnpm are both servable.
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultReporter } from '@web/test-runner';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { countReporter } from './scripts/count-reporter.mjs';
import { apiServerPlugin } from './scripts/api-server-plugin.mjs';
import { chromiumLaunchOptions } from '../../scripts/chromium.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');

// Tests import `@web/test-runner-commands` (sendKeys, emulateMedia) without it being a direct
// dependency: it ships inside @web/test-runner, so resolve it from there and serve that file.
const requireFromRunner = createRequire(createRequire(import.meta.url).resolve('@web/test-runner'));
const commandsFile = join(dirname(requireFromRunner.resolve('@web/test-runner-commands')), '..', 'browser', 'commands.mjs');
const commandsPlugin = {
  name: 'mi-resolve-commands',
  resolveImport({ source }) {
    if (source === '@web/test-runner-commands') return '/' + relative(root, commandsFile).split('\\').join('/');
    return undefined;
  },
};

export default {
  rootDir: root,
  files: [join(here, 'src/**/*.test.ts')],
  nodeResolve: true,
  // One browser page at a time: the machine is small and shared; parallel pages make the
  // timings every test waits on unpredictable.
  concurrency: 1,
  concurrentBrowsers: 1,
  browserStartTimeout: 120_000,
  testsStartTimeout: 120_000,
  testsFinishTimeout: 600_000,
  testFramework: { config: { timeout: 30_000 } },
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: join(here, 'tsconfig.json') }),
    commandsPlugin,
    apiServerPlugin({ root }),
  ],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: chromiumLaunchOptions(),
    }),
  ],
  // Lit announces its development build once per page; every other browser log is kept.
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  reporters: [defaultReporter(), countReporter({ resultFile: process.env.MI_WTR_RESULT_FILE })],
};
