import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { buildWorkspace } from '../../../scripts/build.mjs';

// A two-package workspace in a fresh git repository: `b` depends on `a`, and each build script
// writes dist/ from its sources with plain Node, so the real builder runs real builds.
const BUILD = `import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
if (existsSync('FAIL')) { console.error('build failed on purpose'); process.exit(1); }
mkdirSync('dist', { recursive: true });
const dep = existsSync('node_modules/a/dist/out.txt') ? readFileSync('node_modules/a/dist/out.txt', 'utf8') : '';
writeFileSync('dist/out.txt', dep + readFileSync('src/main.txt', 'utf8'));
`;

describe('scripts/build.mjs skips what has not changed', () => {
  let root: string;
  const write = (path: string, text: string): void => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  const stamp = (name: string): string => join(root, 'packages', name, 'node_modules/.cache/microintern-build.json');
  const build = async (rebuild = false): Promise<{ built: string[]; skipped: string[]; failed: string | null }> => {
    const result = await buildWorkspace({ root, rebuild, log: () => {} });
    return { ...result, built: [...result.built].sort(), skipped: [...result.skipped].sort() };
  };

  before(() => {
    root = mkdtempSync(join(tmpdir(), 'mi-build-'));
    write('pnpm-workspace.yaml', 'packages:\n  - packages/*\n');
    write('pnpm-lock.yaml', "lockfileVersion: '9.0'\n");
    write('.gitignore', 'node_modules/\ndist/\n.data/\n');
    for (const name of ['a', 'b']) {
      const deps = name === 'b' ? { a: 'workspace:^' } : {};
      write(`packages/${name}/package.json`, JSON.stringify({ name, private: true, type: 'module', scripts: { build: 'node build.mjs' }, dependencies: deps }));
      write(`packages/${name}/build.mjs`, BUILD);
      write(`packages/${name}/src/main.txt`, `${name} 1\n`);
    }
    write('packages/a/notes.md', 'not read by the build\n');
    // What pnpm's workspace link does: b sees a's package folder.
    mkdirSync(join(root, 'packages/b/node_modules'), { recursive: true });
    execFileSync('ln', ['-s', '../../a', join(root, 'packages/b/node_modules/a')]);
    execFileSync('git', ['init', '-q'], { cwd: root });
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  test('the first run builds in dependency order and stamps each package', async () => {
    assert.deepEqual(await build(), { built: ['a', 'b'], skipped: [], failed: null });
    assert.equal(readFileSync(join(root, 'packages/b/dist/out.txt'), 'utf8'), 'a 1\nb 1\n');
    assert.ok(existsSync(stamp('a')) && existsSync(stamp('b')));
  });

  test('an unchanged tree skips every build', async () => {
    assert.deepEqual(await build(), { built: [], skipped: ['a', 'b'], failed: null });
  });

  test('a changed source rebuilds its package and the packages whose inputs its output changed', async () => {
    write('packages/b/src/main.txt', 'b 2\n');
    assert.deepEqual(await build(), { built: ['b'], skipped: ['a'], failed: null });
    write('packages/a/src/main.txt', 'a 2\n');
    assert.deepEqual(await build(), { built: ['a', 'b'], skipped: [], failed: null });
    assert.equal(readFileSync(join(root, 'packages/b/dist/out.txt'), 'utf8'), 'a 2\nb 2\n');
  });

  test('a dependency rebuilt to the same output leaves its dependents alone; ignored files never count', async () => {
    write('packages/a/notes.md', 'still not read by the build\n');
    assert.deepEqual(await build(), { built: ['a'], skipped: ['b'], failed: null });
    write('packages/a/.data/db.sqlite', 'written at run time');
    assert.deepEqual(await build(), { built: [], skipped: ['a', 'b'], failed: null });
  });

  test('a new file, a changed lockfile or an edited dist rebuilds', async () => {
    write('packages/b/src/extra.txt', 'new\n');
    assert.deepEqual(await build(), { built: ['b'], skipped: ['a'], failed: null });
    write('pnpm-lock.yaml', "lockfileVersion: '9.0'\n# another dependency\n");
    assert.deepEqual(await build(), { built: ['a', 'b'], skipped: [], failed: null });
    rmSync(join(root, 'packages/b/dist'), { recursive: true });
    assert.deepEqual(await build(), { built: ['b'], skipped: ['a'], failed: null });
    assert.ok(existsSync(join(root, 'packages/b/dist/out.txt')));
  });

  test('a failed build leaves no stamp, builds nothing that depends on it, and is tried again', async () => {
    write('packages/a/src/main.txt', 'a 3\n');
    write('packages/a/FAIL', '');
    assert.deepEqual(await build(), { built: [], skipped: [], failed: 'a' });
    assert.equal(existsSync(stamp('a')), false);
    rmSync(join(root, 'packages/a/FAIL'));
    // Back to the inputs of the last success: the stamp is gone, so it builds all the same.
    write('packages/a/src/main.txt', 'a 2\n');
    assert.deepEqual(await build(), { built: ['a'], skipped: ['b'], failed: null });
    assert.ok(existsSync(stamp('a')));
  });

  test('--rebuild builds everything, and stamps it', async () => {
    assert.deepEqual(await build(true), { built: ['a', 'b'], skipped: [], failed: null });
    assert.deepEqual(await build(), { built: [], skipped: ['a', 'b'], failed: null });
  });
});
