import { strict as assert } from 'node:assert';
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { ApplicationReceipt, CreatedWebhook, Webhook, WebhookEvent } from '@microintern/core';
import type { AppConfig } from '../config.js';
import { buildSeedProjects } from '../seed.js';
import { startServer } from '../server.js';
import { applicationBody, expectProblem, postJson } from '../test-support/http.js';
import { startTestServer, type TestServer } from '../test-support/test-server.js';
import { eventually, startWebhookReceiver, type WebhookReceiver } from '../test-support/webhook-receiver.js';
import { DEFAULT_WEBHOOK_SETTINGS } from './dispatcher.js';
import { verifyWebhookSignature } from './signature.js';

const churn = buildSeedProjects(new Date()).find((p) => p.slug === 'churn-survey-analysis')!;
/** Retries in milliseconds rather than seconds, and plain http to the loopback receiver. */
const FAST: Partial<AppConfig> = {
  webhooks: { ...DEFAULT_WEBHOOK_SETTINGS, pollMs: 50, timeoutMs: 2_000, leaseMs: 4_000, backoffMs: 20, maxBackoffMs: 100, maxAttempts: 5, allowHttp: true },
};

async function register(server: { url: string }, key: string, body: unknown, company = 'forkful'): Promise<Response> {
  return postJson(`${server.url}/v1/companies/${company}/webhooks`, body, { authorization: `Bearer ${key}` });
}

function apply(url: string): Promise<ApplicationReceipt> {
  return postJson(`${url}/v1/companies/forkful/projects/${churn.id}/applications`, applicationBody(churn.id)).then((r) => r.json() as Promise<ApplicationReceipt>);
}

describe('webhooks', () => {
  let server: TestServer;
  let key: string;
  before(async () => {
    server = await startTestServer({ config: FAST });
    key = await server.secretKey('forkful');
  });
  after(() => server.close());

  it('retries a receiver that answers 500, 500, then 200: one acknowledged delivery, the same event id and body on every attempt, each signed', async () => {
    const receiver = await startWebhookReceiver([500, 500, 200]);
    try {
      const created = (await (await register(server, key, { url: receiver.url, events: ['application.received'] })).json()) as CreatedWebhook;
      assert.match(created.secret, /^whsec_[0-9A-Za-z]{32}$/);
      const receipt = await apply(server.url);
      await receiver.waitFor(3);
      const company = await server.company('forkful');
      await eventually(async () => (await server.running.store.listWebhookDeliveries(company.id)).some((d) => d.webhookId === created.id && d.state === 'delivered'), 'the delivery is acknowledged');

      const attempts = receiver.received;
      assert.equal(attempts.length, 3);
      const ids = new Set(attempts.map((a) => a.headers['microintern-event-id']));
      assert.equal(ids.size, 1, 'the same event id on every attempt');
      assert.equal(new Set(attempts.map((a) => a.body)).size, 1, 'the same bytes on every attempt');
      assert.deepEqual(attempts.map((a) => a.headers['microintern-delivery-attempt']), ['1', '2', '3']);
      for (const attempt of attempts) {
        assert.equal(verifyWebhookSignature(attempt.headers['microintern-signature'] as string, attempt.body, created.secret), 'ok');
      }
      const event = JSON.parse(attempts[0]!.body) as WebhookEvent;
      assert.equal(event.id, [...ids][0]);
      assert.equal(event.type, 'application.received');
      assert.equal(event.data.application.id, receipt.id);
      assert.equal(event.data.application.applicant.email, 'ada@example.edu');
      assert.ok(!attempts[0]!.body.includes(receipt.statusToken!), 'the applicant’s status token is not in the event');

      const mine = (await server.running.store.listWebhookDeliveries(company.id)).filter((d) => d.webhookId === created.id);
      assert.deepEqual(mine.map((d) => [d.state, d.attempts, d.lastStatus]), [['delivered', 3, 200]], 'exactly one delivery, acknowledged');
      assert.equal(await server.running.webhooks.runOnce(), 0, 'nothing is left to send');
      assert.equal(receiver.received.length, 3);

      // What a receiver must refuse: another body, another secret, an old timestamp.
      const header = attempts[0]!.headers['microintern-signature'] as string;
      assert.equal(verifyWebhookSignature(header, attempts[0]!.body.replace('ada@', 'eve@'), created.secret), 'mismatch');
      assert.equal(verifyWebhookSignature(header, attempts[0]!.body, `whsec_${'x'.repeat(32)}`), 'mismatch');
      assert.equal(verifyWebhookSignature(header, attempts[0]!.body, created.secret, { now: Date.now() + 6 * 60_000 }), 'stale');
      assert.equal(verifyWebhookSignature('v1=abc', attempts[0]!.body, created.secret), 'malformed');
    } finally {
      await receiver.close();
    }
  });

  it('tells endpoints that asked about status changes, with the status before, and not the others', async () => {
    const changes = await startWebhookReceiver();
    const arrivals = await startWebhookReceiver();
    try {
      const forChanges = (await (await register(server, key, { url: changes.url, events: ['application.status_changed'] })).json()) as CreatedWebhook;
      await register(server, key, { url: arrivals.url, events: ['application.received'] });
      const receipt = await apply(server.url);
      await arrivals.waitFor(1);
      await server.client({ company: 'forkful', key }).applications.setStatus(receipt.id, { status: 'accepted', message: 'Welcome aboard!' });
      await changes.waitFor(1);
      const event = JSON.parse(changes.received[0]!.body) as WebhookEvent;
      assert.equal(event.type, 'application.status_changed');
      assert.equal(event.data.previousStatus, 'received');
      assert.equal(event.data.application.status, 'accepted');
      assert.equal(event.data.application.timeline?.at(-1)?.message, 'Welcome aboard!');
      assert.equal(verifyWebhookSignature(changes.received[0]!.headers['microintern-signature'] as string, changes.received[0]!.body, forChanges.secret), 'ok');
      assert.equal(changes.received.length, 1, 'no application.received for an endpoint that did not ask');
      await server.running.webhooks.runOnce();
      assert.equal(arrivals.received.length, 1, 'no status change for an endpoint that did not ask');
    } finally {
      await changes.close();
      await arrivals.close();
    }
  });

  it('registers, lists without secrets and deletes endpoints with the secret key, and refuses bad ones', async () => {
    const made = await register(server, key, { url: 'https://hooks.forkful.example/mi' });
    assert.equal(made.status, 201);
    const created = (await made.json()) as CreatedWebhook;
    assert.deepEqual(created.events, ['application.received', 'application.status_changed']);
    const list = await fetch(`${server.url}/v1/companies/forkful/webhooks`, { headers: { authorization: `Bearer ${key}` } });
    const { items } = (await list.json()) as { items: Webhook[] };
    const listed = items.find((w) => w.id === created.id);
    assert.deepEqual(listed, { id: created.id, url: created.url, events: created.events, createdAt: created.createdAt });
    assert.ok(!JSON.stringify(items).includes('whsec_'), 'secrets are shown once, at creation');

    for (const [body, path] of [
      [{ url: 'https://user:pw@hooks.example/x' }, 'url'],
      [{ url: 'ftp://hooks.example/x' }, 'url'],
      [{ url: 'https://hooks.example/x', events: ['application.deleted'] }, 'events.0'],
      [{ url: 'https://hooks.example/x', events: [] }, 'events'],
    ] as const) {
      const problem = await expectProblem(await register(server, key, body), 422, 'validation');
      assert.ok(problem.errors?.some((e) => e.path === path), JSON.stringify(problem.errors));
    }
    await expectProblem(await register(server, key, { url: 'https://hooks.example/x' }, 'tideline'), 403, 'forbidden');

    const remove = (id: string) => fetch(`${server.url}/v1/companies/forkful/webhooks/${id}`, { method: 'DELETE', headers: { authorization: `Bearer ${key}` } });
    assert.equal((await remove(created.id)).status, 204);
    await expectProblem(await remove(created.id), 404, 'not-found');
  });

  it('refuses plain http endpoints unless the server allows them', async () => {
    const strict = await startTestServer();
    try {
      const strictKey = await strict.secretKey('forkful');
      const problem = await expectProblem(await register(strict, strictKey, { url: 'http://hooks.forkful.example/mi' }), 422, 'validation');
      assert.deepEqual(problem.errors, [{ path: 'url', message: 'Must be an https:// URL' }]);
    } finally {
      await strict.close();
    }
  });
});

