import { strict as assert } from 'node:assert';
import { after, before, describe, it } from 'node:test';
import { isMiHttpError } from '@microintern/core';
import { buildSeedProjects } from '../seed.js';
import { applicationBody, expectProblem, postJson } from '../test-support/http.js';
import { startTestServer, type TestServer } from '../test-support/test-server.js';

const FIVE_MINUTES = 5 * 60_000;

describe('failed secret-key attempts', () => {
  let server: TestServer;
  let now = Date.now();
  const keys: Record<string, string> = {};
  before(async () => {
    // Behind a trusted proxy each test can be its own client address; the clock stands still
    // unless a test moves it, so buckets refill only when a test says so.
    server = await startTestServer({ config: { trustProxy: true, now: () => now } });
    for (const slug of ['forkful', 'tideline', 'greenway']) keys[slug] = await server.secretKey(slug);
  });
  after(() => server.close());

  /** A secret-key read from `ip` (`key: undefined` sends no Authorization header). */
  const read = (ip: string, company: string, key: string | undefined, path = 'application-counts') =>
    fetch(`${server.url}/v1/companies/${company}/${path}`, {
      headers: { 'x-forwarded-for': ip, ...(key === undefined ? {} : { authorization: `Bearer ${key}` }) },
    });
  const wrongKey = (i: number) => `sk_test_${String(i).padStart(32, 'x')}`;

  it('answers 429 with Retry-After after 20 failures, to a right key too, and not for another company', async () => {
    const ip = '203.0.113.1';
    // Each kind of failure counts: a malformed key, an unknown one, and another company's key (403).
    for (let i = 0; i < 20; i++) {
      const [key, status] = i % 3 === 0 ? ['not-a-key', 401] : i % 3 === 1 ? [wrongKey(i), 401] : [keys.tideline, 403];
      await expectProblem(await read(ip, 'forkful', key), status);
    }
    const limited = await read(ip, 'forkful', wrongKey(99));
    assert.equal(limited.headers.get('retry-after'), '15', 'one failure refills every 15 s (20 per 5 minutes)');
    const problem = await expectProblem(limited, 429, 'rate-limited');
    assert.match(problem.detail ?? '', /failed secret-key attempts.*retry in 15 s/);

    // The right key learns nothing either, on every secret-key route, and through the client.
    await expectProblem(await read(ip, 'forkful', keys.forkful), 429, 'rate-limited');
    await expectProblem(await read(ip, 'forkful', keys.forkful, 'webhooks'), 429, 'rate-limited');
    const mi = server.client({ company: 'forkful', key: keys.forkful, headers: { 'x-forwarded-for': ip } });
    await assert.rejects(mi.applications.counts(), (error: unknown) => isMiHttpError(error) && error.status === 429 && error.retryAfter === 15);

    // Another company from the same address, and the same company from another address, go on as before.
    assert.equal((await read(ip, 'tideline', keys.tideline)).status, 200);
    await expectProblem(await read(ip, 'tideline', wrongKey(1)), 401);
    assert.equal((await read('203.0.113.2', 'forkful', keys.forkful)).status, 200);
  });

  it('lets one attempt through per refilled token, and all of them after the window', async () => {
    const ip = '203.0.113.3';
    for (let i = 0; i < 20; i++) await expectProblem(await read(ip, 'greenway', wrongKey(i)), 401);
    await expectProblem(await read(ip, 'greenway', keys.greenway), 429);
    now += 15_000;
    await expectProblem(await read(ip, 'greenway', wrongKey(20)), 401, 'unauthorized');
    await expectProblem(await read(ip, 'greenway', keys.greenway), 429);
    now += FIVE_MINUTES;
    assert.equal((await read(ip, 'greenway', keys.greenway)).status, 200);
    for (let i = 0; i < 20; i++) await expectProblem(await read(ip, 'greenway', wrongKey(i)), 401);
    await expectProblem(await read(ip, 'greenway', wrongKey(21)), 429);
  });

  it('spends nothing on a request whose key is right, or that has no key at all', async () => {
    const ip = '203.0.113.4';
    for (let i = 0; i < 30; i++) assert.equal((await read(ip, 'forkful', keys.forkful)).status, 200);
    for (let i = 0; i < 30; i++) await expectProblem(await read(ip, 'forkful', undefined), 401);
    for (let i = 0; i < 20; i++) await expectProblem(await read(ip, 'forkful', wrongKey(i)), 401);
    await expectProblem(await read(ip, 'forkful', wrongKey(20)), 429);
  });

  it('counts a company named by id and by slug in one bucket, and every company that does not exist in another', async () => {
    const ip = '203.0.113.5';
    const forkful = await server.company('forkful');
    for (let i = 0; i < 20; i++) await expectProblem(await read(ip, i % 2 ? forkful.id : 'forkful', wrongKey(i)), 401);
    await expectProblem(await read(ip, forkful.id, keys.forkful), 429);
    await expectProblem(await read(ip, 'forkful', keys.forkful), 429);

    // Made-up slugs bring no fresh buckets: a valid key's 403 there would tell a guesser it had found a key.
    for (let i = 0; i < 20; i++) await expectProblem(await read(ip, `no-such-company-${i}`, keys.tideline), 403);
    await expectProblem(await read(ip, 'no-such-company-20', keys.tideline), 429);
    assert.equal((await read(ip, 'tideline', keys.tideline)).status, 200);
  });

  it('keeps a blocked bucket when the application limit, with its shorter window, sweeps', async () => {
    const ip = '203.0.113.6';
    for (let i = 0; i < 20; i++) await expectProblem(await read(ip, 'tideline', wrongKey(i)), 401);
    // Two minutes on, the application bucket's one-minute window has long passed; an application
    // makes its limiter sweep. The auth bucket has refilled 8 tokens, not all 20.
    now += 2 * 60_000;
    const gig = buildSeedProjects(new Date(now)).find((p) => p.company.slug === 'tideline' && p.status === 'open' && !p.questions.length)!;
    assert.equal((await postJson(`${server.url}/v1/companies/tideline/projects/${gig.id}/applications`, applicationBody(gig.id), { 'x-forwarded-for': ip })).status, 201);
    for (let i = 0; i < 8; i++) await expectProblem(await read(ip, 'tideline', wrongKey(i)), 401);
    await expectProblem(await read(ip, 'tideline', wrongKey(8)), 429);
  });
});
