import { strict as assert } from 'node:assert';
import { after, before, describe, it } from 'node:test';
import { isMiHttpError, type Project } from '@microintern/core';
import { buildSeedProjects } from '../seed.js';
import { applicationBody, expectProblem, postJson } from '../test-support/http.js';
import { startTestServer, type TestServer } from '../test-support/test-server.js';

const seeded = buildSeedProjects(new Date());
const find = (slug: string): Project => seeded.find((p) => p.slug === slug)!;
// competitor-pricing-scan asks a required choice question; churn-survey-analysis an optional URL.
const pricingScan = find('competitor-pricing-scan');
const churn = find('churn-survey-analysis');
const interviews = find('customer-interview-notes');
const applicant = { name: 'Ada Lovelace', email: 'ada@example.edu' };

async function rejectsWith(promise: Promise<unknown>, status: number, check?: (error: { problem: { type: string }; fieldErrors: Record<string, string> }) => void) {
  await assert.rejects(promise, (error: unknown) => {
    assert.ok(isMiHttpError(error), String(error));
    assert.equal(error.status, status, JSON.stringify(error.problem));
    check?.(error);
    return true;
  });
}

describe('applications', () => {
  let server: TestServer;
  let forkfulKey: string;
  before(async () => {
    server = await startTestServer();
    forkfulKey = await server.secretKey('forkful');
  });
  after(() => server.close());

  const stored = () => server.running.store.countApplications();

  it('accepts an application through the client and stores it with its answers', async () => {
    const mi = server.client({ company: 'forkful' });
    const receipt = await mi.applications.submit(pricingScan.id, {
      applicant: { ...applicant, portfolioUrl: 'https://github.com/ada', school: 'State University', graduationYear: 2027 },
      coverNote: '  I compare prices for fun.  ',
      answers: { tool: 'Google Sheets' },
      availability: { timeZone: 'America/Chicago', blocks: [{ day: 6, start: '09:00', end: '17:00' }] },
      consent: true,
    });
    assert.match(receipt.id, /^app_/);
    assert.equal(receipt.projectId, pricingScan.id);
    assert.equal(receipt.status, 'received');
    assert.ok(Math.abs(Date.parse(receipt.submittedAt) - Date.now()) < 60_000);

    const page = await server.client({ company: 'forkful', key: forkfulKey }).applications.list(pricingScan.id);
    const application = page.items.find((a) => a.id === receipt.id);
    assert.ok(application);
    assert.deepEqual(application.answers, { tool: 'Google Sheets' });
    assert.equal(application.coverNote, 'I compare prices for fun.');
    assert.equal(application.applicant.school, 'State University');
    assert.equal(application.availability?.timeZone, 'America/Chicago');
  });

  it('accepts an application through the marketplace route', async () => {
    const receipt = await server.client().applications.submit(churn.id, { applicant, answers: {}, consent: true });
    assert.equal(receipt.projectId, churn.id);
    const page = await server.client({ company: 'forkful', key: forkfulKey }).applications.list(churn.id);
    assert.ok(page.items.some((a) => a.id === receipt.id));
  });

  it('checks answers against the project’s questions', async () => {
    const mi = server.client({ company: 'forkful' });
    const before = await stored();
    await rejectsWith(mi.applications.submit(pricingScan.id, { applicant, answers: {}, consent: true }), 422, (e) => {
      assert.ok(e.fieldErrors['answers.tool'], 'required question');
    });
    await rejectsWith(mi.applications.submit(pricingScan.id, { applicant, answers: { tool: 'Abacus' }, consent: true }), 422, (e) => {
      assert.match(e.fieldErrors['answers.tool'] ?? '', /Google Sheets/);
    });
    await rejectsWith(mi.applications.submit(pricingScan.id, { applicant, answers: { tool: 'Excel', shoeSize: '42' }, consent: true }), 422, (e) => {
      assert.ok(e.fieldErrors['answers.shoeSize'], 'unknown question');
    });
    await rejectsWith(mi.applications.submit(churn.id, { applicant, answers: { sample: 'javascript:alert(1)' }, consent: true }), 422, (e) => {
      assert.ok(e.fieldErrors['answers.sample'], 'unsafe url answer');
    });
    await rejectsWith(mi.applications.submit(interviews.id, { applicant, answers: { evenings: 'sometimes' }, consent: true }), 422, (e) => {
      assert.match(e.fieldErrors['answers.evenings'] ?? '', /yes or no/);
    });
    const brightpath = find('sat-practice-explanations'); // text question with maxLength 120
    await rejectsWith(server.client().applications.submit(brightpath.id, { applicant, answers: { score: 'x'.repeat(121) }, consent: true }), 422, (e) => {
      assert.match(e.fieldErrors['answers.score'] ?? '', /120/);
    });
    assert.equal(await stored(), before, 'nothing stored');
  });

  it('refuses applications to closed and filled projects, and after the deadline, with 409', async () => {
    const before = await stored();
    for (const project of seeded.filter((p) => p.status !== 'open').slice(0, 3)) {
      await rejectsWith(server.client().applications.submit(project.id, { applicant, answers: {}, consent: true }), 409, (e) => {
        assert.equal(e.problem.type, 'https://microintern.dev/problems/project-closed');
      });
    }
    const admin = server.client({ company: 'forkful', key: forkfulKey });
    const late = await admin.projects.create({
      title: 'Deadline already passed',
      summary: 'A gig whose applications closed yesterday.',
      category: 'other',
      compensation: { kind: 'hourly', min: { amount: 2000, currency: 'USD' } },
      effort: { min: 3, max: 4 },
      window: 'P1W',
      schedule: 'weekend',
      remote: true,
      applyBy: new Date(Date.now() - 86_400_000).toISOString(),
    });
    await rejectsWith(server.client().applications.submit(late.id, { applicant, answers: {}, consent: true }), 409, (e) => {
      assert.equal(e.problem.type, 'https://microintern.dev/problems/project-closed');
    });
    assert.equal(await stored(), before);
  });

  it('answers a filled honeypot with a receipt and stores nothing', async () => {
    const before = await stored();
    const receipt = await server.client({ company: 'forkful' }).applications.submit(churn.id, {
      applicant,
      answers: {},
      consent: true,
      website: 'http://cheap-pills.example',
    });
    assert.equal(receipt.status, 'received');
    assert.equal(receipt.projectId, churn.id);
    // Even an invalid bot body gets the quiet answer.
    const raw = await postJson(`${server.url}/v1/projects/${churn.id}/applications`, { website: 'spam', projectId: 'whatever' });
    assert.equal(raw.status, 201);
    assert.equal(((await raw.json()) as { status: string }).status, 'received');
    assert.equal(await stored(), before);
  });

  it('refuses an application whose projectId is not the project in the URL', async () => {
    const response = await postJson(`${server.url}/v1/companies/forkful/projects/${churn.id}/applications`, applicationBody(pricingScan.id, { answers: { tool: 'Excel' } }));
    const problem = await expectProblem(response, 422, 'validation');
    assert.equal(problem.errors?.[0]?.path, 'projectId');
  });

  describe('CORS', () => {
    const url = () => `${server.url}/v1/companies/forkful/projects/${churn.id}/applications`;

    it('refuses an application from an origin the company does not allow, with 403 and no CORS grant', async () => {
      const before = await stored();
      const response = await postJson(url(), applicationBody(churn.id), { origin: 'https://evil.example' });
      assert.equal(response.headers.get('access-control-allow-origin'), null);
      await expectProblem(response, 403, 'origin-not-allowed');
      assert.equal(await stored(), before);
    });

    it('grants the company’s own origin and the server’s own origin', async () => {
      const response = await postJson(url(), applicationBody(churn.id), { origin: 'https://forkful.example' });
      assert.equal(response.status, 201);
      assert.equal(response.headers.get('access-control-allow-origin'), 'https://forkful.example');
      assert.match(response.headers.get('vary') ?? '', /Origin/);

      const same = await postJson(url(), applicationBody(churn.id), { origin: server.url });
      assert.equal(same.status, 201);
      assert.equal(same.headers.get('access-control-allow-origin'), server.url);
    });

    it('does not grant one company’s origin for another company', async () => {
      const tideline = find('gear-return-reasons');
      const response = await postJson(`${server.url}/v1/projects/${tideline.id}/applications`, applicationBody(tideline.id), { origin: 'https://forkful.example' });
      assert.equal(response.headers.get('access-control-allow-origin'), null);
      await expectProblem(response, 403, 'origin-not-allowed');
    });

    it('answers the preflight for allowed origins only', async () => {
      const preflight = (origin: string) =>
        fetch(url(), {
          method: 'OPTIONS',
          headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type, idempotency-key' },
        });
      const allowed = await preflight('https://forkful.example');
      assert.equal(allowed.status, 204);
      assert.equal(allowed.headers.get('access-control-allow-origin'), 'https://forkful.example');
      assert.match(allowed.headers.get('access-control-allow-methods') ?? '', /POST/);
      assert.match(allowed.headers.get('access-control-allow-headers') ?? '', /Idempotency-Key/i);

      const refused = await preflight('https://evil.example');
      assert.equal(refused.headers.get('access-control-allow-origin'), null);
      await expectProblem(refused, 403, 'origin-not-allowed');
    });
  });
});

