#!/usr/bin/env node
// Entry point for the README's commands on a fresh clone where only Node and npm exist:
// bootstraps the pinned pnpm through npx, installs, builds, then runs the requested task.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const PNPM = 'pnpm@12.4.2';
const task = process.argv[2];
const rest = process.argv.slice(3);

const tasks = {
  build: [],
  test: ['node', 'scripts/test.mjs'],
  start: ['node', 'scripts/start.mjs'],
  'bench:api': ['node', 'bench/api.mjs'],
  openapi: ['node', 'scripts/pnpm.mjs', '--filter', '@microintern/core', 'run', 'openapi'],
  docs: ['node', 'scripts/docs.mjs'],
  'release:check': ['node', 'scripts/release-check.mjs'],
};

if (!(task in tasks)) {
  console.error(`Unknown task "${task}". Known: ${Object.keys(tasks).join(', ')}`);
  process.exit(2);
}

function run(cmd, args, options = {}) {
  const result = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', ...options });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

function pnpm(args) {
  return run('node', ['scripts/pnpm.mjs', ...args]);
}

function step(label, status) {
  if (status !== 0) {
    console.error(`\n${label} failed (exit ${status}).`);
    process.exit(status);
  }
}

// Install only when the lockfile changed since the last install, so repeated runs start fast.
const stamp = join(root, 'node_modules', '.pnpm', 'lock.yaml');
const lock = join(root, 'pnpm-lock.yaml');
const installed = existsSync(stamp) ? readFileSync(stamp, 'utf8') : '';
const fresh = installed.length > 0 && existsSync(lock) && readFileSync(lock, 'utf8') === installed;
if (!fresh || process.env.CI) {
  console.log(`> installing with ${PNPM}`);
  step('Install', pnpm(['install', ...(process.env.CI ? ['--frozen-lockfile'] : [])]));
}
console.log('> building packages');
step('Build', pnpm(['-r', '--filter', './packages/**', '--filter', './examples/**', 'run', 'build']));

// Ctrl-C reaches the whole process group: let the task (the server) shut down cleanly and
// report its own exit status instead of this wrapper dying first.
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => {});
const [cmd, ...args] = tasks[task];
if (cmd) process.exit(run(cmd, [...args, ...rest]));
