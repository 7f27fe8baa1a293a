#!/usr/bin/env node
// Entry point for the README's commands on a fresh clone where only Node and npm exist:
// bootstraps the pinned pnpm through npx, installs, builds, then runs the requested task.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { workspaceDirs } from './build.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const PNPM = 'pnpm@12.4.2';
const task = process.argv[2];
// `--rebuild` is this wrapper's: build every package even when its inputs are unchanged.
const rebuild = process.argv.includes('--rebuild');
const rest = process.argv.slice(3).filter((arg) => arg !== '--rebuild');

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

// Install only when what pnpm installs from (the lockfile, the workspace list, every
// package.json) changed since the last successful install, so repeated runs start fast. pnpm
// 12's own copy in node_modules/.pnpm/lock.yaml is not byte-equal to pnpm-lock.yaml, so this
// keeps a hash of its own.
const installStamp = join(root, 'node_modules', '.cache', 'microintern-install.json');
const manifests = ['pnpm-lock.yaml', 'pnpm-workspace.yaml', 'package.json', ...workspaceDirs(root).map((dir) => `${dir}/package.json`)];
const installInputs = createHash('sha256');
for (const file of manifests) installInputs.update(`${file}\0${existsSync(join(root, file)) ? readFileSync(join(root, file)) : 'missing'}\0`);
const installHash = installInputs.digest('hex');
const installed = existsSync(installStamp) ? readFileSync(installStamp, 'utf8').trim() : '';
if (installed !== JSON.stringify({ inputs: installHash }) || process.env.CI) {
  console.log(`> installing with ${PNPM}`);
  step('Install', pnpm(['install', ...(process.env.CI ? ['--frozen-lockfile'] : [])]));
  mkdirSync(dirname(installStamp), { recursive: true });
  writeFileSync(installStamp, `${JSON.stringify({ inputs: installHash })}\n`);
}
// Only packages whose inputs changed since their last successful build are built (see
// scripts/build.mjs); CI, like `--rebuild`, builds everything.
step('Build', run('node', ['scripts/build.mjs', ...(rebuild || process.env.CI ? ['--rebuild'] : [])]));

// Ctrl-C reaches the whole process group: let the task (the server) shut down cleanly and
// report its own exit status instead of this wrapper dying first.
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => {});
const [cmd, ...args] = tasks[task];
if (cmd) process.exit(run(cmd, [...args, ...rest]));
