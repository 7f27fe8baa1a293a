import { strict as assert } from 'node:assert';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { CompressedBodies, type FileVersion } from './compressed-bodies.js';

describe('CompressedBodies', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'mi-compressed-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  /** Writes `text` to `name` and returns that version of the file. */
  function write(name: string, text: string): FileVersion {
    const path = join(dir, name);
    writeFileSync(path, text);
    const { mtimeMs, size } = statSync(path);
    return { path, mtimeMs, size };
  }

  it('compresses a file version once per encoding, and a new version again', async () => {
    const bodies = new CompressedBodies();
    const v1 = write('a.js', 'export const a = 1;\n'.repeat(100));
    const [br, brAgain] = await Promise.all([bodies.get(v1, 'br'), bodies.get(v1, 'br')]);
    assert.equal(br, brAgain, 'concurrent requests share one compression');
    assert.equal(await bodies.get(v1, 'br'), br, 'later requests reuse it');
    assert.equal(brotliDecompressSync(br).toString(), 'export const a = 1;\n'.repeat(100));
    assert.equal(gunzipSync(await bodies.get(v1, 'gzip')).toString(), 'export const a = 1;\n'.repeat(100));

    const v2 = write('a.js', 'export const a = 22;\n'.repeat(100));
    assert.equal(brotliDecompressSync(await bodies.get(v2, 'br')).toString(), 'export const a = 22;\n'.repeat(100));
  });

  it('keeps at most maxBytes, dropping the least recently used body', async () => {
    // Hex of random bytes compresses to about half: roughly 1 KB a body.
    const files = ['x.txt', 'y.txt', 'z.txt'].map((name) => write(name, randomBytes(1000).toString('hex')));
    const [x, y, z] = files as [FileVersion, FileVersion, FileVersion];
    const bodies = new CompressedBodies({ maxBytes: 2500 });
    const xBody = await bodies.get(x, 'gzip');
    const yBody = await bodies.get(y, 'gzip');
    await bodies.get(x, 'gzip');
    await bodies.get(z, 'gzip');
    assert.ok(bodies.bytes <= 2500, `${bodies.bytes} bytes kept`);
    assert.equal(await bodies.get(x, 'gzip'), xBody, 'x was used after y, so it stays');
    assert.notEqual(await bodies.get(y, 'gzip'), yBody, 'y was dropped and is compressed again');
  });

  it('rejects when the file is gone, and tries again next time', async () => {
    const bodies = new CompressedBodies();
    const missing = { path: join(dir, 'missing.js'), mtimeMs: 1, size: 10 };
    await assert.rejects(bodies.get(missing, 'br'), { code: 'ENOENT' });
    writeFileSync(missing.path, 'export {};');
    assert.equal(brotliDecompressSync(await bodies.get(missing, 'br')).toString(), 'export {};');
  });
});
