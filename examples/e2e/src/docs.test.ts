import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, test } from 'node:test';
import { updateSections } from '../../../scripts/docs.mjs';
import { repoRoot } from './support/site.js';

const run = promisify(execFile);

interface Manifest {
  modules: { path: string; declarations?: { tagName?: string; cssParts?: { name: string; description?: string }[] }[] }[];
}

const manifestPath = join(repoRoot, 'packages/widgets/custom-elements.json');
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);

describe('generated documentation', () => {
  test('custom-elements.json and the generated docs sections match the code (node scripts/docs.mjs check)', async () => {
    // Regenerates the manifest from the JSDoc into a temporary folder and compares; on drift the
    // script names the files and exits 1, which rejects here with its message.
    const { stdout } = await run(process.execPath, [join(repoRoot, 'scripts/docs.mjs'), 'check'], { cwd: repoRoot });
    assert.match(stdout, /up to date/);
  });

  test('the manifest describes every element with its tag', () => {
    assert.deepEqual(elements.map((e) => e.tagName).sort(), ['mi-application-status', 'mi-apply-dialog', 'mi-apply-form', 'mi-availability-picker', 'mi-project-board', 'mi-project-card']);
    for (const mod of manifest.modules) assert.match(mod.path, /^dist\/.*\.js$/, 'paths point at the published files');
  });

  test('every part a template exposes is documented with @csspart', () => {
    const used = new Set<string>();
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (entry.name.endsWith('.ts') && !entry.name.includes('.test.')) {
          for (const m of readFileSync(path, 'utf8').matchAll(/\bpart="([a-z -]+)"/g)) for (const name of m[1]!.split(' ')) used.add(name);
        }
      }
    };
    walk(join(repoRoot, 'packages/widgets/src/components'));
    const documented = new Set(elements.flatMap((e) => (e.cssParts ?? []).map((p) => p.name)));
    assert.ok(used.size > 20, 'the scan finds the templates’ parts');
    assert.deepEqual([...used].filter((p) => !documented.has(p)).sort(), []);
  });

  test('a change in the JSDoc shows up as drift in the generated docs', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mi-docs-test-'));
    try {
      const changed = structuredClone(manifest);
      const board = changed.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === 'mi-project-board')!;
      board.cssParts![0]!.description = 'Something else entirely.';
      const path = join(dir, 'custom-elements.json');
      writeFileSync(path, JSON.stringify(changed));
      const drifted = updateSections(path, { write: false }).map((f: string) => f.replace(`${repoRoot}/`, ''));
      assert.deepEqual(drifted, ['docs/theming.md']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
