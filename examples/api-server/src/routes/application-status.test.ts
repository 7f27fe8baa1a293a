import { strict as assert } from 'node:assert';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { type ApplicationReceipt, type ApplicationStatusView, isMiHttpError } from '@microintern/core';
import { buildSeedProjects } from '../seed.js';
import type { KyselyStore } from '../store/kysely-store.js';
import { applicationBody, expectProblem, postJson } from '../test-support/http.js';
import { startTestServer, type TestServer } from '../test-support/test-server.js';

const seeded = buildSeedProjects(new Date());
const churn = seeded.find((p) => p.slug === 'churn-survey-analysis')!;
const applicant = { name: 'Ada Lovelace', email: 'ada@example.edu' };

describe('the applicant’s status link', () => {
  let server: TestServer;
  let key: string;
  before(async () => {
    server = await startTestServer();
    key = await server.secretKey('forkful');
  });
  after(() => server.close());

  const apply = () => server.client().applications.submit(churn.id, { applicant, coverNote: 'My secret cover note', answers: {}, consent: true });
  const lookup = (id: string, authorization?: string) =>
    fetch(`${server.url}/v1/applications/${id}/status`, { headers: authorization === undefined ? {} : { authorization } });

  it('shows the status, the timeline in order with the company’s message, the gig’s title and company, and nothing else', async () => {
    const receipt = await apply();
    assert.match(receipt.statusToken ?? '', /^st_[0-9A-Za-z]{32}$/);
    const company = server.client({ company: 'forkful', key });
    await company.applications.setStatus(receipt.id, { status: 'reviewing' });
    await company.applications.setStatus(receipt.id, { status: 'accepted', message: 'Welcome aboard! Kick-off is Saturday at 10:00.' });

    const response = await lookup(receipt.id, `Bearer ${receipt.statusToken}`);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('cache-control'), 'no-store');
    assert.equal(response.headers.get('access-control-allow-origin'), '*');
    assert.equal(response.headers.get('referrer-policy'), 'no-referrer');
    const view = (await response.json()) as ApplicationStatusView;
    assert.deepEqual(Object.keys(view).sort(), ['company', 'id', 'project', 'status', 'submittedAt', 'timeline']);
    assert.equal(view.status, 'accepted');
    assert.deepEqual(view.project, { id: churn.id, title: churn.title });
    assert.deepEqual(view.company, { name: churn.company.name, slug: 'forkful' });
    assert.deepEqual(view.timeline.map((e) => [e.status, e.message]), [
      ['received', undefined],
      ['reviewing', undefined],
      ['accepted', 'Welcome aboard! Kick-off is Saturday at 10:00.'],
    ]);
    const text = JSON.stringify(view);
    for (const secret of ['ada@example.edu', 'Ada Lovelace', 'My secret cover note']) assert.ok(!text.includes(secret), `no ${secret}`);

    // The typed client reads the same, with the token as a bearer credential.
    assert.deepEqual(await server.client().applications.status(receipt.id, receipt.statusToken!), view);
  });

  it('answers a forged, truncated, missing or other application’s token, and a missing id, with the same 404', async () => {
    const mine = await apply();
    const theirs = await apply();
    const token = mine.statusToken!;
    const forged = `st_${'A'.repeat(32)}`;
    const attempts: [string, string | undefined][] = [
      [mine.id, `Bearer ${forged}`],
      [mine.id, `Bearer ${token.slice(0, -1)}`],
      [mine.id, `Bearer ${token}x`],
      [mine.id, `Bearer ${theirs.statusToken}`],
      [mine.id, undefined],
      [mine.id, 'Bearer'],
      [mine.id, `Basic ${Buffer.from(`x:${token}`).toString('base64')}`],
      [theirs.id, `Bearer ${token}`],
      ['app_doesnotexist00', `Bearer ${token}`],
    ];
    const bodies = new Set<string>();
    for (const [id, authorization] of attempts) {
      const response = await lookup(id, authorization);
      const problem = await expectProblem(response.clone(), 404, 'not-found');
      assert.equal(problem.title, 'Status link not valid');
      assert.equal(response.headers.get('www-authenticate'), null, 'no hint that a credential was looked at');
      bodies.add(await response.text());
    }
    assert.equal(bodies.size, 1, 'one answer for every way of being wrong');
    assert.equal((await lookup(mine.id, `Bearer ${token}`)).status, 200, 'the right token still works');
  });

  it('stores only the token’s hash: neither the application nor the idempotent answer holds it', async () => {
    const receipt = await server.client().applications.submit(churn.id, { applicant, answers: {}, consent: true }, { idempotencyKey: 'status-hash-1' });
    const db = (server.running.store as KyselyStore).db;
    const rows = await sql`SELECT * FROM applications`.execute(db);
    const answers = await sql`SELECT * FROM idempotency_keys`.execute(db);
    const everything = JSON.stringify([rows.rows, answers.rows]);
    assert.ok(everything.includes(receipt.id));
    assert.ok(!everything.includes(receipt.statusToken!), 'the token is nowhere in the database');
  });

  it('hands a replayed submission a new token, and the lost first one stops working', async () => {
    const body = applicationBody(churn.id);
    const url = `${server.url}/v1/companies/forkful/projects/${churn.id}/applications`;
    const first = (await (await postJson(url, body, { 'idempotency-key': 'status-replay-1' })).json()) as ApplicationReceipt;
    const replay = await postJson(url, body, { 'idempotency-key': 'status-replay-1' });
    assert.equal(replay.headers.get('idempotent-replayed'), 'true');
    const second = (await replay.json()) as ApplicationReceipt;
    assert.equal(second.id, first.id);
    assert.notEqual(second.statusToken, first.statusToken);
    assert.equal((await lookup(first.id, `Bearer ${second.statusToken}`)).status, 200);
    await expectProblem(await lookup(first.id, `Bearer ${first.statusToken}`), 404, 'not-found');
  });

  it('grants the preflight of any page, for GET with Authorization only', async () => {
    const ask = (method: string) =>
      fetch(`${server.url}/v1/applications/app_x/status`, {
        method: 'OPTIONS',
        headers: { origin: 'https://careers.forkful.example', 'access-control-request-method': method, 'access-control-request-headers': 'authorization' },
      });
    const ok = await ask('GET');
    assert.equal(ok.status, 204);
    assert.equal(ok.headers.get('access-control-allow-origin'), '*');
    assert.match(ok.headers.get('access-control-allow-headers') ?? '', /authorization/i);
    const other = await ask('DELETE');
    assert.equal(other.headers.get('access-control-allow-origin'), null);
  });
});

describe('the status link’s rate limit', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer({ config: { statusRateLimit: { max: 3, windowMs: 60_000 } } });
  });
  after(() => server.close());

  it('counts every lookup from an address, right or wrong, and answers 429 with Retry-After past the limit', async () => {
    const receipt = await server.client().applications.submit(churn.id, { applicant, answers: {}, consent: true });
    const guess = (token: string) => fetch(`${server.url}/v1/applications/${receipt.id}/status`, { headers: { authorization: `Bearer ${token}` } });
    assert.equal((await guess(`st_${'b'.repeat(32)}`)).status, 404);
    assert.equal((await guess(`st_${'c'.repeat(32)}`)).status, 404);
    assert.equal((await guess(receipt.statusToken!)).status, 200);
    const limited = await guess(receipt.statusToken!);
    await expectProblem(limited.clone(), 429, 'rate-limited');
    assert.ok(Number(limited.headers.get('retry-after')) > 0);
    assert.equal(limited.headers.get('access-control-allow-origin'), '*', 'a page can read the 429 and say so');
    await assert.rejects(server.client({ retry: 0 }).applications.status(receipt.id, receipt.statusToken!), (error: unknown) => isMiHttpError(error) && error.status === 429);
  });
});
