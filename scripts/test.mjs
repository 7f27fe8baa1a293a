#!/usr/bin/env node
// Runs every workspace package's `test` script in dependency order, streams its output, and
// totals the results into one closing line: `N passed, N failed`.
//
// A suite reports its counts either as Node's test runner does (`ℹ pass N` / `ℹ fail N`, or
// TAP's `# pass N` / `# fail N`) or as a plain `N passed, N failed` line (the browser suites).
// A suite that exits non-zero without reporting a failure counts as one failure, so a crash
// can never look green.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const only = process.argv.slice(2);

// Packages first (core before widgets before react), then examples.
const order = ['packages/core', 'packages/widgets', 'packages/react'];
const dirs = [];
for (const group of ['packages', 'examples']) {
  const base = join(root, group);
  if (!existsSync(base)) continue;
  for (const name of readdirSync(base).sort()) {
    const dir = `${group}/${name}`;
    if (existsSync(join(root, dir, 'package.json'))) dirs.push(dir);
  }
}
dirs.sort((a, b) => rank(a) - rank(b));
function rank(dir) {
  const i = order.indexOf(dir);
  return i === -1 ? order.length + (dir.startsWith('examples') ? 1 : 0) : i;
}

function runSuite(dir) {
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', 'test'], {
      cwd: join(root, dir),
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
    });
    let text = '';
    const take = (stream, out) => stream.on('data', (chunk) => {
      text += chunk;
      out.write(chunk);
    });
    take(child.stdout, process.stdout);
    take(child.stderr, process.stderr);
    child.on('close', (code) => resolve({ code: code ?? 1, text }));
  });
}

function parse(text) {
  let passed = 0;
  let failed = 0;
  let found = false;
  for (const line of text.split(/\r?\n/)) {
    let m = /^(?:ℹ|#) (pass|fail) (\d+)\s*$/.exec(line.trim());
    if (m) {
      found = true;
      if (m[1] === 'pass') passed += Number(m[2]);
      else failed += Number(m[2]);
      continue;
    }
    m = /^(\d+) passed, (\d+) failed/.exec(line.trim());
    if (m) {
      found = true;
      passed += Number(m[1]);
      failed += Number(m[2]);
    }
  }
  return { passed, failed, found };
}

let passed = 0;
let failed = 0;
const summary = [];
for (const dir of dirs) {
  const pkg = JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8'));
  if (!pkg.scripts?.test) continue;
  if (only.length && !only.some((o) => dir.includes(o))) continue;
  console.log(`\n=== ${pkg.name} (${dir}) ===`);
  const { code, text } = await runSuite(dir);
  const counts = parse(text);
  if (code !== 0 && counts.failed === 0) counts.failed = 1;
  if (!counts.found && code === 0) {
    console.error(`${pkg.name}: the suite reported no test counts`);
    counts.failed += 1;
  }
  passed += counts.passed;
  failed += counts.failed;
  summary.push(`${pkg.name}: ${counts.passed} passed, ${counts.failed} failed`);
}

console.log('\n' + summary.join('\n'));
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
