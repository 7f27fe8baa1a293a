import { strict as assert } from 'node:assert';
import { after, before, describe, it } from 'node:test';
import type { ApplicationReceipt } from '@microintern/core';
import { buildSeedProjects } from '../seed.js';
import { applicationBody, expectProblem, postJson, receiptWithoutToken } from '../test-support/http.js';
import { startTestServer, type TestServer } from '../test-support/test-server.js';
import { serveApp, slowStore } from '../test-support/slow-store.js';
import { createApp } from '../app.js';
import { IN_FLIGHT_LEASE_MS, requestFingerprint } from './idempotency.js';

const seeded = buildSeedProjects(new Date());
const churn = seeded.find((p) => p.slug === 'churn-survey-analysis')!; // forkful, optional question only
const boots = seeded.find((p) => p.slug === 'gear-return-reasons')!; // tideline, no questions

describe('Idempotency-Key', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer({ config: { idempotencyWaitMs: 30_000 } });
  });
  after(() => server.close());

  const url = (projectId = churn.id) => `${server.url}/v1/projects/${projectId}/applications`;
  const count = () => server.running.store.countApplications();

  it('replays the first answer for the same key and body, and stores one application', async () => {
    const before = await count();
    const body = applicationBody(churn.id, { coverNote: 'first' });
    const first = await postJson(url(), body, { 'idempotency-key': 'replay-1' });
    const firstText = await first.text();
    assert.equal(first.status, 201);
    assert.equal(first.headers.get('idempotent-replayed'), null);

    // Same meaning, different key order and spacing: still the same request.
    const reordered = JSON.stringify({ consent: true, answers: {}, coverNote: 'first', applicant: body.applicant, projectId: churn.id }, null, 2);
    const second = await postJson(url(), reordered, { 'idempotency-key': 'replay-1' });
    assert.equal(second.status, 201);
    assert.equal(second.headers.get('idempotent-replayed'), 'true');
    const secondText = await second.text();
    assert.equal(receiptWithoutToken(secondText), receiptWithoutToken(firstText));
    assert.notEqual(JSON.parse(secondText).statusToken, JSON.parse(firstText).statusToken, 'a replay hands out a new status token');
    assert.equal(await count(), before + 1);
  });

  it('refuses the same key with a different body with 422', async () => {
    await postJson(url(), applicationBody(churn.id, { coverNote: 'one' }), { 'idempotency-key': 'reuse-1' });
    const before = await count();
    const response = await postJson(url(), applicationBody(churn.id, { coverNote: 'two' }), { 'idempotency-key': 'reuse-1' });
    await expectProblem(response, 422, 'idempotency-key-reused');
    assert.equal(await count(), before);
  });

  it('answers 409 while a request with the key is still in flight elsewhere', async () => {
    const company = await server.company('forkful');
    const body = applicationBody(churn.id);
    const path = `/v1/projects/${churn.id}/applications`;
    const now = Date.now();
    // Another instance (or a request in progress) holds the key.
    const claim = await server.running.store.claimIdempotencyKey({
      scope: company.id,
      key: 'busy-1',
      fingerprint: requestFingerprint('POST', path, body),
      now,
      expiresAt: now + 86_400_000,
      lockedUntil: now + IN_FLIGHT_LEASE_MS,
    });
    assert.equal(claim.kind, 'claimed');
    const before = await count();
    const response = await postJson(url(), body, { 'idempotency-key': 'busy-1' });
    assert.equal(response.headers.get('retry-after'), '1');
    await expectProblem(response, 409, 'request-in-progress');
    assert.equal(await count(), before);
  });

  it('does not keep failed answers: a corrected request may reuse the key', async () => {
    const bad = await postJson(url(), applicationBody(churn.id, { applicant: { name: 'Ada', email: 'not-an-email' } }), { 'idempotency-key': 'fix-1' });
    await expectProblem(bad, 422, 'validation');
    const good = await postJson(url(), applicationBody(churn.id), { 'idempotency-key': 'fix-1' });
    assert.equal(good.status, 201);
  });

  it('scopes keys per company', async () => {
    const a = await postJson(url(churn.id), applicationBody(churn.id), { 'idempotency-key': 'shared-key' });
    const b = await postJson(url(boots.id), applicationBody(boots.id), { 'idempotency-key': 'shared-key' });
    assert.equal(a.status, 201);
    assert.equal(b.status, 201);
    assert.notEqual(((await a.json()) as ApplicationReceipt).id, ((await b.json()) as ApplicationReceipt).id);
  });

  it('refuses a malformed key with 400', async () => {
    const response = await postJson(url(), applicationBody(churn.id), { 'idempotency-key': 'x'.repeat(256) });
    await expectProblem(response, 400, 'invalid-idempotency-key');
  });

  it('stores exactly one application per key under 200 concurrent submissions sharing 50 keys', async () => {
    const mi = server.client({ company: 'forkful', retry: 0 });
    const before = await count();
    const keys = Array.from({ length: 50 }, (_, i) => `concurrent-${i}`);
    const requests = keys.flatMap((key, i) =>
      Array.from({ length: 4 }, () => ({
        key,
        promise: mi.applications.submit(churn.id, { applicant: { name: `Applicant ${i}`, email: `a${i}@example.edu` }, answers: {}, consent: true }, { idempotencyKey: key }),
      })),
    );
    const receipts = await Promise.all(requests.map(async ({ key, promise }) => ({ key, receipt: await promise })));

    const byKey = new Map<string, ApplicationReceipt[]>();
    for (const { key, receipt } of receipts) byKey.set(key, [...(byKey.get(key) ?? []), receipt]);
    assert.equal(byKey.size, 50);
    for (const [key, list] of byKey) {
      assert.equal(list.length, 4);
      const { statusToken: _first, ...expected } = list[0]!;
      for (const { statusToken: _token, ...receipt } of list) assert.deepEqual(receipt, expected, `identical answers for ${key}`);
    }
    assert.equal(new Set(receipts.map((r) => r.receipt.id)).size, 50);
    assert.equal(await count(), before + 50);
  });

  it('keeps every stored application across a restart, and keeps replaying', async () => {
    const company = await server.company('forkful');
    const before = await server.running.store.listApplications({ companyId: company.id, limit: 1000 });
    const first = await postJson(url(), applicationBody(churn.id, { coverNote: 'restart' }), { 'idempotency-key': 'restart-1' });
    const firstText = await first.text();

    server = await server.restart();
    const afterRestart = await server.running.store.listApplications({ companyId: company.id, limit: 1000 });
    assert.equal(afterRestart.items.length, before.items.length + 1);
    assert.deepEqual(afterRestart.items.slice(0, before.items.length), before.items);

    const replay = await postJson(url(), applicationBody(churn.id, { coverNote: 'restart' }), { 'idempotency-key': 'restart-1' });
    assert.equal(replay.headers.get('idempotent-replayed'), 'true');
    assert.equal(receiptWithoutToken(await replay.text()), receiptWithoutToken(firstText));
  });
});

