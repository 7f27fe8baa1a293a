#!/usr/bin/env node
// Runs Node's test runner over every *.test.ts under the given folders or files (default: src), with
// TypeScript loaded by tsx. Node 20's `--test` has no glob support, hence this walker.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const roots = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const flags = process.argv.slice(2).filter((a) => a.startsWith('-'));
const files = [];
for (const dir of roots.length ? roots : ['src']) {
  if (statSync(dir).isFile()) {
    files.push(dir);
    continue;
  }
  for (const entry of readdirSync(dir, { recursive: true })) {
    const path = join(dir, String(entry));
    if (/\.test\.(ts|mts|js|mjs)$/.test(path) && statSync(path).isFile()) files.push(path);
  }
}
files.sort();
const result = spawnSync(
  process.execPath,
  ['--import', 'tsx', '--test', '--test-reporter=spec', ...flags, ...files],
  { stdio: 'inherit' },
);
process.exit(result.status ?? 1);
