import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, test } from 'node:test';
import { contentsProblems, exportsProblems, workspaceRangeProblems } from '../../../scripts/release-check.mjs';
import { repoRoot } from './support/site.js';

const run = promisify(execFile);

describe('release check (scripts/release-check.mjs)', () => {
  test('core, widgets and react pack cleanly and pass publint and attw', { timeout: 180_000 }, async () => {
    // Rejects with the script's report when a package fails.
    const { stdout } = await run(process.execPath, [join(repoRoot, 'scripts/release-check.mjs')], { cwd: repoRoot, maxBuffer: 16 * 1024 * 1024 });
    assert.match(stdout, /✔ @microintern\/core/);
    assert.match(stdout, /✔ @microintern\/widgets/);
    assert.match(stdout, /✔ @microintern\/react/);
    assert.match(stdout, /release check: 3 of 3 packages ready to publish/);
  });

  test('the checks catch what they are for', () => {
    const pkg = {
      exports: {
        '.': { import: './dist/index.js', types: './dist/index.d.ts' },
        './extra.js': { import: './dist/extra.js' },
      },
      types: './dist/index.d.ts',
      files: ['dist'],
      dependencies: { '@microintern/core': 'workspace:^', lit: '^3.3.1' },
    };
    assert.deepEqual(exportsProblems(pkg), [
      'exports has no "./package.json" (tools read it)',
      'exports["."]: "types" must come first, not "import"',
      'exports["./extra.js"]: JavaScript without "types"',
    ]);
    assert.deepEqual(
      contentsProblems(['package.json', 'README.md', 'dist/index.js', 'dist/index.d.ts', 'dist/index.test.js', 'dist/test-support/x.js', 'tsconfig.tsbuildinfo', 'src/index.ts'], pkg),
      [
        'LICENSE is missing from the tarball',
        'dist/index.test.js: a test file',
        'dist/test-support/x.js: test support code',
        'tsconfig.tsbuildinfo: not something a user needs (only package.json, README.md, LICENSE, dist)',
        'tsconfig.tsbuildinfo: TypeScript build info',
        'src/index.ts: not something a user needs (only package.json, README.md, LICENSE, dist)',
        './dist/extra.js (named in package.json) is not in the tarball',
      ],
    );
    assert.deepEqual(workspaceRangeProblems(pkg), ['dependencies.@microintern/core is "workspace:^" in the packed package.json']);
  });
});
