#!/usr/bin/env node
// Builds every workspace package that has a `build` script, in dependency order, and skips a
// package whose inputs are the same as at its last successful build.
//
//   node scripts/build.mjs              build what changed
//   node scripts/build.mjs --rebuild    build everything
//
// A package's inputs are its own files as git sees them (tracked, plus untracked ones that are
// not ignored, so dist/, node_modules/ and .data/ never count), the lockfile, the shared
// TypeScript config, the Node version, and the built outputs (dist/) of the workspace packages
// it depends on: a dependency rebuilt to the same bytes leaves its dependents alone. The stamp,
// node_modules/.cache/microintern-build.json in the package, holds the hash of those inputs and
// of the package's own dist/ as the build left it; it is removed before a build and written only
// after the build succeeds, so a failed or interrupted build is retried next time, and a dist/
// edited or deleted since then is rebuilt. Without git nothing can be compared: everything builds.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const STAMP = join('node_modules', '.cache', 'microintern-build.json');
/** Files outside any package that every build reads (build-page.mjs: the app pages' bundler). */
const SHARED_INPUTS = ['pnpm-lock.yaml', 'tsconfig.base.json', 'scripts/build-page.mjs'];

/** The workspace's package folders, from the `packages:` list of pnpm-workspace.yaml. */
export function workspaceDirs(root) {
  const yaml = readFileSync(join(root, 'pnpm-workspace.yaml'), 'utf8');
  const block = /^packages:\s*\n((?:[ \t]+(?:-.*|#.*)?\n)*)/m.exec(yaml)?.[1] ?? '';
  const dirs = [];
  for (const line of block.split('\n')) {
    const pattern = /^\s*-\s*['"]?([^'"#\s]+)['"]?/.exec(line)?.[1];
    if (!pattern) continue;
    const candidates = pattern.endsWith('/*')
      ? readdirSync(join(root, pattern.slice(0, -2)), { withFileTypes: true })
          .filter((entry) => entry.isDirectory())
          .map((entry) => `${pattern.slice(0, -2)}/${entry.name}`)
      : [pattern];
    dirs.push(...candidates.filter((dir) => existsSync(join(root, dir, 'package.json'))));
  }
  return [...new Set(dirs)].sort();
}

/** Workspace packages with a build script, each with the workspace packages it depends on. */
export function buildablePackages(root) {
  const all = workspaceDirs(root).map((dir) => ({ dir, pkg: JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8')) }));
  const byName = new Map(all.map((p) => [p.pkg.name, p]));
  return all
    .filter((p) => p.pkg.scripts?.build)
    .map(({ dir, pkg }) => {
      const named = Object.keys({ ...pkg.dependencies, ...pkg.devDependencies, ...pkg.peerDependencies });
      return { dir, name: pkg.name, deps: named.filter((name) => byName.has(name) && byName.get(name).pkg.scripts?.build).sort() };
    });
}

const sha256 = (data) => createHash('sha256').update(data).digest('hex');

function hashFiles(base, files) {
  const hash = createHash('sha256');
  for (const file of [...files].sort()) {
    const path = join(base, file);
    // A tracked file deleted from the work tree is a change too.
    hash.update(`${file.split(sep).join('/')}\0${existsSync(path) ? sha256(readFileSync(path)) : 'deleted'}\0`);
  }
  return hash.digest('hex');
}

function listFiles(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath ?? entry.path, entry.name)));
}

/** The hash of a package's dist/ (empty when there is none). */
export function outputsHash(root, dir) {
  const dist = join(root, dir, 'dist');
  return hashFiles(dist, listFiles(dist));
}

/** Every file git would commit, by repository-relative path; null when `root` is not in a git work tree. */
export function sourceFiles(root) {
  const result = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.error || result.status !== 0) return null;
  const prefix = spawnSync('git', ['rev-parse', '--show-prefix'], { cwd: root, encoding: 'utf8' }).stdout.trim();
  return [...new Set(result.stdout.split('\0').filter(Boolean))].map((file) => (prefix && file.startsWith(prefix) ? file.slice(prefix.length) : file));
}

/** The hash of everything a package's build reads; `depOutputs` maps a dependency's name to its outputsHash. */
export function inputsHash(root, { dir, deps }, files, depOutputs) {
  const own = files.filter((file) => file.startsWith(`${dir}/`)).map((file) => file.slice(dir.length + 1));
  const hash = createHash('sha256');
  hash.update(`node ${process.version}\0own ${hashFiles(join(root, dir), own)}\0`);
  hash.update(`shared ${hashFiles(root, SHARED_INPUTS.filter((file) => existsSync(join(root, file))))}\0`);
  for (const dep of deps) hash.update(`dep ${dep} ${depOutputs.get(dep)}\0`);
  return hash.digest('hex');
}

function readStamp(root, dir) {
  try {
    return JSON.parse(readFileSync(join(root, dir, STAMP), 'utf8'));
  } catch {
    return null;
  }
}

function runBuild(root, dir) {
  return new Promise((done) => {
    const child = spawn('npm', ['run', '--silent', 'build'], { cwd: join(root, dir), stdio: 'inherit' });
    child.on('error', () => done(1));
    child.on('close', (code) => done(code ?? 1));
  });
}

/**
 * Builds what changed, two packages at a time (the machines this runs on have two cores), each
 * only after the packages it depends on. Resolves to the names built and skipped, or to the name
 * of the first package whose build failed (nothing that depends on it is built).
 *
 * @example
 * ```js
 * const { failed } = await buildWorkspace({ root, rebuild: process.argv.includes('--rebuild') });
 * ```
 */
export async function buildWorkspace({ root, rebuild = false, log = console.log, concurrency = 2 }) {
  const packages = buildablePackages(root);
  const files = sourceFiles(root);
  const outputs = new Map();
  const built = [];
  const skipped = [];
  let failed = null;
  const pending = new Set(packages);
  const running = new Set();

  const start = (p) => {
    const task = (async () => {
      const inputs = files ? inputsHash(root, p, files, outputs) : null;
      const stamp = readStamp(root, p.dir);
      if (!rebuild && inputs && stamp?.inputs === inputs && stamp.outputs === outputsHash(root, p.dir)) {
        log(`> ${p.name}: unchanged since its last build, skipped`);
        skipped.push(p.name);
      } else {
        log(`> building ${p.name}`);
        rmSync(join(root, p.dir, STAMP), { force: true });
        if ((await runBuild(root, p.dir)) !== 0) {
          failed ??= p.name;
          return;
        }
        built.push(p.name);
        if (inputs) {
          mkdirSync(dirname(join(root, p.dir, STAMP)), { recursive: true });
          writeFileSync(join(root, p.dir, STAMP), `${JSON.stringify({ inputs, outputs: outputsHash(root, p.dir) })}\n`);
        }
      }
      outputs.set(p.name, outputsHash(root, p.dir));
    })();
    running.add(task);
    const settle = () => running.delete(task);
    task.then(settle, settle);
  };

  while ((pending.size || running.size) && !failed) {
    for (const p of [...pending]) {
      if (running.size >= concurrency) break;
      if (p.deps.every((dep) => outputs.has(dep))) {
        pending.delete(p);
        start(p);
      }
    }
    if (!running.size) throw new Error(`Cannot order the builds of ${[...pending].map((p) => p.name).join(', ')}: their dependencies form a cycle`);
    await Promise.race(running);
  }
  await Promise.all(running);
  return { built, skipped, failed };
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const { failed } = await buildWorkspace({ root, rebuild: process.argv.includes('--rebuild') });
  if (failed) {
    console.error(`\nThe build of ${failed} failed.`);
    process.exit(1);
  }
}
