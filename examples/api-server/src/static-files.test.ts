import { strict as assert } from 'node:assert';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request, type IncomingHttpHeaders } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { startTestServer, type TestServer } from './test-support/test-server.js';

interface RawAnswer {
  status: number;
  headers: IncomingHttpHeaders;
  /** The bytes as sent, still encoded. */
  body: Buffer;
}

/**
 * A request with the path sent exactly as written (fetch would normalise `..` away) and nothing
 * added: fetch would also ask for and silently decode brotli and gzip.
 */
function raw(url: string, path: string, { method = 'GET', headers = {} }: { method?: string; headers?: Record<string, string> } = {}): Promise<RawAnswer> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

function decode({ headers, body }: RawAnswer): Buffer {
  if (headers['content-encoding'] === 'br') return brotliDecompressSync(body);
  if (headers['content-encoding'] === 'gzip') return gunzipSync(body);
  return body;
}

describe('static example pages', () => {
  let root: string;
  let server: TestServer;
  before(async () => {
    root = mkdtempSync(join(tmpdir(), 'mi-static-test-'));
    const site = join(root, 'site');
    mkdirSync(join(site, 'careers'), { recursive: true });
    writeFileSync(join(site, 'index.html'), '<!doctype html><title>Examples</title>');
    writeFileSync(join(site, 'careers', 'app.js'), 'export {};');
    writeFileSync(join(site, 'gigs.json'), '{"version":1,"projects":[]}');
    writeFileSync(join(root, 'secret.txt'), 'do not serve');
    server = await startTestServer({ staticDir: site });
  });
  after(async () => {
    await server.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('serves files with their content types, and index.html for folders', async () => {
    for (const [path, type] of [['/', /^text\/html/], ['/careers/app.js', /^text\/javascript/], ['/gigs.json', /^application\/json/]] as const) {
      const response = await fetch(`${server.url}${path}`);
      assert.equal(response.status, 200, path);
      assert.match(response.headers.get('content-type') ?? '', type, path);
      assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
      await response.arrayBuffer();
    }
  });

  it('never serves a file outside the folder', async () => {
    for (const path of ['/../secret.txt', '/careers/../../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/careers/..%5c..%5csecret.txt']) {
      const { status, body } = await raw(server.url, path);
      assert.ok(status === 404 || status === 400, `${path}: ${status}`);
      assert.ok(!body.toString().includes('do not serve'), path);
    }
  });

  it('leaves /v1 to the API', async () => {
    const response = await fetch(`${server.url}/v1/nothing`);
    assert.equal(response.status, 404);
    assert.match(response.headers.get('content-type') ?? '', /problem\+json/);
    await response.arrayBuffer();
  });
});

describe('static mounts under prefixes', () => {
  let root: string;
  let server: TestServer;
  before(async () => {
    root = mkdtempSync(join(tmpdir(), 'mi-static-mounts-'));
    mkdirSync(join(root, 'home'));
    mkdirSync(join(root, 'cdn'));
    mkdirSync(join(root, 'careers'));
    writeFileSync(join(root, 'home', 'index.html'), '<!doctype html><title>Home</title>');
    writeFileSync(join(root, 'cdn', 'mi-widgets.js'), 'export const widgets = 1;');
    writeFileSync(join(root, 'careers', 'index.html'), '<!doctype html><title>Careers</title>');
    server = await startTestServer({
      staticDir: { '/': join(root, 'home'), '/cdn/': join(root, 'cdn'), '/careers-page': join(root, 'careers') },
    });
  });
  after(async () => {
    await server.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('serves each folder under its prefix, the longest prefix first', async () => {
    assert.match(await (await fetch(`${server.url}/`)).text(), /Home/);
    assert.match(await (await fetch(`${server.url}/cdn/mi-widgets.js`)).text(), /widgets = 1/);
    assert.match(await (await fetch(`${server.url}/careers-page/`)).text(), /Careers/);
    const missing = await fetch(`${server.url}/cdn/index.html`);
    assert.equal(missing.status, 404);
    assert.match(missing.headers.get('content-type') ?? '', /problem\+json/);
  });

  it('redirects a prefix asked for without its slash', async () => {
    const response = await fetch(`${server.url}/careers-page`, { redirect: 'manual' });
    assert.equal(response.status, 301);
    assert.equal(response.headers.get('location'), '/careers-page/');
  });
});

/** About 16 KB of script, like a widget bundle: worth compressing. */
function script(name: string): Buffer {
  return Buffer.from(Array.from({ length: 400 }, (_, i) => `export const ${name}${i} = 'mi-${name}-${i}';`).join('\n'));
}

describe('static files served as a CDN would', () => {
  const IMMUTABLE = 'public, max-age=31536000, immutable';
  const BR = { 'accept-encoding': 'br' };
  const entry = script('widget');
  const png = randomBytes(4096);
  let root: string;
  let server: TestServer;
  before(async () => {
    root = mkdtempSync(join(tmpdir(), 'mi-static-cdn-'));
    for (const dir of ['home', 'cdn/chunks', 'react-app/assets']) mkdirSync(join(root, dir), { recursive: true });
    writeFileSync(join(root, 'home', 'index.html'), `<!doctype html><title>Home</title>${'<p>Gigs</p>'.repeat(200)}`);
    writeFileSync(join(root, 'cdn', 'mi-widgets.js'), entry);
    writeFileSync(join(root, 'cdn', 'mi-widgets-Dk3j2x9a.js'), entry);
    writeFileSync(join(root, 'cdn', 'tiny.js'), 'export const tiny = 1;');
    writeFileSync(join(root, 'cdn', 'logo.png'), png);
    writeFileSync(join(root, 'cdn', 'chunks', 'load-json-ld-KGo-RSo8.js'), script('chunk'));
    writeFileSync(join(root, 'cdn', 'chunks', 'README.txt'), 'Built by the widget bundle.');
    writeFileSync(join(root, 'react-app', 'assets', 'index-Dk3j2x9a.js'), script('app'));
    server = await startTestServer({
      staticDir: { '/': join(root, 'home'), '/cdn/': join(root, 'cdn'), '/react-app/': join(root, 'react-app') },
    });
  });
  after(async () => {
    await server.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('sends brotli or gzip as Accept-Encoding allows, each decoding to the file', async () => {
    const cases = [
      ['gzip, deflate, br', 'br'],
      ['br', 'br'],
      ['*', 'br'],
      ['gzip', 'gzip'],
      ['br;q=0.5, gzip', 'gzip'],
      ['br;q=0, gzip;q=0', undefined],
      [undefined, undefined],
    ] as const;
    for (const [accept, encoding] of cases) {
      const answer = await raw(server.url, '/cdn/mi-widgets.js', { headers: accept ? { 'accept-encoding': accept } : {} });
      assert.equal(answer.status, 200, accept);
      assert.equal(answer.headers['content-encoding'], encoding, accept);
      assert.equal(answer.headers.vary, 'Accept-Encoding', accept);
      assert.match(answer.headers['content-type'] ?? '', /^text\/javascript/, accept);
      assert.equal(Number(answer.headers['content-length']), answer.body.length, accept);
      assert.ok(decode(answer).equals(entry), accept);
      if (encoding) assert.ok(answer.body.length < entry.length / 4, `${accept}: ${answer.body.length} bytes`);
    }
  });

  it('leaves bodies under 1 KB and images as they are', async () => {
    const cases = [
      ['/cdn/mi-widgets.js', 'br', entry],
      ['/cdn/tiny.js', undefined, Buffer.from('export const tiny = 1;')],
      ['/cdn/logo.png', undefined, png],
    ] as const;
    for (const [path, encoding, bytes] of cases) {
      const answer = await raw(server.url, path, { headers: { 'accept-encoding': 'gzip, deflate, br' } });
      assert.equal(answer.status, 200, path);
      assert.equal(answer.headers['content-encoding'], encoding, path);
      assert.equal(answer.headers.vary, encoding && 'Accept-Encoding', path);
      assert.ok(decode(answer).equals(bytes), path);
    }
  });

  it('compresses a file again once it changes', async () => {
    const path = join(root, 'cdn', 'mi-project-board.js');
    writeFileSync(path, script('board'));
    const before = await raw(server.url, '/cdn/mi-project-board.js', { headers: BR });
    assert.equal(before.headers['content-encoding'], 'br');
    assert.ok(decode(before).equals(script('board')));
    writeFileSync(path, script('boards'));
    const after = await raw(server.url, '/cdn/mi-project-board.js', { headers: BR });
    assert.equal(after.headers['content-encoding'], 'br');
    assert.ok(decode(after).equals(script('boards')), 'the new bytes, not the cached old ones');
    assert.notEqual(after.headers.etag, before.headers.etag);
  });

  it('caches hashed chunks for a year and revalidates everything else', async () => {
    const cases = [
      ['/cdn/chunks/load-json-ld-KGo-RSo8.js', IMMUTABLE],
      ['/react-app/assets/index-Dk3j2x9a.js', IMMUTABLE],
      ['/cdn/mi-widgets.js', 'no-cache'],
      ['/cdn/mi-widgets-Dk3j2x9a.js', 'no-cache'],
      ['/cdn/chunks/README.txt', 'no-cache'],
      ['/', 'no-cache'],
    ] as const;
    for (const [path, cacheControl] of cases) {
      const answer = await raw(server.url, path, { headers: BR });
      assert.equal(answer.status, 200, path);
      assert.equal(answer.headers['cache-control'], cacheControl, path);
      assert.match(answer.headers.etag ?? '', /^W\/"[^"]+"$/, path);
    }
  });

  it('answers a revalidation of an unchanged file with 304 and no body', async () => {
    const first = await raw(server.url, '/cdn/mi-widgets.js', { headers: BR });
    const etag = first.headers.etag ?? '';
    assert.equal(first.headers['cache-control'], 'no-cache');
    assert.match(etag, /^W\/"[^"]+"$/);
    for (const [ifNoneMatch, acceptEncoding] of [[etag, 'br'], [`"older", ${etag}`, 'gzip'], [etag.slice(2), 'br'], ['*', '']] as const) {
      const again = await raw(server.url, '/cdn/mi-widgets.js', { headers: { 'if-none-match': ifNoneMatch, 'accept-encoding': acceptEncoding } });
      assert.equal(again.status, 304, ifNoneMatch);
      assert.equal(again.body.length, 0, ifNoneMatch);
      assert.equal(again.headers.etag, etag, ifNoneMatch);
      assert.equal(again.headers['cache-control'], 'no-cache', ifNoneMatch);
      assert.equal(again.headers.vary, 'Accept-Encoding', ifNoneMatch);
    }
    const stale = await raw(server.url, '/cdn/mi-widgets.js', { headers: { ...BR, 'if-none-match': 'W/"older"' } });
    assert.equal(stale.status, 200);
    assert.ok(decode(stale).equals(entry));
  });

  it('answers HEAD with the headers of the GET and no body', async () => {
    const get = await raw(server.url, '/cdn/mi-widgets.js', { headers: BR });
    const head = await raw(server.url, '/cdn/mi-widgets.js', { method: 'HEAD', headers: BR });
    assert.equal(head.status, 200);
    assert.equal(head.body.length, 0);
    assert.equal(head.headers['content-encoding'], 'br');
    for (const name of ['content-encoding', 'content-length', 'content-type', 'etag', 'cache-control', 'vary']) {
      assert.equal(head.headers[name], get.headers[name], name);
    }
  });
});