describe('webhooks across a crash', () => {
  it('delivers an event after a restart when the server was killed between storing the application and delivering it', async () => {
    // The first attempt never gets an answer, and the server is killed while it waits.
    const receiver: WebhookReceiver = await startWebhookReceiver(['hang']);
    const server = await startTestServer({ config: FAST });
    const key = await server.secretKey('forkful');
    await server.stop();
    const config = { ...FAST, rateLimit: { max: 1000, windowMs: 60_000 } };
    const child = spawn(process.execPath, ['--import', 'tsx', join(dirname(fileURLToPath(import.meta.url)), '..', 'test-support', 'crash-server.ts')], {
      env: { ...process.env, MI_DB: server.dbPath, MI_TEST_CONFIG: JSON.stringify(config) },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let restarted: Awaited<ReturnType<typeof startServer>> | undefined;
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout!.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          const ready = /ready (\S+)/.exec(out);
          if (ready) resolve(ready[1]!);
        });
        child.once('exit', (code) => reject(new Error(`The server exited early (${code})`)));
      });
      const created = (await (await register({ url }, key, { url: receiver.url })).json()) as CreatedWebhook;
      const receipt = await apply(url);
      await receiver.waitFor(1);
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGKILL');
      await exited;

      restarted = await startServer({ port: 0, dbPath: server.dbPath, seed: false, config: { ...config, logError: () => {} } });
      await receiver.waitFor(2);
      const company = (await restarted.store.findCompany('forkful'))!;
      await eventually(async () => (await restarted!.store.listWebhookDeliveries(company.id)).some((d) => d.state === 'delivered'), 'delivered after the restart');
      const [lost, resent] = receiver.received;
      assert.equal(resent!.headers['microintern-event-id'], lost!.headers['microintern-event-id'], 'the same event, so the receiver can tell it is a repeat');
      assert.equal(resent!.body, lost!.body);
      assert.equal((JSON.parse(resent!.body) as WebhookEvent).data.application.id, receipt.id);
      assert.equal(verifyWebhookSignature(resent!.headers['microintern-signature'] as string, resent!.body, created.secret), 'ok');
      assert.equal((await restarted.store.findApplication(receipt.id))?.application.id, receipt.id, 'the application survived the crash too');
    } finally {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await restarted?.close();
      await receiver.close();
      await server.close();
    }
  });
});
