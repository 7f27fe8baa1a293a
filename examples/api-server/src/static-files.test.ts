import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { startTestServer, type TestServer } from './test-support/test-server.js';

/** A GET with the path sent exactly as written (fetch would normalise `..` away). */
function rawGet(url: string, path: string): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path, method: 'GET' }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
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
      const { status, body } = await rawGet(server.url, path);
      assert.ok(status === 404 || status === 400, `${path}: ${status}`);
      assert.ok(!body.includes('do not serve'), path);
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
