import { strict as assert } from 'node:assert';
import { after, before, describe, it } from 'node:test';
import { isMiHttpError, type Application } from '@microintern/core';
import { buildSeedProjects } from '../seed.js';
import { expectProblem } from '../test-support/http.js';
import { startTestServer, type TestServer } from '../test-support/test-server.js';

const seeded = buildSeedProjects(new Date());
const churn = seeded.find((p) => p.slug === 'churn-survey-analysis')!;
const boots = seeded.find((p) => p.slug === 'gear-return-reasons')!;
const applicant = { name: 'Ada Lovelace', email: 'ada@example.edu' };

describe('application status changes (secret key)', () => {
  let server: TestServer;
  let key: string;
  before(async () => {
    server = await startTestServer();
    key = await server.secretKey('forkful');
  });
  after(() => server.close());

  const apply = async (projectId = churn.id) => (await server.client().applications.submit(projectId, { applicant, answers: {}, consent: true })).id;
  const patch = (id: string, body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${server.url}/v1/companies/forkful/applications/${id}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${key}`, ...headers },
      body: JSON.stringify(body),
    });

  it('moves an application to reviewing, then accepted with a message, keeping each change in the timeline', async () => {
    const id = await apply();
    const mi = server.client({ company: 'forkful', key });
    const received = await mi.applications.get(id);
    assert.deepEqual(received.timeline?.map((e) => e.status), ['received']);
    await mi.applications.setStatus(id, { status: 'reviewing' });
    const accepted = await mi.applications.setStatus(id, { status: 'accepted', message: '  Welcome aboard! Kick-off is Saturday at 10:00.  ' });
    assert.equal(accepted.status, 'accepted');
    assert.deepEqual(accepted.timeline?.map((e) => [e.status, e.message]), [
      ['received', undefined],
      ['reviewing', undefined],
      ['accepted', 'Welcome aboard! Kick-off is Saturday at 10:00.'],
    ]);
    const times = accepted.timeline!.map((e) => Date.parse(e.at));
    assert.deepEqual(times, [...times].sort((a, b) => a - b));
    assert.deepEqual(await mi.applications.get(id), accepted, 'what was answered is what was stored');
    const listed = (await mi.applications.list(churn.id, { limit: 100 })).items.find((a) => a.id === id);
    assert.equal(listed?.status, 'accepted');
  });

  it('never reopens a declined application, and says so with a 409 problem', async () => {
    const id = await apply();
    assert.equal((await patch(id, { status: 'declined', message: 'We went with someone else this time.' })).status, 200);
    for (const status of ['reviewing', 'accepted', 'declined']) {
      const problem = await expectProblem(await patch(id, { status }), 409, 'invalid-transition');
      assert.match(problem.detail ?? '', /declined cannot move to .*declined is final/);
    }
    await expectProblem(await patch(id, { status: 'received' }), 422, 'validation');
    const stored = await server.client({ company: 'forkful', key }).applications.get(id);
    assert.deepEqual(stored.timeline?.map((e) => e.status), ['received', 'declined']);
  });

  it('refuses bad bodies with 422 naming the field, and stores nothing', async () => {
    const id = await apply();
    for (const [body, path] of [
      [{ status: 'hired' }, 'status'],
      [{ status: 'reviewing', message: 'x'.repeat(1001) }, 'message'],
      [{ status: 'reviewing', message: 'bell\u0007' }, 'message'],
      [{ status: 'reviewing', note: 'hi' }, 'note'],
    ] as const) {
      const problem = await expectProblem(await patch(id, body), 422, 'validation');
      assert.ok(problem.errors?.some((e) => e.path === path), JSON.stringify(problem.errors));
    }
    assert.equal((await server.client({ company: 'forkful', key }).applications.get(id)).status, 'received');
  });

  it('replays a change sent twice with one Idempotency-Key instead of adding it twice', async () => {
    const id = await apply();
    const first = await patch(id, { status: 'reviewing', message: 'Reading it now.' }, { 'idempotency-key': 'change-1' });
    const again = await patch(id, { status: 'reviewing', message: 'Reading it now.' }, { 'idempotency-key': 'change-1' });
    assert.equal(first.status, 200);
    assert.equal(again.status, 200);
    assert.equal(again.headers.get('idempotent-replayed'), 'true');
    assert.deepEqual(await again.json(), await first.json());
    await expectProblem(await patch(id, { status: 'accepted' }, { 'idempotency-key': 'change-1' }), 422, 'idempotency-key-reused');
    const stored = await server.client({ company: 'forkful', key }).applications.get(id);
    assert.deepEqual(stored.timeline?.map((e) => e.status), ['received', 'reviewing']);
  });

  it('applies only one of two changes decided from the same status at once', async () => {
    const id = await apply();
    const answers = await Promise.all([patch(id, { status: 'accepted' }), patch(id, { status: 'declined' })]);
    assert.deepEqual(answers.map((r) => r.status).sort(), [200, 409]);
    const stored = await server.client({ company: 'forkful', key }).applications.get(id);
    assert.equal(stored.timeline?.length, 2);
  });

  it('keeps other companies out: their application is a 404, a missing key 401, a key of another company 403', async () => {
    const theirs = await apply(boots.id);
    await expectProblem(await patch(theirs, { status: 'reviewing' }), 404, 'not-found');
    await assert.rejects(server.client({ company: 'forkful', key }).applications.get(theirs), (error: unknown) => isMiHttpError(error) && error.status === 404);
    await expectProblem(await patch(theirs, { status: 'reviewing' }, { authorization: '' }), 401, 'unauthorized');
    const tideline = await fetch(`${server.url}/v1/companies/tideline/applications/${theirs}`, { headers: { authorization: `Bearer ${key}` } });
    await expectProblem(tideline, 403, 'forbidden');
    const untouched: Application = await server.running.store.findApplication(theirs).then((r) => r!.application);
    assert.equal(untouched.status, 'received');
  });
});
