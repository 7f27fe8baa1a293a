#!/usr/bin/env node
// Checks that each published package is what a user should get, the way a user gets it: packed
// by pnpm (which rewrites `workspace:` ranges), then linted from the tarball.
//
//   node scripts/release-check.mjs            core, widgets and react
//   node scripts/release-check.mjs core       only some
//
// For each package: `exports` lists `types` first and points at packed files; README.md and
// LICENSE are in the package folder; the tarball holds only dist/, README.md, LICENSE,
// package.json (plus custom-elements.json for widgets, and src/ where `files` asks for it) and
// no tests, test support, fixtures or build info; no `workspace:` range survives; publint
// (strict) and Are The Types Wrong (ESM-only profile: the packages are ESM-only, so CommonJS
// `require` and node10 resolution are out of scope) find nothing. Works offline; exits 1 on
// any failure. `npm run release:check` runs it after a build; `npm test` runs it through
// examples/e2e.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { repoRoot } from './site.mjs';

export const PACKAGES = ['core', 'widgets', 'react'];

const bin = (name) => join(repoRoot, 'node_modules/.bin', name);

/** Files a tarball must never contain, whatever `files` says. */
const FORBIDDEN = [
  [/\.test\.[cm]?[jt]sx?(\.map)?$|\.test\.d\.ts(\.map)?$/, 'a test file'],
  [/(^|\/)test-support\//, 'test support code'],
  [/(^|\/)(test|tests|fixtures|__tests__)\//, 'test fixtures'],
  [/\.tsbuildinfo$/, 'TypeScript build info'],
  [/(^|\/)tsconfig[^/]*\.json$/, 'a tsconfig'],
  [/(^|\/)web-test-runner\.config\./, 'test runner config'],
  [/(^|\/)node_modules\//, 'node_modules'],
  [/(^|\/)\.[^/]+$/, 'a dotfile'],
];

/**
 * Problems in a package.json's `exports`: every conditions object must name `types` first (so
 * TypeScript picks it before `import`/`default`), and every JS target needs types.
 *
 * @example
 * ```js
 * exportsProblems({ exports: { '.': { import: './dist/index.js', types: './dist/index.d.ts' } } });
 * // ['exports["."]: "types" must come first, not "import"']
 * ```
 */
export function exportsProblems(pkg) {
  const problems = [];
  if (!pkg.exports || typeof pkg.exports !== 'object') return ['no "exports" map'];
  if (!pkg.exports['./package.json']) problems.push('exports has no "./package.json" (tools read it)');
  const walk = (value, where) => {
    if (typeof value === 'string' || value === null) return;
    const keys = Object.keys(value);
    const conditions = keys.filter((k) => !k.startsWith('.'));
    if (conditions.length) {
      if (conditions.includes('types') && conditions[0] !== 'types') problems.push(`${where}: "types" must come first, not "${conditions[0]}"`);
      const jsTargets = conditions.filter((k) => k !== 'types').map((k) => value[k]).filter((t) => typeof t === 'string' && /\.[cm]?js$/.test(t));
      if (jsTargets.length && !conditions.includes('types')) problems.push(`${where}: JavaScript without "types"`);
    }
    for (const key of keys) walk(value[key], `${where}[${JSON.stringify(key)}]`);
  };
  walk(pkg.exports, 'exports');
  return problems;
}

/**
 * Problems in a tarball's file list (paths without the `package/` prefix), for this package.json.
 *
 * @example
 * ```js
 * contentsProblems(['package.json', 'README.md', 'LICENSE', 'dist/index.js', 'dist/a.test.js'], pkg);
 * // ['dist/a.test.js: a test file']
 * ```
 */
export function contentsProblems(files, pkg) {
  const problems = [];
  const allowedTop = new Set(['package.json', 'README.md', 'LICENSE', 'dist']);
  if (pkg.customElements) allowedTop.add(pkg.customElements.replace(/^\.\//, ''));
  // A package may ship its sources on purpose (core does, so declaration maps lead to them).
  if ((pkg.files ?? []).includes('src')) allowedTop.add('src');
  for (const required of ['package.json', 'README.md', 'LICENSE']) {
    if (!files.includes(required)) problems.push(`${required} is missing from the tarball`);
  }
  for (const file of files) {
    const top = file.split('/')[0];
    if (!allowedTop.has(top)) problems.push(`${file}: not something a user needs (only ${[...allowedTop].join(', ')})`);
    for (const [pattern, what] of FORBIDDEN) if (pattern.test(file)) problems.push(`${file}: ${what}`);
  }
  // Every concrete target of `exports` (and `types`, `customElements`) must be in the tarball.
  const targets = new Set();
  const collect = (value) => {
    if (typeof value === 'string') targets.add(value);
    else if (value && typeof value === 'object') Object.values(value).forEach(collect);
  };
  collect(pkg.exports);
  if (pkg.types) targets.add(pkg.types);
  if (pkg.customElements) targets.add(pkg.customElements);
  for (const target of targets) {
    if (target.includes('*')) {
      const [before, after] = target.replace(/^\.\//, '').split('*');
      if (!files.some((f) => f.startsWith(before) && f.endsWith(after))) problems.push(`exports target ${target} matches no packed file`);
    } else if (!files.includes(target.replace(/^\.\//, ''))) {
      problems.push(`${target} (named in package.json) is not in the tarball`);
    }
  }
  return problems;
}

/** Ranges that only mean something inside this workspace. */
export function workspaceRangeProblems(pkg) {
  const problems = [];
  for (const field of ['dependencies', 'peerDependencies', 'optionalDependencies']) {
    for (const [name, range] of Object.entries(pkg[field] ?? {})) {
      if (/^(workspace|catalog|link|file):/.test(String(range))) problems.push(`${field}.${name} is "${range}" in the packed package.json`);
    }
  }
  return problems;
}

/** Declaration maps whose sources are not in the tarball: "go to definition" stops at the .d.ts. */
function brokenDeclarationMaps(dir, files) {
  let broken = 0;
  for (const file of files.filter((f) => f.endsWith('.d.ts.map'))) {
    const map = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    const sources = (map.sources ?? []).map((s) => posix.normalize(posix.join(posix.dirname(file), s)));
    if (sources.some((s) => !files.includes(s))) broken += 1;
  }
  return broken;
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: repoRoot, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1', npm_config_prefer_offline: 'true', npm_config_update_notifier: 'false' }, ...options });
  if (result.error) throw result.error;
  return { status: result.status ?? 1, output: `${result.stdout ?? ''}${result.stderr ?? ''}` };
}

function listFiles(dir, base = dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? listFiles(path, base) : [relative(base, path).split('\\').join('/')];
  });
}

/** Packs and checks one package; returns `{ name, failures, warnings, notes }`. */
export function checkPackage(short, workDir) {
  const dir = join(repoRoot, 'packages', short);
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const failures = [];
  const warnings = [];
  const notes = [];

  failures.push(...exportsProblems(pkg));
  for (const file of ['README.md', 'LICENSE']) if (!existsSync(join(dir, file))) failures.push(`${file} is missing from packages/${short}`);
  if (!existsSync(join(dir, 'dist'))) return { name: pkg.name, failures: [...failures, 'dist/ is missing: build first (npm run build)'], warnings, notes };

  const packDir = join(workDir, short);
  const packed = run(process.execPath, [join(repoRoot, 'scripts/pnpm.mjs'), '--filter', pkg.name, 'pack', '--pack-destination', packDir]);
  const tarball = existsSync(packDir) ? readdirSync(packDir).find((f) => f.endsWith('.tgz')) : undefined;
  if (packed.status !== 0 || !tarball) return { name: pkg.name, failures: [...failures, `pnpm pack failed:\n${packed.output.slice(-2000)}`], warnings, notes };
  const tgz = join(packDir, tarball);

  const unpacked = join(packDir, 'unpacked');
  mkdirSync(unpacked, { recursive: true });
  const untar = run('tar', ['-xzf', tgz, '-C', unpacked]);
  if (untar.status !== 0) return { name: pkg.name, failures: [...failures, `cannot unpack ${tarball}: ${untar.output}`], warnings, notes };
  const root = join(unpacked, 'package');
  const files = listFiles(root).sort();
  const packedPkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  failures.push(...contentsProblems(files, packedPkg), ...workspaceRangeProblems(packedPkg));
  const broken = brokenDeclarationMaps(root, files);
  if (broken) failures.push(`${broken} declaration map(s) point at sources that are not packed (go-to-definition stops at the .d.ts)`);
  notes.push(`${tarball}: ${files.length} files, ${Math.round(readFileSync(tgz).length / 1024)} kB packed`);

  // --strict: publint's warnings fail too; its suggestions are shown but do not.
  const publint = run(bin('publint'), ['run', '--strict', tgz]);
  if (publint.status !== 0) failures.push(`publint:\n${publint.output.trim()}`);
  else if (!/All good!/.test(publint.output)) warnings.push(`publint:\n${publint.output.trim()}`);

  // Wildcard exports are skipped by attw; check one real file behind each.
  const extra = [];
  for (const key of Object.keys(packedPkg.exports ?? {})) {
    const target = packedPkg.exports[key];
    const js = typeof target === 'object' ? (target.import ?? target.default) : undefined;
    if (!key.includes('*') || typeof js !== 'string') continue;
    const [before, after] = js.replace(/^\.\//, '').split('*');
    const file = files.find((f) => f.startsWith(before) && f.endsWith(after) && !f.endsWith('.map'));
    if (file) {
      const middle = file.slice(before.length, file.length - after.length);
      extra.push(key.replace('*', middle));
    }
  }
  const attwArgs = [tgz, '--profile', 'esm-only', '--no-definitely-typed', '--format', 'ascii', '--no-color', '--no-emoji'];
  if (extra.length) attwArgs.push('--include-entrypoints', ...extra);
  const attw = run(bin('attw'), attwArgs);
  if (attw.status !== 0) failures.push(`Are The Types Wrong (esm-only):\n${attw.output.trim()}`);
  else notes.push(`attw: ${1 + Object.keys(packedPkg.exports ?? {}).filter((k) => k !== '.' && !k.includes('*')).length + extra.length} entry points resolve with types (node16 ESM, bundler)`);

  return { name: pkg.name, failures, warnings, notes };
}

function main() {
  const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  const shorts = (wanted.length ? wanted : PACKAGES).filter((s) => {
    if (existsSync(join(repoRoot, 'packages', s, 'package.json'))) return true;
    console.error(`packages/${s} does not exist`);
    process.exitCode = 1;
    return false;
  });
  const workDir = mkdtempSync(join(tmpdir(), 'mi-release-'));
  let failed = 0;
  try {
    for (const short of shorts) {
      const started = Date.now();
      const { name, failures, warnings, notes } = checkPackage(short, workDir);
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      console.log(`\n${failures.length ? '✖' : '✔'} ${name} (${seconds} s)`);
      for (const note of notes) console.log(`    ${note}`);
      for (const warning of warnings) console.log(`  ⚠ ${warning.replace(/\n/g, '\n      ')}`);
      for (const failure of failures) console.log(`  ✖ ${failure.replace(/\n/g, '\n      ')}`);
      if (failures.length) failed += 1;
    }
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
  console.log(`\nrelease check: ${shorts.length - failed} of ${shorts.length} packages ready to publish${failed ? `, ${failed} not` : ''}`);
  if (failed) process.exitCode = 1;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