describe('Idempotency-Key over a store that yields between queries', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(() => server.close());

  async function burst(idempotencyWaitMs: number) {
    const store = slowStore(server.running.store, 2);
    const served = await serveApp(createApp({ store, config: { idempotencyWaitMs, rateLimit: { max: 1e6, windowMs: 60_000 }, logError: () => {} } }));
    try {
      const before = await server.running.store.countApplications();
      const responses = await Promise.all(
        Array.from({ length: 40 }, async (_, i) => {
          const key = `slow-${idempotencyWaitMs}-${i % 10}`;
          const response = await postJson(`${served.url}/v1/projects/${churn.id}/applications`, applicationBody(churn.id, { coverNote: key }), { 'idempotency-key': key });
          return { key, status: response.status, body: await response.text() };
        }),
      );
      return { responses, stored: (await server.running.store.countApplications()) - before };
    } finally {
      await served.close();
    }
  }

  it('queues duplicates behind the original in this process, so they replay instead of failing', async () => {
    const { responses, stored } = await burst(30_000);
    assert.equal(stored, 10);
    for (const { key, status, body } of responses) {
      assert.equal(status, 201);
      assert.equal(receiptWithoutToken(body), receiptWithoutToken(responses.find((r) => r.key === key)!.body), key);
    }
  });

  it('still stores one application per key when duplicates do not wait (the database row decides)', async () => {
    // Without the in-process queue, a duplicate that overlaps the original gets 409 (how many do
    // depends on timing); whatever the interleaving, each key stores exactly one application and
    // every 201 for a key carries the same receipt.
    const { responses, stored } = await burst(0);
    assert.equal(stored, 10);
    for (const { key, status, body } of responses) {
      assert.ok(status === 201 || status === 409, `${key}: ${status}`);
      if (status === 201) assert.equal(receiptWithoutToken(body), receiptWithoutToken(responses.find((r) => r.key === key && r.status === 201)!.body));
    }
  });
});