describe('applications: configured origins and rate limit', () => {
  let server: TestServer;
  before(async () => {
    // One token back every 20 minutes: no refill can sneak in during the test on a slow machine.
    server = await startTestServer({ config: { rateLimit: { max: 3, windowMs: 3_600_000 }, extraAllowedOrigins: ['http://localhost:5173'] } });
  });
  after(() => server.close());

  it('grants origins configured for every company', async () => {
    const response = await postJson(`${server.url}/v1/projects/${churn.id}/applications`, applicationBody(churn.id), { origin: 'http://localhost:5173' });
    assert.equal(response.status, 201);
    assert.equal(response.headers.get('access-control-allow-origin'), 'http://localhost:5173');
  });

  it('answers 429 with Retry-After once a client has used up its applications to a company', async () => {
    const project = find('volunteer-hours-cleanup'); // harborview, no questions
    const url = `${server.url}/v1/projects/${project.id}/applications`;
    for (let i = 0; i < 3; i++) assert.equal((await postJson(url, applicationBody(project.id))).status, 201);
    const before = await server.running.store.countApplications();
    const limited = await postJson(url, applicationBody(project.id));
    const retryAfter = Number(limited.headers.get('retry-after'));
    await expectProblem(limited, 429, 'rate-limited');
    assert.ok(Number.isInteger(retryAfter) && retryAfter >= 1 && retryAfter <= 1200, `Retry-After ${retryAfter}`);
    assert.equal(await server.running.store.countApplications(), before);

    // Another company has its own bucket.
    const other = find('gear-return-reasons');
    assert.equal((await postJson(`${server.url}/v1/projects/${other.id}/applications`, applicationBody(other.id))).status, 201);
  });
});
