#!/usr/bin/env node
// Runs the browser tests: bundles the CDN files the tests load, then web-test-runner in
// Chromium with this package's config. The count reporter prints the closing
// `N passed, N failed` line; when web-test-runner dies before reporting, this script prints a
// failing one instead, so a crash can never look green. Extra arguments go to wtr (`--files`).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = join(dirname(fileURLToPath(import.meta.url)), '..');
const resultFile = join(here, 'node_modules', '.wtr-counts.json');
rmSync(resultFile, { force: true });

const bundle = spawnSync(process.execPath, [join(here, 'scripts', 'bundle.mjs')], { cwd: here, stdio: 'inherit' });
if (bundle.status !== 0) {
  console.log('0 passed, 1 failed');
  process.exit(1);
}

const wtr = join(here, 'node_modules', '@web', 'test-runner', 'dist', 'bin.js');
const run = spawnSync(process.execPath, [wtr, '--config', 'web-test-runner.config.mjs', ...process.argv.slice(2)], {
  cwd: here,
  stdio: 'inherit',
  env: { ...process.env, MI_WTR_RESULT_FILE: resultFile },
});

if (!existsSync(resultFile)) {
  console.log('0 passed, 1 failed');
  process.exit(run.status || 1);
}
const counts = JSON.parse(readFileSync(resultFile, 'utf8'));
process.exit(run.status !== 0 || counts.failed > 0 || counts.passed === 0 ? 1 : 0);
