import { strict as assert } from 'node:assert';
import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, beforeEach, describe, it } from 'node:test';
import { isMiHttpError } from '../errors/mi-http-error.js';
import { isMiNetworkError } from '../errors/mi-network-error.js';
import { isMiResponseError } from '../errors/mi-response-error.js';
import type { InvalidItem } from '../models/page.js';
import { sampleProject } from '../test-support/fixtures.js';
import { createFeedSource } from './create-feed-source.js';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

const now = () => new Date('2026-12-01T12:00:00Z');
const feed = (projects: unknown[]) => JSON.stringify({ version: 1, projects });
const json = (body: string, status = 200, type = 'application/json'): Handler => (_req, res) => {
  res.writeHead(status, { 'content-type': type });
  res.end(body);
};

// Polls instead of sleeping a fixed time, and gives up, so a broken abort fails fast rather than
// hanging the run.
async function until(condition: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 2000;
  while (!condition()) {
    if (Date.now() > deadline) assert.fail(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

describe('feed from a URL', () => {
  let server: Server;
  let base: string;
  let handler: Handler;
  let requests: string[];
  let closed: string[];

  before(async () => {
    server = createServer((req, res) => {
      requests.push(`${req.method} ${req.url}`);
      res.on('close', () => {
        if (!res.writableFinished) closed.push(req.url ?? '');
      });
      handler(req, res);
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(async () => {
    server.closeAllConnections();
    server.close();
    await once(server, 'close');
  });
  beforeEach(() => {
    requests = [];
    closed = [];
    handler = json(feed([sampleProject()]));
  });

  it('fetches on the first read only, once, and reports invalid items with the URL', async () => {
    handler = json(feed([sampleProject(), { id: 'bad' }, sampleProject({ id: 'p_2', slug: 'second' })]));
    const reports: [InvalidItem[], { url?: string }][] = [];
    const source = createFeedSource(`${base}/gigs.json`, { now, onInvalid: (...args) => reports.push(args) });
    assert.deepEqual(requests, []);
    const [a, b] = await Promise.all([source.page(), source.get('second')]);
    assert.equal(a.total, 2);
    assert.equal(b.id, 'p_2');
    for await (const project of source.list()) assert.ok(project.id);
    assert.deepEqual(requests, ['GET /gigs.json']);
    assert.deepEqual(reports.map(([skipped, context]) => [skipped.map((s) => s.id), context]), [[['bad'], { url: `${base}/gigs.json` }]]);
    assert.deepEqual(a.skipped.map((s) => s.index), [1]);
  });

  it('answers 404 with an MiHttpError carrying a synthesised problem, and tries again on the next read', async () => {
    handler = (_req, res) => {
      res.writeHead(404, { 'content-type': 'text/html' });
      res.end('<h1>Not here</h1>');
    };
    const source = createFeedSource(new URL('/missing.json', base), { now });
    await assert.rejects(source.page(), (error: unknown) => {
      assert.ok(isMiHttpError(error));
      assert.equal(error.status, 404);
      assert.equal(error.problem.status, 404);
      assert.equal(error.problem.title, 'Not Found');
      assert.equal(error.request.url, `${base}/missing.json`);
      return true;
    });
    handler = json(feed([sampleProject()]));
    assert.equal((await source.page()).total, 1);
    assert.equal(requests.length, 2);
  });

  it('keeps a problem document the server sent', async () => {
    handler = json(JSON.stringify({ title: 'Feed disabled', status: 403, detail: 'Ask the owner' }), 403, 'application/problem+json');
    await assert.rejects(createFeedSource(`${base}/gigs.json`).page(), (error: unknown) => {
      assert.ok(isMiHttpError(error));
      assert.equal(error.message, 'Feed disabled: Ask the owner');
      return true;
    });
  });

  it('rejects a body that is not JSON, or not a feed, with MiResponseError', async () => {
    handler = json('<!doctype html><title>Gigs</title>', 200, 'text/html');
    await assert.rejects(createFeedSource(`${base}/a`).page(), (error: unknown) => {
      assert.ok(isMiResponseError(error));
      assert.match(error.message, /^The feed at http:\/\/127\.0\.0\.1:\d+\/a is not JSON \(text\/html\)/);
      assert.equal(error.response.status, 200);
      return true;
    });
    handler = json(JSON.stringify({ version: 3, projects: [] }));
    await assert.rejects(createFeedSource(`${base}/b`).page(), (error: unknown) => {
      assert.ok(isMiResponseError(error));
      assert.match(error.message, /Unsupported feed version 3/);
      assert.deepEqual(error.issues.map((i) => i.path), ['version']);
      return true;
    });
  });

  it('reads JSON-LD served from a URL', async () => {
    handler = json(
      JSON.stringify([
        {
          '@type': 'JobPosting',
          title: 'Design a flyer',
          identifier: 'jp_flyer',
          datePosted: '2026-11-20',
          hiringOrganization: 'Corner Café',
          baseSalary: { '@type': 'MonetaryAmount', currency: 'USD', value: { '@type': 'QuantitativeValue', value: 300, unitText: 'PROJECT' } },
        },
      ]),
      200,
      'application/ld+json',
    );
    const project = await createFeedSource(`${base}/jobs.jsonld`, { now }).get('jp_flyer');
    assert.equal(project.company.name, 'Corner Café');
  });

  it('reports a refused connection as MiNetworkError', async () => {
    const spare = createServer();
    spare.listen(0, '127.0.0.1');
    await once(spare, 'listening');
    const { port } = spare.address() as AddressInfo;
    spare.close();
    await once(spare, 'close');
    await assert.rejects(createFeedSource(`http://127.0.0.1:${port}/gigs.json`).page(), (error: unknown) => {
      assert.ok(isMiNetworkError(error));
      assert.match(error.message, /^Could not reach http:\/\/127\.0\.0\.1:\d+/);
      return true;
    });
  });

  it('rejects with the signal reason on abort, and cancels the download once every reader has given up', async () => {
    let release: () => void = () => undefined;
    handler = (_req, res) => {
      release = () => json(feed([sampleProject()]))(_req, res);
    };
    const source = createFeedSource(`${base}/slow.json`, { now });
    const first = new AbortController();
    const second = new AbortController();
    const a = source.page({}, { signal: first.signal });
    const b = source.page({}, { signal: second.signal });
    await until(() => requests.length === 1, 'the server has the request');
    const reason = new Error('board query replaced');
    first.abort(reason);
    await assert.rejects(a, (error) => error === reason);
    // The other reader still waits for the same download.
    release();
    assert.equal((await b).total, 1);
    assert.deepEqual(closed, []);
    assert.equal(requests.length, 1);

    const lone = createFeedSource(`${base}/slower.json`, { now });
    handler = () => undefined;
    const controller = new AbortController();
    const pending = lone.page({}, { signal: controller.signal });
    await until(() => requests.length === 2, 'the server has the second request');
    controller.abort();
    await assert.rejects(pending, { name: 'AbortError' });
    await until(() => closed.length > 0, 'the download is cancelled');
    assert.deepEqual(closed, ['/slower.json']);
  });

  it('fetches again on refresh and keeps the old copy when that fails', async () => {
    const source = createFeedSource(`${base}/gigs.json`, { now });
    assert.equal((await source.page()).total, 1);
    handler = json(feed([sampleProject(), sampleProject({ id: 'p_2', slug: 'second' })]));
    await source.refresh();
    assert.equal((await source.page()).total, 2);
    handler = json('oops', 500, 'text/plain');
    await assert.rejects(source.refresh(), (error: unknown) => isMiHttpError(error) && error.status === 500);
    assert.equal((await source.page()).total, 2);
    assert.equal(requests.length, 3);
  });

  it('uses the fetch passed in', async () => {
    const seen: string[] = [];
    const source = createFeedSource('https://cdn.example/gigs.json', {
      now,
      fetch: async (request) => {
        seen.push(`${request.method} ${request.url} ${request.headers.get('accept')}`);
        return new Response(feed([sampleProject()]), { headers: { 'content-type': 'application/json' } });
      },
    });
    assert.equal((await source.get('clean-a-survey-data-set')).id, 'p_clean-data');
    assert.deepEqual(seen, ['GET https://cdn.example/gigs.json application/json, application/ld+json;q=0.9']);
  });
});
