#!/usr/bin/env node
// The package's tests: the Node suite (server rendering, *.test.ts), then the browser suite
// (*.test.tsx in Chromium), once with React 19 and once with React 18. Each prints its own
// counts (`ℹ pass N` / `ℹ fail N`, then `N passed, N failed`), which the monorepo's runner adds
// together. When web-test-runner dies
// before its reporter writes the counts, a failing line is printed instead, so a crash can
// never look green. Extra arguments go to wtr (`--files src/use-projects.test.tsx`).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = join(dirname(fileURLToPath(import.meta.url)), '..');
const run = (args, env = process.env) => spawnSync(process.execPath, args, { cwd: here, stdio: 'inherit', env }).status ?? 1;

const nodeStatus = run([join(here, '..', '..', 'scripts', 'node-test.mjs'), 'src']);

// The browser suite twice: with React 19 (this package's own) and with React 18 (from
// ./react-18, a private workspace package), the two majors of the peer range.
const wtr = join(here, 'node_modules', '@web', 'test-runner', 'dist', 'bin.js');
let browserOk = true;
for (const react of ['19', '18']) {
  console.log(`\n--- browser tests with React ${react} ---`);
  const resultFile = join(here, 'node_modules', `.wtr-counts-react${react}.json`);
  rmSync(resultFile, { force: true });
  const status = run([wtr, '--config', 'web-test-runner.config.mjs', ...process.argv.slice(2)], { ...process.env, MI_REACT: react, MI_WTR_RESULT_FILE: resultFile });
  if (existsSync(resultFile)) {
    const counts = JSON.parse(readFileSync(resultFile, 'utf8'));
    browserOk &&= status === 0 && counts.failed === 0 && counts.passed > 0;
  } else {
    console.log('0 passed, 1 failed');
    browserOk = false;
  }
}
process.exit(nodeStatus === 0 && browserOk ? 0 : 1);
